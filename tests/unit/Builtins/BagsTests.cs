using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Builtins.Tla;

namespace GraphSpec.UnitTests.Builtins;

public class BagsTests
{
    // A bag of model values: a :> 2 @@ b :> 1.
    private static Value Bag(params (string Element, long Copies)[] entries) =>
        FunctionValue.FromPairs(
            entries.Select(e => (Value)M(e.Element)).ToArray(), entries.Select(e => (Value)I(e.Copies)).ToArray());

    [Fact]
    public void SetToBag_has_one_copy_of_each_element() =>
        Yields(Bag(("a", 1), ("b", 1)), "Bags", "SetToBag", Set(M("a"), M("b")));

    [Fact]
    public void BagToSet_is_the_domain() =>
        Yields(Set(M("a"), M("b")), "Bags", "BagToSet", Bag(("a", 2), ("b", 1)));

    [Fact]
    public void EmptyBag_is_the_empty_function() =>
        Assert.Same(True, Call("", "=", Resolve("Bags", "EmptyBag").Constant!, Seq()));

    [Fact]
    public void IsABag()
    {
        Assert.Same(True, Call("Bags", "IsABag", Bag(("a", 2))));
        Assert.Same(False, Call("Bags", "IsABag", Bag(("a", 0))));
        Assert.Same(False, Call("Bags", "IsABag", Seq(S("x"))));
    }

    [Fact]
    public void BagIn_and_CopiesIn()
    {
        Value bag = Bag(("a", 2));
        Assert.Same(True, Call("Bags", "BagIn", M("a"), bag));
        Assert.Same(False, Call("Bags", "BagIn", M("b"), bag));
        Assert.Same(I(2), Call("Bags", "CopiesIn", M("a"), bag));
        Assert.Same(I(0), Call("Bags", "CopiesIn", M("b"), bag));
    }

    [Fact]
    public void Bag_sum_adds_copies() =>
        Yields(Bag(("a", 3), ("b", 1), ("c", 4)), "Bags", "\\oplus", Bag(("a", 2), ("b", 1)), Bag(("a", 1), ("c", 4)));

    [Fact]
    public void Bag_difference_drops_elements_without_copies() =>
        Yields(Bag(("a", 1)), "Bags", "\\ominus", Bag(("a", 2), ("b", 1)), Bag(("a", 1), ("b", 3), ("c", 1)));

    [Fact]
    public void BagUnion_sums_a_set_of_bags() =>
        Yields(Bag(("a", 3), ("b", 1)), "Bags", "BagUnion", Set(Bag(("a", 2)), Bag(("a", 1), ("b", 1))));

    [Fact]
    public void Sub_bag_relation()
    {
        Assert.Same(True, Call("Bags", "\\sqsubseteq", Bag(("a", 1)), Bag(("a", 2), ("b", 1))));
        Assert.Same(False, Call("Bags", "\\sqsubseteq", Bag(("a", 3)), Bag(("a", 2))));
        Assert.Same(False, Call("Bags", "\\sqsubseteq", Bag(("c", 1)), Bag(("a", 2))));
    }

    [Fact]
    public void BagCardinality_counts_copies() => Prints("3", "Bags", "BagCardinality", Bag(("a", 2), ("b", 1)));

    [Fact]
    public void SubBag_lists_every_sub_bag()
    {
        var subBags = (SetValue)Call("Bags", "SubBag", Bag(("a", 2), ("b", 1)));
        Assert.Equal(6, (int)subBags.Cardinality());
        Assert.True(subBags.Contains(Seq()));
        Assert.True(subBags.Contains(Bag(("a", 2), ("b", 1))));
        Assert.True(subBags.Contains(Bag(("a", 1))));
    }

    [Fact]
    public void BagOfAll_maps_copies_to_images()
    {
        var toSame = new TestOperator(1, _ => M("z"));
        Value bag = CallHigherOrder("Bags", "BagOfAll", [Bag(("a", 2), ("b", 1))], toSame);
        Assert.True(ValueEquality.TlaEquals(Bag(("z", 3)), bag));
    }

    [Fact]
    public void Bag_operator_on_a_set_is_an_error() =>
        Assert.Contains("should be a bag", Error("Bags", "BagCardinality", Ints(1)));

    [Fact]
    public void Bags_extends_nothing() => Assert.Empty(BuiltinRegistry.GetExtends("Bags"));
}
