using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using Xunit;

namespace GraphSpec.UnitTests.Evaluation;

/// <summary>Evaluation of constructs that need definitions around them (the resolver's scopes).</summary>
public class EvaluatorConstructTests
{
    private const string Header = "---- MODULE Spec ----\nEXTENDS Integers, Sequences, FiniteSets, TLC\n";

    private static EvaluationResult Evaluate(string definitions, string expression, params (string Name, string Text)[] others)
    {
        var spec = TestSpecs.Load(Header + definitions + "\n====\n", others);
        var bound = spec.BindExpression(expression);
        Assert.True(bound.Definition is not null, string.Join("\n", bound.Diagnostics));
        var model = ModelContext.CreateWithoutConstants(spec);
        return model.CreateEvaluator().Evaluate(bound.Definition!);
    }

    private static string Value(string definitions, string expression, params (string Name, string Text)[] others)
    {
        var result = Evaluate(definitions, expression, others);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Value!.ToString();
    }

    private static EvaluationError Error(string definitions, string expression)
    {
        var result = Evaluate(definitions, expression);
        Assert.False(result.Succeeded, $"expected an error, got {result.Value}");
        return result.Error!;
    }

    [Fact]
    public void Higher_order_parameters_and_lambda()
    {
        const string defs = "Twice(F(_), x) == F(F(x))\nInc(x) == x + 1";
        Assert.Equal("5", Value(defs, "Twice(Inc, 3)"));
        Assert.Equal("9", Value(defs, "Twice(LAMBDA y : y * 3, 1)"));
    }

    [Fact]
    public void Recursive_operator_passing_an_operator_on()
    {
        const string defs = """
            RECURSIVE Fold(_, _, _)
            Fold(Op(_, _), base, seq) == IF seq = <<>> THEN base ELSE Fold(Op, Op(base, Head(seq)), Tail(seq))
            Add(a, b) == a + b
            """;
        Assert.Equal("6", Value(defs, "Fold(Add, 0, <<1, 2, 3>>)"));
    }

    [Fact]
    public void Recursive_function_over_Nat_is_applied_lazily()
    {
        const string defs = "fact[n \\in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]";
        Assert.Equal("120", Value(defs, "fact[5]"));
        Assert.Equal("2432902008176640000", Value(defs, "fact[20]"));
    }

    [Fact]
    public void Recursive_function_over_a_finite_domain_is_a_value()
    {
        const string defs = "fib[n \\in 0..6] == IF n < 2 THEN n ELSE fib[n - 1] + fib[n - 2]";
        Assert.Equal("<<1, 1, 2, 3, 5, 8>>", Value(defs, "[i \\in 1..6 |-> fib[i]]"));
        Assert.Equal("TRUE", Value(defs, "DOMAIN fib = 0..6"));
    }

    [Fact]
    public void Recursive_function_in_LET()
    {
        Assert.Equal("15", Value("", "LET sum[n \\in 0..5] == IF n = 0 THEN 0 ELSE n + sum[n - 1] IN sum[5]"));
    }

    [Fact]
    public void Let_definitions_with_and_without_parameters()
    {
        Assert.Equal("<<7, 12>>", Value("", "LET a == 3 \n Sq(x) == x * x + a IN <<a + 4, Sq(3)>>"));
    }

    [Fact]
    public void Quantifiers_with_several_bounds_and_tuple_patterns()
    {
        Assert.Equal("TRUE", Value("", "\\E x, y \\in 1..3 : x + y = 6"));
        Assert.Equal("FALSE", Value("", "\\A x \\in 1..3, y \\in {1} : x > y"));
        Assert.Equal("TRUE", Value("", "\\E <<a, b>> \\in {1, 2} \\X {3} : a + b = 5"));
        Assert.Equal("{4, 5}", Value("", "{a + b : <<a, b>> \\in {1, 2} \\X {3}}"));
    }

    [Fact]
    public void Choose_picks_the_first_satisfying_element_in_normal_order()
    {
        Assert.Equal("3", Value("", "CHOOSE x \\in {5, 3, 4} : x > 2"));
    }

    [Fact]
    public void Choose_without_witness_is_an_error_at_the_choose()
    {
        var error = Error("", "CHOOSE x \\in {1, 2} : x > 2");
        Assert.Equal("Attempted to compute the value of an expression of form CHOOSE x \\in S: P, but no element of S satisfied P.", error.Message);
        Assert.Equal(1, error.Span.StartColumn);
        Assert.Equal(EvaluationErrorKind.Evaluation, error.Kind);
    }

    [Fact]
    public void Except_with_nested_paths_and_at()
    {
        Assert.Equal("[a |-> <<1, 12>>, b |-> 2]", Value("", "[[a |-> <<1, 2>>, b |-> 2] EXCEPT !.a[2] = @ + 10]"));
        Assert.Equal("<<<<1, 5>>, <<3, 4>>>>", Value("", "[<<<<1, 2>>, <<3, 4>>>> EXCEPT ![1][2] = 5]"));
        Assert.Equal("<<2, 20>>", Value("", "[<<1, 2>> EXCEPT ![1] = @ + 1, ![2] = @ * 10]"));
    }

    [Fact]
    public void Case_without_matching_arm_is_an_error()
    {
        var error = Error("", "CASE 1 = 2 -> 1 [] 2 = 3 -> 2");
        Assert.Contains("CASE", error.Message);
        Assert.Equal("2", Value("", "CASE 1 = 2 -> 1 [] OTHER -> 2"));
    }

    [Fact]
    public void Function_application_outside_the_domain_is_an_error()
    {
        var error = Error("f == [x \\in 1..2 |-> x]", "f[3]");
        Assert.Contains("3", error.Message);
        Assert.Equal(1, error.Span.StartColumn);
    }

    [Fact]
    public void Comparing_a_string_with_an_integer_is_an_error()
    {
        var error = Error("", "2 \\in {\"a\", \"b\"}");
        Assert.Contains("Attempted to check equality of string", error.Message);
        Assert.Contains("Attempted to check equality", Error("", "\"a\" = 2").Message);
    }

    [Fact]
    public void Non_boolean_in_a_conjunction_is_an_error_at_the_operand()
    {
        var error = Error("", "TRUE /\\ 1");
        Assert.Contains("1", error.Message);
        Assert.Equal(9, error.Span.StartColumn);
    }

    [Fact]
    public void Short_circuit_skips_errors_after_the_deciding_operand()
    {
        Assert.Equal("FALSE", Value("", "FALSE /\\ (1 \\in 2)"));
        Assert.Equal("TRUE", Value("", "TRUE \\/ (1 \\in 2)"));
        Assert.Equal("TRUE", Value("", "FALSE => (1 \\in 2)"));
    }

    [Fact]
    public void Records_sets_and_functions()
    {
        Assert.Equal("2", Value("", "[a |-> 1, b |-> 2].b"));
        Assert.Equal("4", Value("", "Cardinality([{1, 2} -> {3, 4}])"));
        Assert.Equal("TRUE", Value("", "[a |-> 1] \\in [a : {1, 2}]"));
        Assert.Equal("3", Value("", "[<<a, b>> \\in {<<1, 2>>} |-> a + b][<<1, 2>>]"));
        Assert.Equal("7", Value("", "[x, y \\in 1..3 |-> x * 2 + y][3, 1]"));
        Assert.Equal("{2, 3}", Value("", "{x \\in 1..5 : x > 1 /\\ x < 4}"));
    }

    [Fact]
    public void Assert_failure_has_its_own_kind()
    {
        var result = Evaluate("", "Assert(1 = 2, \"boom\")");
        Assert.Equal(EvaluationErrorKind.AssertFailed, result.Error?.Kind);
    }

    [Fact]
    public void Named_instance_with_parameters()
    {
        const string counter = "---- MODULE Counter ----\nEXTENDS Naturals\nCONSTANT Step\nNext(n) == n + Step\nDouble == Step * 2\n====\n";
        const string defs = "C(s) == INSTANCE Counter WITH Step <- s\nI == INSTANCE Counter WITH Step <- 10";
        Assert.Equal("<<8, 6, 11, 20>>", Value(defs, "<<C(3)!Next(5), C(3)!Double, I!Next(1), I!Double>>", ("Counter", counter)));
    }

    [Fact]
    public void Unnamed_instance_substitutes_same_named_constants_implicitly()
    {
        const string m = "---- MODULE M ----\nCONSTANT K\nGetK == K\n====\n";
        var spec = TestSpecs.Load(Header + "CONSTANT K\nINSTANCE M\n====\n", ("M", m));
        var model = TestSpecs.Model(spec, ("K", TestSpecs.Int(42)));
        Assert.True(spec.TryGetDefinition("GetK", out var getK));
        Assert.Equal("42", model.CreateEvaluator().Evaluate(getK).Value!.ToString());
    }

    [Fact]
    public void Operator_constants_are_bound_by_substitution()
    {
        var spec = TestSpecs.Load(Header + "CONSTANT F(_)\nTimesTwo(x) == 2 * x\nUse == F(21)\n====\n");
        var result = ModelContext.Create(spec, new Dictionary<string, GraphSpec.Oracle.Tla.Values.Value>(), new Dictionary<string, string> { ["F"] = "TimesTwo" });
        Assert.NotNull(result.Model);
        Assert.True(spec.TryGetDefinition("Use", out var use));
        Assert.Equal("42", result.Model!.CreateEvaluator().Evaluate(use).Value!.ToString());
    }

    [Fact]
    public void Unbound_constants_are_config_errors()
    {
        var spec = TestSpecs.Load(Header + "CONSTANT N\n====\n");
        var result = ModelContext.Create(spec, new Dictionary<string, GraphSpec.Oracle.Tla.Values.Value>(), new Dictionary<string, string>());
        Assert.Null(result.Model);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(GraphSpec.Oracle.Tla.Syntax.DiagnosticKind.Config, diagnostic.Kind);
        Assert.Contains("N", diagnostic.Message);
    }

    [Fact]
    public void Constant_substituted_by_a_definition_takes_its_value()
    {
        var spec = TestSpecs.Load(Header + "CONSTANT Lo\nMinusHi == -15\nUse == Lo + 1\n====\n");
        var result = ModelContext.Create(spec, new Dictionary<string, GraphSpec.Oracle.Tla.Values.Value>(), new Dictionary<string, string> { ["Lo"] = "MinusHi" });
        Assert.True(spec.TryGetDefinition("Use", out var use));
        Assert.Equal("-14", result.Model!.CreateEvaluator().Evaluate(use).Value!.ToString());
    }

    [Fact]
    public void Deep_recursion_is_an_evaluation_error_not_a_crash()
    {
        var result = Evaluate("RECURSIVE Loop(_)\nLoop(n) == Loop(n + 1)", "Loop(0)");
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Strings_are_ordered_by_first_appearance_in_the_module_as_in_TLC()
    {
        Assert.Equal("\"zzq_late\"", Value("First == \"zzq_late\"", "CHOOSE s \\in {\"zzq_early\", \"zzq_late\"} : TRUE"));
    }

    [Fact]
    public void Unbounded_choose_resolves_and_fails_only_when_evaluated()
    {
        var spec = TestSpecs.Load(Header + "CONSTANT Val\nNoVal == CHOOSE v : v \\notin Val\nUse == IF 1 = 1 THEN 0 ELSE NoVal\n====\n");
        var model = TestSpecs.Model(spec, ("Val", TestSpecs.IntSet(1, 2)));
        Assert.True(spec.TryGetDefinition("NoVal", out var noVal));
        Assert.True(spec.TryGetDefinition("Use", out var use));
        Assert.Equal("0", model.CreateEvaluator().Evaluate(use).Value!.ToString());
        Assert.False(model.CreateEvaluator().Evaluate(noVal).Succeeded);
    }

    [Fact]
    public void A_definition_can_be_given_a_model_value_by_the_configuration()
    {
        var spec = TestSpecs.Load(Header + "CONSTANT Val\nNoVal == CHOOSE v : v \\notin Val\nIsNone(x) == x = NoVal\n====\n");
        var values = new Dictionary<string, GraphSpec.Oracle.Tla.Values.Value>
        {
            ["Val"] = TestSpecs.IntSet(1, 2),
            ["NoVal"] = GraphSpec.Oracle.Tla.Values.ModelValue.Of("NoVal"),
        };
        var model = ModelContext.Create(spec, values, new Dictionary<string, string>()).Model!;
        var bound = spec.BindExpression("<<IsNone(NoVal), IsNone(1)>>");
        Assert.Equal("<<TRUE, FALSE>>", model.CreateEvaluator().Evaluate(bound.Definition!).Value!.ToString());
    }

    [Fact]
    public void Infinite_set_filters_and_functions_support_membership_and_application()
    {
        Assert.Equal("<<TRUE, FALSE>>", Value("Evens == {n \\in Nat : n % 2 = 0}", "<<10 \\in Evens, 7 \\in Evens>>"));
        Assert.Equal("42", Value("", "[n \\in Nat |-> n * 2][21]"));
        Assert.False(Evaluate("", "[n \\in Nat |-> n * 2][-1]").Succeeded);
    }
}
