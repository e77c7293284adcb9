using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Values.V;

namespace GraphSpec.UnitTests.Values;

public class EqualityAcrossRepresentationsTests
{
    [Fact]
    public void Tuple_equals_function_over_one_to_n()
    {
        // <<1, 2>> = [i \in 1..2 |-> i]
        var function = FunctionValue.OverDomain(IntervalValue.Of(1, 2), [I(1), I(2)]);
        Assert.Equal<Value>(Tuple(I(1), I(2)), function);
        Assert.True(ValueEquality.TlaEquals(Tuple(I(1), I(2)), function));
        Assert.Equal(Tuple(I(1), I(2)).Fingerprint(), function.Fingerprint());
    }

    [Fact]
    public void Function_built_from_pairs_over_one_to_n_is_a_sequence()
    {
        var function = FunctionValue.FromPairs([I(2), I(1)], [S("b"), S("a")]);
        Assert.True(function.IsSequence);
        Assert.Equal("<<\"a\", \"b\">>", function.ToString());
    }

    [Fact]
    public void Record_equals_function_over_strings()
    {
        // [a |-> 1] = [x \in {"a"} |-> 1]
        var function = FunctionValue.OverDomain(Set(S("a")), [I(1)]);
        Assert.Equal<Value>(Record(("a", I(1))), function);
        Assert.Equal(Record(("a", I(1))).Fingerprint(), function.Fingerprint());
    }

    [Fact]
    public void Empty_tuple_equals_function_with_empty_domain()
    {
        var function = FunctionValue.OverDomain(FiniteSetValue.Empty, []);
        Assert.Equal<Value>(Tuple(), function);
        Assert.Equal(Tuple().Fingerprint(), function.Fingerprint());
    }

    [Fact]
    public void Interval_equals_enumerated_set_and_fingerprints_alike()
    {
        var interval = IntervalValue.Of(1, 3);
        var set = Ints(3, 1, 2);
        Assert.Equal<Value>(set, interval);
        Assert.Equal<Value>(interval, set);
        Assert.Equal(set.Fingerprint(), interval.Fingerprint());
        Assert.Equal(set.GetHashCode(), interval.GetHashCode());
    }

    [Fact]
    public void Empty_interval_equals_empty_set()
    {
        Assert.Equal<Value>(FiniteSetValue.Empty, IntervalValue.Of(5, 2));
        Assert.Equal<Value>(IntervalValue.Of(1, 0), IntervalValue.Of(9, 3));
        Assert.Equal(FiniteSetValue.Empty.Fingerprint(), IntervalValue.Of(5, 2).Fingerprint());
    }

    [Fact]
    public void Set_construction_removes_duplicates_and_sorts()
    {
        var set = Set(I(3), I(1), I(3), I(2), I(1));
        Assert.Equal(3, set.Count);
        Assert.Equal("{1, 2, 3}", set.ToString());
    }
}
