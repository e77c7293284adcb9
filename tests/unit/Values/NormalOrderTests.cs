using System.Numerics;
using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Values.V;

namespace GraphSpec.UnitTests.Values;

public class NormalOrderTests
{
    [Fact]
    public void Integers_are_ordered_numerically_including_negatives_and_big_values()
    {
        var big = IntValue.Of(BigInteger.Pow(10, 30));
        var set = Set(I(5), I(-7), big, I(0), IntValue.Of(-BigInteger.Pow(10, 30)));
        Assert.Equal("{-1000000000000000000000000000000, -7, 0, 5, 1000000000000000000000000000000}", set.ToString());
    }

    [Fact]
    public void False_comes_before_true() => Assert.Equal("{FALSE, TRUE}", Set(B(true), B(false)).ToString());

    [Fact]
    public void Strings_are_ordered_by_first_use_not_alphabetically()
    {
        string[] n = FreshNames("order_str", "zebra", "apple");
        Assert.Equal($"{{\"{n[0]}\", \"{n[1]}\"}}", Set(S(n[1]), S(n[0])).ToString());
        Assert.True(S(n[0]).CompareTo(S(n[1])) < 0);
    }

    [Fact]
    public void Model_values_are_ordered_by_first_use()
    {
        string[] n = FreshNames("order_mv", "q", "b");
        Assert.Equal($"{{{n[0]}, {n[1]}}}", Set(M(n[1]), M(n[0])).ToString());
    }

    [Fact]
    public void Model_values_come_before_other_values()
    {
        var mv = M("order_mv_none");
        Assert.Equal("{order_mv_none, 1, \"s\"}", Set(S("s"), I(1), mv).ToString());
        Assert.True(mv.CompareTo(I(-100)) < 0);
        Assert.True(B(false).CompareTo(mv) > 0);
    }

    [Fact]
    public void Sets_are_ordered_by_size_first() =>
        Assert.Equal("{{3}, {1, 2}}", Set(Ints(1, 2), Ints(3)).ToString());

    [Fact]
    public void Sets_of_equal_size_are_ordered_elementwise() =>
        Assert.Equal("{{1, 5}, {2, 3}}", Set(Ints(2, 3), Ints(1, 5)).ToString());

    [Fact]
    public void Tuples_are_ordered_by_length_then_elementwise() =>
        Assert.Equal("{<<>>, <<1>>, <<2>>, <<1, 1>>, <<1, 2>>}",
            Set(Tuple(I(1), I(2)), Tuple(I(2)), Tuple(), Tuple(I(1), I(1)), Tuple(I(1))).ToString());

    [Fact]
    public void Records_are_ordered_by_fields_then_values()
    {
        string[] n = FreshNames("order_rec", "x", "y");
        var r1 = Record((n[0], I(2)));
        var r2 = Record((n[0], I(1)));
        var r3 = Record((n[1], I(0)));
        var r4 = Record((n[0], I(0)), (n[1], I(0)));
        Assert.Equal(
            $"{{[{n[0]} |-> 1], [{n[0]} |-> 2], [{n[1]} |-> 0], [{n[0]} |-> 0, {n[1]} |-> 0]}}",
            Set(r4, r3, r1, r2).ToString());
    }

    [Fact]
    public void Interval_and_enumerated_set_order_consistently()
    {
        Assert.True(IntervalValue.Of(1, 2).CompareTo(Ints(1, 3)) < 0);
        Assert.True(Ints(1, 3).CompareTo(IntervalValue.Of(1, 2)) > 0);
        Assert.True(IntervalValue.Of(1, 2).CompareTo(IntervalValue.Of(0, 2)) < 0);
        Assert.Equal(0, IntervalValue.Of(4, 6).CompareTo(Ints(4, 5, 6)));
    }

    [Fact]
    public void Powerset_enumerates_in_normal_order()
    {
        var power = PowerSetValue.Of(Ints(3, 1, 2));
        Value[] enumerated = power.Enumerate().ToArray();
        Value[] sorted = FiniteSetValue.FromUnsorted(enumerated).Items.ToArray();
        Assert.Equal(8, enumerated.Length);
        Assert.Equal<Value>(sorted, enumerated);
    }

    [Fact]
    public void Function_set_enumerates_in_normal_order()
    {
        var functions = FunctionSetValue.Of(Ints(0, 1, 2), Set(S("x"), S("y"), B(true)));
        Value[] enumerated = functions.Enumerate().ToArray();
        Assert.Equal(27, enumerated.Length);
        Assert.Equal<Value>(FiniteSetValue.FromUnsorted(enumerated).Items.ToArray(), enumerated);
    }

    [Fact]
    public void Record_set_and_product_enumerate_in_normal_order()
    {
        var records = RecordSetValue.Of(["order_rs_b", "order_rs_a"], [Ints(1, 2), Set(S("u"), S("v"))]);
        Value[] enumeratedRecords = records.Enumerate().ToArray();
        Assert.Equal<Value>(FiniteSetValue.FromUnsorted(enumeratedRecords).Items.ToArray(), enumeratedRecords);

        var product = ProductSetValue.Of(Ints(2, 1), Ints(5, 4), FiniteSetValue.Boolean);
        Value[] enumeratedTuples = product.Enumerate().ToArray();
        Assert.Equal(8, enumeratedTuples.Length);
        Assert.Equal<Value>(FiniteSetValue.FromUnsorted(enumeratedTuples).Items.ToArray(), enumeratedTuples);
    }

    [Fact]
    public void Enumeration_of_a_set_literal_starts_with_its_least_element() =>
        // CHOOSE and \E walk sets in this order.
        Assert.Equal<Value>(I(-2), Set(I(7), I(-2), I(3)).Enumerate().First());
}
