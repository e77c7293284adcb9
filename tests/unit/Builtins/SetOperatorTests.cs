using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Builtins.Tla;

namespace GraphSpec.UnitTests.Builtins;

public class SetOperatorTests
{
    [Fact]
    public void Union() => Prints("{1, 2, 3, 4}", "", "\\cup", Ints(1, 3), Ints(2, 3, 4));

    [Fact]
    public void Union_with_the_empty_set() => Prints("{1, 3}", "", "\\cup", FiniteSetValue.Empty, Ints(3, 1));

    [Fact]
    public void Union_of_intervals_is_enumerated() =>
        Yields(Ints(1, 2, 3, 5, 6), "", "\\cup", Call("Naturals", "..", I(1), I(3)), Call("Naturals", "..", I(5), I(6)));

    [Fact]
    public void Intersection() => Prints("{2, 3}", "", "\\cap", Ints(1, 2, 3), Ints(2, 3, 4));

    [Fact]
    public void Disjoint_intersection_is_empty() => Prints("{}", "", "\\cap", Ints(1), Ints(2));

    [Fact]
    public void Intersection_with_Nat_filters_the_finite_operand() =>
        Prints("{0, 2}", "", "\\cap", Ints(-1, 0, 2), Resolve("Naturals", "Nat").Constant!);

    [Fact]
    public void Intersection_with_Nat_on_the_left() =>
        Prints("{0, 2}", "", "\\cap", Resolve("Naturals", "Nat").Constant!, Ints(-1, 0, 2));

    [Fact]
    public void Difference() => Prints("{1}", "", "\\", Ints(1, 2, 3), Ints(2, 3, 4));

    [Fact]
    public void Difference_with_Nat() => Prints("{-2, -1}", "", "\\", Ints(-2, -1, 0, 1), Resolve("Naturals", "Nat").Constant!);

    [Fact]
    public void Difference_that_removes_nothing_is_the_same_set()
    {
        FiniteSetValue set = Ints(1, 2);
        Assert.Same(set, Call("", "\\", set, Ints(5)));
    }

    [Fact]
    public void Subset_of_a_finite_set()
    {
        Assert.Same(True, Call("", "\\subseteq", Ints(1, 2), Ints(1, 2, 3)));
        Assert.Same(False, Call("", "\\subseteq", Ints(1, 4), Ints(1, 2, 3)));
        Assert.Same(True, Call("", "\\subseteq", FiniteSetValue.Empty, Ints(1)));
    }

    [Fact]
    public void Subset_of_Nat_is_checked_by_membership()
    {
        Value nat = Resolve("Naturals", "Nat").Constant!;
        Assert.Same(True, Call("", "\\subseteq", Ints(1), nat));
        Assert.Same(False, Call("", "\\subseteq", Ints(-1, 1), nat));
    }

    [Fact]
    public void Subset_of_a_strings_set_refuses_integers() =>
        Assert.Contains("Attempted to check equality", Error("", "\\subseteq", Ints(1), Set(S("a"))));

    [Fact]
    public void Union_of_a_non_set_is_an_error() =>
        Assert.Equal("The first argument of \\cup should be a set, but instead it is:\n1", Error("", "\\cup", I(1), Ints(2)));

    [Fact]
    public void Intersection_with_a_non_set_is_an_error() =>
        Assert.Contains("The second argument of \\cap should be a set", Error("", "\\cap", Ints(1), IntSeq(1)));

    [Fact]
    public void Power_set()
    {
        var power = (SetValue)Call("", "SUBSET", Ints(1, 2));
        Assert.Equal(4, (int)power.Cardinality());
        Assert.True(ValueEquality.TlaEquals(Set(FiniteSetValue.Empty, Ints(1), Ints(2), Ints(1, 2)), power));
    }

    [Fact]
    public void Power_set_membership()
    {
        Value power = Call("", "SUBSET", Ints(1, 2, 3));
        Assert.Same(True, Call("", "\\in", Ints(1, 3), power));
        Assert.Same(False, Call("", "\\in", Ints(1, 4), power));
    }

    [Fact]
    public void Power_set_of_the_empty_set_has_one_element() =>
        Yields(Set(FiniteSetValue.Empty), "", "SUBSET", FiniteSetValue.Empty);

    [Fact]
    public void Big_union() => Prints("{1, 2, 3}", "", "UNION", Set(Ints(1, 2), Ints(2, 3), FiniteSetValue.Empty));

    [Fact]
    public void Big_union_of_the_empty_set_is_empty() => Prints("{}", "", "UNION", FiniteSetValue.Empty);

    [Fact]
    public void Big_union_of_a_set_of_non_sets_is_an_error() =>
        Assert.Contains("non-set value", Error("", "UNION", Ints(1, 2)));

    [Fact]
    public void Cardinality_of_a_power_set_of_three() => Prints("8", "FiniteSets", "Cardinality", Call("", "SUBSET", Ints(1, 2, 3)));
}
