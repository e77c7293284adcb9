using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Values.V;

namespace GraphSpec.UnitTests.Values;

public class ModelValuePermutationTests
{
    private static readonly ModelValue P1 = M("perm_p1");
    private static readonly ModelValue P2 = M("perm_p2");
    private static readonly ModelValue P3 = M("perm_p3");
    private static readonly Dictionary<ModelValue, ModelValue> Swap = new() { [P1] = P2, [P2] = P1 };

    [Fact]
    public void Swapping_renames_domain_and_values()
    {
        var pc = FunctionValue.OverDomain(Set(P1, P2, P3), [S("cs"), S("idle"), S("idle")]);
        var expected = FunctionValue.OverDomain(Set(P1, P2, P3), [S("idle"), S("cs"), S("idle")]);
        Assert.Equal<Value>(expected, ModelValuePermutation.Apply(pc, Swap));
        Assert.Equal<Value>(Tuple(P2, P1, P3), ModelValuePermutation.Apply(Tuple(P1, P2, P3), Swap));
    }

    [Fact]
    public void Sets_are_renormalized_after_renaming()
    {
        Value permuted = ModelValuePermutation.Apply(Set(P1, P3, I(4)), Swap);
        Assert.Equal<Value>(Set(P2, P3, I(4)), permuted);
        Assert.Equal(Set(P2, P3, I(4)).Fingerprint(), permuted.Fingerprint());
    }

    [Fact]
    public void Values_without_model_values_are_returned_unchanged()
    {
        var record = Record(("perm_f", Ints(1, 2)));
        Assert.Same(record, ModelValuePermutation.Apply(record, Swap));
        Assert.Same(NaturalsSetValue.Instance, ModelValuePermutation.Apply(NaturalsSetValue.Instance, Swap));
    }

    [Fact]
    public void Choose_picks_the_first_element_in_normal_order_that_satisfies_the_predicate()
    {
        Assert.Equal<Value>(I(4), SetOperations.Choose(Ints(9, 4, 6), v => ((IntValue)v).SmallValue % 2 == 0));
        var error = Assert.Throws<EvaluationException>(() => SetOperations.Choose(Ints(1, 3), v => false));
        Assert.Equal("Attempted to compute the value of an expression of form\nCHOOSE x \\in S: P, but no element of S satisfied P.", error.Message);
    }
}
