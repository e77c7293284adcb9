using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Values.V;

namespace GraphSpec.UnitTests.Values;

public class OperationTests
{
    [Fact]
    public void Union_intersection_difference_of_finite_sets()
    {
        Assert.Equal("{1, 2, 3, 4}", SetOperations.Union(Ints(1, 3), Ints(2, 4, 3)).ToString());
        Assert.Equal("{3}", SetOperations.Intersect(Ints(1, 3), Ints(2, 4, 3)).ToString());
        Assert.Equal("{1}", SetOperations.Difference(Ints(1, 3), Ints(2, 4, 3)).ToString());
        Assert.Equal("{2, 3}", SetOperations.Intersect(IntervalValue.Of(1, 3), Ints(0, 2, 3, 9)).ToString());
        Assert.Equal("{1, 4}", SetOperations.Difference(IntervalValue.Of(1, 4), Ints(2, 3)).ToString());
    }

    [Fact]
    public void Union_with_empty_set_returns_the_other_operand()
    {
        var interval = IntervalValue.Of(1, 3);
        Assert.Same(interval, SetOperations.Union(FiniteSetValue.Empty, interval));
        // TLC keeps an interval on the right of an empty set, but enumerates one on the left.
        Assert.Equal("{1, 2, 3}", SetOperations.Union(interval, FiniteSetValue.Empty).ToString());
    }

    [Fact]
    public void Big_union_and_cardinality()
    {
        SetValue union = SetOperations.BigUnion(Set(Ints(1), Ints(2, 3), FiniteSetValue.Empty, IntervalValue.Of(3, 4)));
        Assert.Equal("{1, 2, 3, 4}", union.ToString());
        Assert.Equal<Value>(I(4), SetOperations.Cardinality(union));
        Assert.Throws<EvaluationException>(() => SetOperations.BigUnion(Set(I(1))));
    }

    [Fact]
    public void Subset_of_finite_sets()
    {
        Assert.True(SetOperations.IsSubsetEq(Ints(1, 2), Ints(1, 2, 3)));
        Assert.False(SetOperations.IsSubsetEq(Ints(1, 4), Ints(1, 2, 3)));
        Assert.True(SetOperations.IsSubsetEq(Ints(2), IntervalValue.Of(1, 3)));
    }

    [Fact]
    public void Map_builds_a_normalized_set() =>
        // {x % 3 : x \in 1..7}
        Assert.Equal("{0, 1, 2}", SetOperations.Map(IntervalValue.Of(1, 7), x => IntArithmetic.Modulo((IntValue)x, I(3))).ToString());

    [Fact]
    public void Set_builder_deduplicates()
    {
        var builder = new SetBuilder();
        foreach (long i in new long[] { 5, 3, 5, 1, 3 })
        {
            builder.Add(I(i));
        }
        Assert.Equal("{1, 3, 5}", builder.ToSet().ToString());
    }

    [Fact]
    public void Domain_of_tuple_is_an_interval_and_of_merged_function_the_union()
    {
        Assert.Equal("1..3", Tuple(I(7), I(8), I(9)).Domain().ToString());
        Assert.Equal("{}", Tuple().Domain().ToString());
        // Conformance case 012: DOMAIN (5 :> 0 @@ 7 :> 1) = {5, 7}
        var merged = FunctionOperations.Merge(
            FunctionOperations.SingletonFunction(I(5), I(0)), FunctionOperations.SingletonFunction(I(7), I(1)));
        Assert.Equal<Value>(Ints(5, 7), merged.Domain());
    }

    [Fact]
    public void Merge_left_operand_wins()
    {
        // Conformance case 012: (1 :> "a" @@ 1 :> "b")[1] = "a"
        var merged = FunctionOperations.Merge(
            FunctionOperations.SingletonFunction(I(1), S("a")), FunctionOperations.SingletonFunction(I(1), S("b")));
        Assert.Equal<Value>(S("a"), merged.Apply(I(1)));
        // StdMods fixture: (1 :> "a" @@ 2 :> "b")[2] = "b"
        var both = FunctionOperations.Merge(
            FunctionOperations.SingletonFunction(I(1), S("a")), FunctionOperations.SingletonFunction(I(2), S("b")));
        Assert.Equal<Value>(S("b"), both.Apply(I(2)));
        Assert.True(both.IsSequence);
    }

    [Fact]
    public void Except_replaces_one_value()
    {
        // [f EXCEPT ![2] = 20]
        Value updated = FunctionOperations.Except(Tuple(I(1), I(2), I(3)), [I(2)], I(20));
        Assert.Equal("<<1, 20, 3>>", updated.ToString());
    }

    [Fact]
    public void Except_on_record_field_and_nested_path()
    {
        // [r EXCEPT !.ex_count = @ + 1] and [r EXCEPT !.ex_inner[2] = 7]
        var record = Record(("ex_count", I(0)), ("ex_inner", Tuple(I(1), I(2))));
        Value counted = FunctionOperations.Except(record, [S("ex_count")], I(1), (one, old) => IntArithmetic.Add((IntValue)old, (IntValue)one));
        Assert.Equal<Value>(I(1), ((FunctionValue)counted).Apply(S("ex_count")));
        Value nested = FunctionOperations.Except(record, [S("ex_inner"), I(2)], I(7));
        Assert.Equal<Value>(Tuple(I(1), I(7)), ((FunctionValue)nested).Apply(S("ex_inner")));
        Assert.Equal<Value>(I(0), ((FunctionValue)nested).Apply(S("ex_count")));
    }

    [Fact]
    public void Except_outside_domain_leaves_function_unchanged()
    {
        var f = Tuple(I(1), I(2));
        Assert.Same(f, FunctionOperations.Except(f, [I(5)], I(0)));
        Assert.False(FunctionOperations.TryGetAtPath(f, [I(5)], out _));
        Assert.True(FunctionOperations.TryGetAtPath(f, [I(2)], out Value at));
        Assert.Equal<Value>(I(2), at);
    }

    [Fact]
    public void Multi_argument_application_uses_a_tuple_key()
    {
        // f[x, y] for f == [p \in {1, 2} \X {3} |-> ...]
        var product = ProductSetValue.Of(Ints(1, 2), Ints(3));
        var f = FunctionValue.OverDomain(product, [S("13"), S("23")]);
        Assert.Equal<Value>(S("23"), f.Apply([I(2), I(3)]));
    }

    [Fact]
    public void Permutations_of_three_elements()
    {
        FiniteSetValue permutations = TlcOperations.Permutations(Ints(1, 2, 3));
        Assert.Equal(6, permutations.Count);
        Assert.Equal<Value>(Tuple(I(1), I(2), I(3)), permutations[0]);
        Assert.Equal<Value>(Tuple(I(3), I(2), I(1)), permutations[5]);
    }

    [Fact]
    public void Function_lookup_on_large_and_small_domains()
    {
        var keys = Enumerable.Range(0, 100).Select(i => (Value)S("lookup_" + i)).ToArray();
        var values = Enumerable.Range(0, 100).Select(i => (Value)I(i)).ToArray();
        var f = FunctionValue.FromPairs(keys, values);
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal<Value>(I(i), f.Apply(S("lookup_" + i)));
        }
        Assert.False(f.TryApply(S("lookup_x"), out _));
        var offset = FunctionValue.OverDomain(IntervalValue.Of(-5, 5), Enumerable.Range(0, 11).Select(i => (Value)I(i)).ToArray());
        Assert.Equal<Value>(I(0), offset.Apply(I(-5)));
        Assert.Equal<Value>(I(10), offset.Apply(I(5)));
        Assert.False(offset.TryApply(I(6), out _));
    }
}
