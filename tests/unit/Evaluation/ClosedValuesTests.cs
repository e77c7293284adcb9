using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Evaluation.TestSpecs;

namespace GraphSpec.UnitTests.Evaluation;

/// <summary>
/// Closed expressions (constants and pure operators only) are computed once per evaluator; the
/// results must be those of evaluating them every time: per model, errors raised again, impure
/// operators evaluated each time.
/// </summary>
public class ClosedValuesTests
{
    private const string Module = """
        ---- MODULE Spec ----
        EXTENDS Naturals, TLC
        CONSTANT N, S
        VARIABLE x
        In(e, T) == e \in T
        Typed == x \in [S -> 0..N]
        Small == In(x[CHOOSE s \in S : TRUE], {0, 1, N})
        \* An error whenever evaluated: a record has no field c.
        Broken == x = x /\ [a |-> 1, b |-> {N}].c = 1
        Counted == x = x /\ TLCSet(1, TLCGet(1) + 1) /\ TLCGet(1) \in {1, 2, 3}
        ====
        """;

    private static readonly Lazy<Oracle.Tla.Semantics.ResolvedSpec> Spec = new(() => Load(Module));

    private static OperatorDefinition Definition(string name)
    {
        Assert.True(Spec.Value.TryGetDefinition(name, out var definition));
        return definition;
    }

    private static Value[] State(params long[] values)
    {
        var keys = new Value[values.Length];
        var items = new Value[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            keys[i] = ModelValue.Of($"s{i + 1}");
            items[i] = Int(values[i]);
        }

        return [FunctionValue.FromPairs(keys, items)];
    }

    private static Evaluator Evaluator(long n) =>
        Model(Spec.Value, ("N", Int(n)), ("S", ModelValues("s1", "s2"))).CreateEvaluator();

    [Fact]
    public void Closed_values_belong_to_the_model_of_the_evaluator()
    {
        var two = Evaluator(2);
        var five = Evaluator(5);
        Assert.True(two.Evaluate(Definition("Typed"), State(2, 1)).IsTrue);
        Assert.False(two.Evaluate(Definition("Typed"), State(5, 1)).IsTrue);
        Assert.True(five.Evaluate(Definition("Typed"), State(5, 1)).IsTrue);
        Assert.False(two.Evaluate(Definition("Typed"), State(3, 1)).IsTrue);
        Assert.True(five.Evaluate(Definition("Typed"), State(3, 1)).IsTrue);
    }

    [Fact]
    public void A_closed_argument_passed_again_gives_the_same_result()
    {
        var evaluator = Evaluator(7);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(evaluator.Evaluate(Definition("Small"), State(7, 0)).IsTrue);
            Assert.True(evaluator.Evaluate(Definition("Small"), State(1, 0)).IsTrue);
            Assert.False(evaluator.Evaluate(Definition("Small"), State(2, 0)).IsTrue);
        }
    }

    [Fact]
    public void An_error_in_a_closed_expression_is_raised_every_time()
    {
        var evaluator = Evaluator(2);
        var first = evaluator.Evaluate(Definition("Broken"), State(0, 0));
        var second = evaluator.Evaluate(Definition("Broken"), State(1, 0));
        Assert.NotNull(first.Error);
        Assert.NotNull(second.Error);
        Assert.Equal(first.Error!.Message, second.Error!.Message);
        Assert.Equal(first.Error.Span, second.Error.Span);
    }

    [Fact]
    public void Impure_operators_are_evaluated_every_time()
    {
        // TLCGet(1) + 1 has constant arguments only, but TLCGet reads a register that TLCSet changes.
        var evaluator = Evaluator(2);
        evaluator.Builtins.SetRegister(1, Int(0));
        Assert.True(evaluator.Evaluate(Definition("Counted"), State(0, 0)).IsTrue);
        Assert.True(evaluator.Evaluate(Definition("Counted"), State(0, 0)).IsTrue);
        Assert.True(evaluator.Evaluate(Definition("Counted"), State(0, 0)).IsTrue);
        Assert.False(evaluator.Evaluate(Definition("Counted"), State(0, 0)).IsTrue); // the register is now 4
        Assert.Equal(Int(4), evaluator.Builtins.GetRegister(1));
    }
}
