using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Builtins.Tla;

namespace GraphSpec.UnitTests.Builtins;

public class SequenceOperatorTests
{
    [Fact]
    public void Len_of_a_sequence() => Prints("3", "Sequences", "Len", IntSeq(4, 5, 6));

    [Fact]
    public void Len_of_the_empty_sequence() => Prints("0", "Sequences", "Len", Seq());

    [Fact]
    public void Len_of_a_string_counts_characters() => Prints("3", "Sequences", "Len", S("abc"));

    [Fact]
    public void Len_of_a_function_over_one_to_n() =>
        Prints("2", "Sequences", "Len", FunctionValue.FromPairs([I(2), I(1)], [S("b"), S("a")]));

    [Fact]
    public void Len_of_a_set_is_an_error() =>
        Assert.Equal("The argument of Len should be a sequence, but instead it is:\n{1}", Error("Sequences", "Len", Ints(1)));

    [Fact]
    public void Len_of_a_function_not_over_one_to_n_is_an_error() =>
        Assert.Contains("should be a sequence", Error("Sequences", "Len", Call("TLC", ":>", I(2), I(0))));

    [Fact]
    public void Append() => Prints("<<1, 2, 3>>", "Sequences", "Append", IntSeq(1, 2), I(3));

    [Fact]
    public void Append_to_the_empty_sequence() => Prints("<<\"x\">>", "Sequences", "Append", Seq(), S("x"));

    [Fact]
    public void Append_to_a_non_sequence_is_an_error() =>
        Assert.Equal(
            "Evaluating an expression of the form Append(s, v) when s is not a sequence:\n{}",
            Error("Sequences", "Append", FiniteSetValue.Empty, I(1)));

    [Fact]
    public void Head() => Prints("7", "Sequences", "Head", IntSeq(7, 8));

    [Fact]
    public void Head_of_the_empty_sequence_is_an_error() =>
        Assert.Equal("Attempted to apply Head to the empty sequence.", Error("Sequences", "Head", Seq()));

    [Fact]
    public void Tail() => Prints("<<8, 9>>", "Sequences", "Tail", IntSeq(7, 8, 9));

    [Fact]
    public void Tail_of_a_singleton_is_empty() => Prints("<<>>", "Sequences", "Tail", IntSeq(1));

    [Fact]
    public void Tail_of_the_empty_sequence_is_an_error() =>
        Assert.Equal("Attempted to apply Tail to the empty sequence.", Error("Sequences", "Tail", Seq()));

    [Fact]
    public void Tail_of_a_string() => Prints("\"bc\"", "Sequences", "Tail", S("abc"));

    [Fact]
    public void Concatenation() => Prints("<<1, 2, 3>>", "Sequences", "\\o", IntSeq(1, 2), IntSeq(3));

    [Fact]
    public void Concatenation_with_empty_sequences()
    {
        FunctionValue s = IntSeq(1, 2);
        Assert.Same(s, Call("Sequences", "\\o", s, Seq()));
        Assert.Same(s, Call("Sequences", "\\o", Seq(), s));
    }

    [Fact]
    public void Concatenation_of_strings() => Prints("\"abcd\"", "Sequences", "\\o", S("ab"), S("cd"));

    [Fact]
    public void Concatenation_of_a_sequence_and_a_set_is_an_error() =>
        Assert.Contains("is not a sequence", Error("Sequences", "\\o", IntSeq(1), Ints(1)));

    [Fact]
    public void Concatenation_of_a_string_and_a_sequence_is_an_error() =>
        Assert.Contains("is not a string", Error("Sequences", "\\o", S("a"), IntSeq(1)));

    [Theory]
    [InlineData(1, 3, "<<10, 20, 30>>")]
    [InlineData(2, 3, "<<20, 30>>")]
    [InlineData(2, 2, "<<20>>")]
    [InlineData(2, 1, "<<>>")]
    [InlineData(5, 1, "<<>>")]
    [InlineData(0, -1, "<<>>")]
    public void SubSeq(long m, long n, string expected) =>
        Prints(expected, "Sequences", "SubSeq", IntSeq(10, 20, 30), I(m), I(n));

    [Fact]
    public void SubSeq_of_a_string() => Prints("\"bc\"", "Sequences", "SubSeq", S("abcd"), I(2), I(3));

    [Fact]
    public void SubSeq_with_start_out_of_range_is_an_error() =>
        Assert.Equal(
            "The second argument of SubSeq must be in the domain of its first argument:\n<<10, 20, 30>>\n, but instead it is\n0",
            Error("Sequences", "SubSeq", IntSeq(10, 20, 30), I(0), I(2)));

    [Fact]
    public void SubSeq_with_end_out_of_range_is_an_error() =>
        Assert.Equal(
            "The third argument of SubSeq must be in the domain of its first argument:\n<<10, 20, 30>>\n, but instead it is\n4",
            Error("Sequences", "SubSeq", IntSeq(10, 20, 30), I(2), I(4)));

    [Fact]
    public void SubSeq_with_a_non_integer_bound_is_an_error() =>
        Assert.Equal(
            "The second argument of SubSeq should be a natural number, but instead it is:\n\"a\"",
            Error("Sequences", "SubSeq", IntSeq(1), S("a"), I(1)));

    [Fact]
    public void SelectSeq_keeps_elements_in_order()
    {
        var even = new TestOperator(1, a => BoolValue.Of(((IntValue)a[0]).SmallValue % 2 == 0));
        Value result = CallHigherOrder("Sequences", "SelectSeq", [IntSeq(1, 2, 3, 4, 6)], even);
        Assert.Equal("<<2, 4, 6>>", result.ToString());
        Assert.Equal(5, even.Calls);
    }

    [Fact]
    public void SelectSeq_keeping_nothing_is_empty()
    {
        var never = new TestOperator(1, _ => False);
        Assert.Equal("<<>>", CallHigherOrder("Sequences", "SelectSeq", [IntSeq(1, 2)], never).ToString());
    }

    [Fact]
    public void SelectSeq_with_a_non_boolean_test_is_an_error()
    {
        var wrong = new TestOperator(1, a => a[0], "Id");
        var error = Assert.Throws<EvaluationException>(
            () => CallHigherOrder("Sequences", "SelectSeq", [IntSeq(1)], wrong));
        Assert.Contains("boolean-valued operator", error.Message);
    }

    [Fact]
    public void SelectSeq_of_a_set_is_an_error()
    {
        var test = new TestOperator(1, _ => True);
        var error = Assert.Throws<EvaluationException>(
            () => CallHigherOrder("Sequences", "SelectSeq", [Ints(1)], test));
        Assert.Equal("The first argument of SelectSeq should be a sequence, but instead it is:\n{1}", error.Message);
    }

    [Fact]
    public void Seq_prints_symbolically() => Prints("Seq({1})", "Sequences", "Seq", Ints(1));

    [Fact]
    public void Seq_of_a_non_set_is_an_error() =>
        Assert.Contains("should be a set", Error("Sequences", "Seq", I(1)));
}
