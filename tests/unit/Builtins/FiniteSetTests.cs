using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Builtins.Tla;

namespace GraphSpec.UnitTests.Builtins;

public class FiniteSetTests
{
    [Fact]
    public void Cardinality_of_an_enumerated_set() => Prints("3", "FiniteSets", "Cardinality", Ints(5, 1, 3));

    [Fact]
    public void Cardinality_of_an_interval() => Prints("10", "FiniteSets", "Cardinality", Call("Naturals", "..", I(1), I(10)));

    [Fact]
    public void Cardinality_of_an_empty_interval() => Prints("0", "FiniteSets", "Cardinality", Call("Naturals", "..", I(3), I(1)));

    [Fact]
    public void Cardinality_of_Nat_is_an_error() =>
        Assert.Equal("Attempted to compute cardinality of the value\nNat", Error("FiniteSets", "Cardinality", Resolve("Naturals", "Nat").Constant!));

    [Fact]
    public void Cardinality_of_a_non_set_is_an_error() =>
        Assert.Contains("cardinality", Error("FiniteSets", "Cardinality", IntSeq(1, 2)));

    [Fact]
    public void IsFiniteSet()
    {
        Assert.Same(True, Call("FiniteSets", "IsFiniteSet", Ints(1)));
        Assert.Same(False, Call("FiniteSets", "IsFiniteSet", Resolve("Integers", "Int").Constant!));
        Assert.Same(False, Call("FiniteSets", "IsFiniteSet", Call("Sequences", "Seq", Ints(1))));
    }

    [Fact]
    public void IsFiniteSet_of_a_number_is_an_error() =>
        Assert.Contains("should be a set", Error("FiniteSets", "IsFiniteSet", I(3)));
}
