using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Builtins.Tla;

namespace GraphSpec.UnitTests.Builtins;

public class TlcModuleTests
{
    [Fact]
    public void Singleton_function() => Prints("(5 :> \"a\")", "TLC", ":>", I(5), S("a"));

    [Fact]
    public void Singleton_function_with_domain_one_is_a_one_tuple() =>
        Assert.Same(True, Call("", "=", Call("TLC", ":>", I(1), S("a")), Seq(S("a"))));

    [Fact]
    public void Combine_left_operand_wins()
    {
        // (1 :> "a" @@ 1 :> "b")[1] = "a"
        Value combined = Call("TLC", "@@", Call("TLC", ":>", I(1), S("a")), Call("TLC", ":>", I(1), S("b")));
        Assert.Same(S("a"), FunctionOperations.Apply(combined, I(1)));
    }

    [Fact]
    public void Combine_unites_the_domains()
    {
        Value combined = Call("TLC", "@@", Call("TLC", ":>", I(7), I(1)), Call("TLC", ":>", I(5), I(0)));
        Assert.Equal("(5 :> 0 @@ 7 :> 1)", combined.ToString());
        Assert.True(ValueEquality.TlaEquals(Ints(5, 7), Call("", "DOMAIN", combined)));
    }

    [Fact]
    public void Combine_builds_a_sequence_when_the_domain_is_one_to_n()
    {
        // (1 :> 0) @@ (2 :> 0) @@ (3 :> 0)
        Value f = Call("TLC", "@@", Call("TLC", ":>", I(1), I(0)),
            Call("TLC", "@@", Call("TLC", ":>", I(2), I(0)), Call("TLC", ":>", I(3), I(0))));
        Assert.Equal("<<0, 0, 0>>", f.ToString());
    }

    [Fact]
    public void Combine_overrides_part_of_a_sequence() =>
        Prints("<<9, 2, 3>>", "TLC", "@@", Call("TLC", ":>", I(1), I(9)), IntSeq(1, 2, 3));

    [Fact]
    public void Combine_with_a_set_is_an_error() =>
        Assert.Equal("The second argument of @@ should be a function, but instead it is:\n{1}", Error("TLC", "@@", IntSeq(1), Ints(1)));

    [Fact]
    public void Print_writes_both_arguments_and_returns_the_second()
    {
        var output = new StringWriter();
        Value result = CallIn(new BuiltinContext(output), "TLC", "Print", S("ignored"), True);
        Assert.Same(True, result);
        Assert.Equal("\"ignored\"  TRUE" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void PrintT_writes_its_argument_and_returns_true()
    {
        var output = new StringWriter();
        Value result = CallIn(new BuiltinContext(output), "TLC", "PrintT", Seq(S("x"), Ints(1, 2)));
        Assert.Same(True, result);
        Assert.Equal("<<\"x\", {1, 2}>>" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void Assert_true_is_true() => Assert.Same(True, Call("TLC", "Assert", True, S("never shown")));

    [Fact]
    public void Assert_false_carries_the_second_argument()
    {
        var error = Assert.Throws<AssertionFailedException>(() => Call("TLC", "Assert", False, S("x got too big")));
        Assert.Same(S("x got too big"), error.Output);
        Assert.Equal(
            "The first argument of Assert evaluated to FALSE; the second argument was:\n\"x got too big\"", error.Message);
    }

    [Fact]
    public void Assert_of_a_non_boolean_fails_like_false() =>
        Assert.Throws<AssertionFailedException>(() => Call("TLC", "Assert", I(1), S("m")));

    [Fact]
    public void Assert_failure_is_not_an_ordinary_evaluation_error()
    {
        Exception error = Assert.ThrowsAny<Exception>(() => Call("TLC", "Assert", False, I(3)));
        Assert.IsNotType<EvaluationException>(error);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-42, "-42")]
    public void ToString_of_integers(long value, string expected) =>
        Assert.Same(S(expected), Call("TLC", "ToString", I(value)));

    [Fact]
    public void ToString_of_a_tuple_quotes_strings() =>
        Assert.Same(S("<<1, \"x\">>"), Call("TLC", "ToString", Seq(I(1), S("x"))));

    [Fact]
    public void ToString_of_a_record() =>
        Assert.Same(S("[a |-> 1]"), Call("TLC", "ToString", Record(("a", I(1)))));

    [Fact]
    public void ToString_of_a_set_and_a_boolean()
    {
        Assert.Same(S("{1, 2}"), Call("TLC", "ToString", Ints(2, 1)));
        Assert.Same(S("TRUE"), Call("TLC", "ToString", True));
    }

    [Fact]
    public void Permutations_of_three_elements()
    {
        var permutations = (SetValue)Call("TLC", "Permutations", Ints(1, 2, 3));
        Assert.Equal(6, (int)permutations.Cardinality());
        Assert.Same(True, Call("", "\\in", IntSeq(3, 1, 2), permutations));
        Assert.Same(True, Call("", "\\in", IntSeq(1, 2, 3), permutations));
        Assert.Same(False, Call("", "\\in", IntSeq(1, 1, 2), permutations));
    }

    [Fact]
    public void Permutations_are_functions_on_the_set()
    {
        Value permutations = Call("TLC", "Permutations", Set(M("a"), M("b")));
        Value swap = Call("TLC", "@@", Call("TLC", ":>", M("a"), M("b")), Call("TLC", ":>", M("b"), M("a")));
        Value identity = Call("TLC", "@@", Call("TLC", ":>", M("a"), M("a")), Call("TLC", ":>", M("b"), M("b")));
        Assert.True(ValueEquality.TlaEquals(Set(swap, identity), permutations));
    }

    [Fact]
    public void Permutations_of_the_empty_set_is_the_empty_function() =>
        Prints("{<<>>}", "TLC", "Permutations", FiniteSetValue.Empty);

    [Fact]
    public void Permutations_of_a_sequence_is_an_error() =>
        Assert.Contains("which is not a finite set", Error("TLC", "Permutations", IntSeq(1, 2)));

    [Fact]
    public void Permutations_of_an_infinite_set_is_an_error() =>
        Assert.Contains("which is not a finite set", Error("TLC", "Permutations", Resolve("Naturals", "Nat").Constant!));

    [Fact]
    public void SortSeq_ascending()
    {
        var less = new TestOperator(2, a => BoolValue.Of(((IntValue)a[0]).SmallValue < ((IntValue)a[1]).SmallValue), "LT");
        Assert.Equal("<<1, 2, 3, 3, 5>>", CallHigherOrder("TLC", "SortSeq", [IntSeq(3, 1, 5, 3, 2)], less).ToString());
    }

    [Fact]
    public void SortSeq_descending()
    {
        var greater = new TestOperator(2, a => BoolValue.Of(((IntValue)a[0]).SmallValue > ((IntValue)a[1]).SmallValue));
        Assert.Equal("<<5, 3, 1>>", CallHigherOrder("TLC", "SortSeq", [IntSeq(1, 5, 3)], greater).ToString());
    }

    [Fact]
    public void SortSeq_is_stable_for_a_strict_order()
    {
        // Order records by key only; records with equal keys keep their order.
        var byKey = new TestOperator(2, a =>
            BoolValue.Of(((IntValue)((FunctionValue)a[0]).Apply(S("k"))).SmallValue
                         < ((IntValue)((FunctionValue)a[1]).Apply(S("k"))).SmallValue));
        FunctionValue input = Seq(
            Record(("k", I(2)), ("v", I(1))), Record(("k", I(1)), ("v", I(2))), Record(("k", I(2)), ("v", I(3))));
        Value sorted = CallHigherOrder("TLC", "SortSeq", [input], byKey);
        FunctionValue expected = Seq(
            Record(("k", I(1)), ("v", I(2))), Record(("k", I(2)), ("v", I(1))), Record(("k", I(2)), ("v", I(3))));
        Assert.Same(True, Call("", "=", expected, sorted));
    }

    [Fact]
    public void SortSeq_of_the_empty_sequence_does_not_call_the_operator()
    {
        var op = new TestOperator(2, _ => True);
        Assert.Equal("<<>>", CallHigherOrder("TLC", "SortSeq", [Seq()], op).ToString());
        Assert.Equal(0, op.Calls);
    }

    [Fact]
    public void SortSeq_with_a_non_boolean_operator_is_an_error()
    {
        var op = new TestOperator(2, _ => I(1));
        var error = Assert.Throws<EvaluationException>(() => CallHigherOrder("TLC", "SortSeq", [IntSeq(2, 1)], op));
        Assert.Contains("boolean function", error.Message);
    }

    [Fact]
    public void TLCGet_level_reads_the_context()
    {
        var context = new BuiltinContext(TextWriter.Null) { Level = 4 };
        Assert.Same(I(4), CallIn(context, "TLC", "TLCGet", S("level")));
    }

    [Fact]
    public void TLCGet_level_without_a_level_is_an_error() =>
        Assert.Equal("TLCGet(\"level\") was undefined.", Error("TLC", "TLCGet", S("level")));

    [Fact]
    public void TLCSet_then_TLCGet_round_trips()
    {
        var context = new BuiltinContext(TextWriter.Null);
        Assert.Same(True, CallIn(context, "TLC", "TLCSet", I(3), S("v")));
        Assert.Same(S("v"), CallIn(context, "TLC", "TLCGet", I(3)));
        Assert.Equal("TLCGet(2) was undefined.", Assert.Throws<EvaluationException>(
            () => CallIn(context, "TLC", "TLCGet", I(2))).Message);
    }

    [Fact]
    public void TLCEval_is_the_identity()
    {
        FiniteSetValue set = Ints(1, 2);
        Assert.Same(set, Call("TLC", "TLCEval", set));
    }

    [Fact]
    public void JavaTime_is_a_natural_number()
    {
        var time = (IntValue)Call("TLC", "JavaTime");
        // Seconds since 1970 with the top bit cleared: after 2023 and below 2^31 until 2038.
        Assert.InRange(time.SmallValue, 1_700_000_000, int.MaxValue);
    }

    [Fact]
    public void RandomElement_draws_an_element()
    {
        FiniteSetValue set = Ints(1, 2, 3);
        for (int i = 0; i < 10; i++)
        {
            Assert.True(set.Contains(Call("TLC", "RandomElement", set)));
        }
    }

    [Fact]
    public void RandomElement_of_the_empty_set_is_an_error() =>
        Assert.Contains("empty set", Error("TLC", "RandomElement", FiniteSetValue.Empty));
}
