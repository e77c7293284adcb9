using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Builtins.Tla;

namespace GraphSpec.UnitTests.Builtins;

/// <summary>Operators applied to sets TLC keeps lazy: they must answer membership without enumerating.</summary>
public class LazySetOperandTests
{
    private static Value Nat => Resolve("Naturals", "Nat").Constant!;

    private static Value Int => Resolve("Integers", "Int").Constant!;

    [Fact]
    public void Union_with_Nat_answers_membership()
    {
        Value set = Call("", "\\cup", Nat, Ints(-1));
        Assert.Same(True, Call("", "\\in", I(-1), set));
        Assert.Same(True, Call("", "\\in", I(5), set));
        Assert.Same(False, Call("", "\\in", I(-2), set));
    }

    [Fact]
    public void Int_without_Nat_answers_membership()
    {
        Value negatives = Call("", "\\", Int, Nat);
        Assert.Same(True, Call("", "\\in", I(-3), negatives));
        Assert.Same(False, Call("", "\\in", I(3), negatives));
    }

    [Fact]
    public void Enumerating_an_infinite_set_is_an_error() =>
        Assert.Throws<EvaluationException>(() => Call("FiniteSets", "Cardinality", Call("", "\\cup", Nat, Ints(-1))));

    [Fact]
    public void Subsets_of_Nat_are_members_of_SUBSET_Nat()
    {
        Value powerSet = Call("", "SUBSET", Nat);
        Assert.Same(True, Call("", "\\in", Ints(0, 4), powerSet));
        Assert.Same(False, Call("", "\\in", Ints(-1), powerSet));
    }

    [Fact]
    public void Sequences_of_naturals()
    {
        Value sequences = Call("Sequences", "Seq", Nat);
        Assert.Same(True, Call("", "\\in", IntSeq(0, 7, 7), sequences));
        Assert.Same(False, Call("", "\\in", IntSeq(0, -7), sequences));
    }

    [Fact]
    public void Sequences_over_strings_reject_foreign_strings()
    {
        // <<"a", "zz">> \notin Seq(Msgs) from conformance case 011.
        Value msgs = Set(S("x"), S("y"));
        Assert.Same(True, Call("", "\\notin", Seq(S("a"), S("zz")), Call("Sequences", "Seq", msgs)));
    }

    [Fact]
    public void Interval_subset_of_Int() =>
        Assert.Same(True, Call("", "\\subseteq", Call("Naturals", "..", I(-3), I(3)), Int));

    [Fact]
    public void Int_is_not_a_subset_of_a_finite_set() =>
        Assert.Throws<EvaluationException>(() => Call("", "\\subseteq", Int, Ints(1)));
}
