using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Builtins.Tla;

namespace GraphSpec.UnitTests.Builtins;

public class EqualityAndMembershipTests
{
    [Fact]
    public void Equal_integers() => Assert.Same(True, Call("", "=", I(3), I(3)));

    [Fact]
    public void Unequal_strings() => Assert.Same(False, Call("", "=", S("a"), S("b")));

    [Fact]
    public void Not_equal() => Assert.Same(True, Call("", "/=", I(3), I(4)));

    [Fact]
    public void Tuple_equals_the_sequence_built_by_append() =>
        Assert.Same(True, Call("", "=", IntSeq(1, 2), Call("Sequences", "Append", IntSeq(1), I(2))));

    [Fact]
    public void Record_equals_the_function_with_the_same_graph() =>
        Assert.Same(True, Call("", "=", Record(("a", I(1))), Call("TLC", ":>", S("a"), I(1))));

    [Fact]
    public void Integer_and_string_cannot_be_compared() =>
        Assert.Equal("Attempted to check equality of integer 2 with non-integer:\n\"a\"", Error("", "=", I(2), S("a")));

    [Fact]
    public void String_and_integer_cannot_be_compared() =>
        Assert.Equal("Attempted to check equality of string \"a\" with non-string:\n2", Error("", "=", S("a"), I(2)));

    [Fact]
    public void Not_equal_also_refuses_mixed_kinds() =>
        Assert.Contains("Attempted to check equality", Error("", "/=", S("a"), I(2)));

    [Fact]
    public void Model_value_is_unequal_to_everything_else()
    {
        Assert.Same(False, Call("", "=", M("p1"), I(1)));
        Assert.Same(False, Call("", "=", I(1), M("p1")));
        Assert.Same(True, Call("", "=", M("p1"), M("p1")));
        Assert.Same(False, Call("", "=", M("p1"), M("p2")));
    }

    [Fact]
    public void Member_of_enumerated_set() => Assert.Same(True, Call("", "\\in", I(2), Ints(1, 2, 3)));

    [Fact]
    public void Not_member_of_enumerated_set() => Assert.Same(True, Call("", "\\notin", I(4), Ints(1, 2, 3)));

    [Fact]
    public void Integer_in_a_set_of_strings_is_an_error() =>
        Assert.Contains("Attempted to check equality", Error("", "\\in", I(2), Set(S("a"), S("b"))));

    [Fact]
    public void Model_value_in_a_set_of_integers_is_false() =>
        Assert.Same(False, Call("", "\\in", M("p1"), Ints(1, 2)));

    [Fact]
    public void Membership_in_an_interval() => Assert.Same(True, Call("", "\\in", I(3), Call("Naturals", "..", I(1), I(5))));

    [Fact]
    public void Membership_in_Nat_and_Int()
    {
        Value nat = Resolve("Naturals", "Nat").Constant!;
        Value integers = Resolve("Integers", "Int").Constant!;
        Assert.Same(True, Call("", "\\in", I(0), nat));
        Assert.Same(False, Call("", "\\in", I(-1), nat));
        Assert.Same(True, Call("", "\\in", I(-1), integers));
        Assert.Same(True, Call("", "\\in", I(long.MaxValue), integers));
    }

    [Fact]
    public void Membership_in_a_non_set_is_an_error() =>
        Assert.Contains("is an element of", Error("", "\\in", I(1), I(2)));

    [Fact]
    public void Membership_in_Seq()
    {
        Value seqOfInts = Call("Sequences", "Seq", Ints(1, 2));
        Assert.Same(True, Call("", "\\in", IntSeq(1, 2, 1), seqOfInts));
        Assert.Same(True, Call("", "\\in", Seq(), seqOfInts));
        Assert.Same(False, Call("", "\\in", IntSeq(1, 3), seqOfInts));
    }

    [Fact]
    public void Membership_in_Seq_of_strings_compares_strings_with_integers() =>
        Assert.Contains("Attempted to check equality", Error("", "\\in", IntSeq(1), Call("Sequences", "Seq", Set(S("a")))));
}
