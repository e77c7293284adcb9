using System.Numerics;
using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Values.V;

namespace GraphSpec.UnitTests.Values;

public class LazySetTests
{
    [Fact]
    public void Interval_membership_and_cardinality()
    {
        var interval = IntervalValue.Of(-2, 5);
        Assert.True(interval.Contains(I(-2)));
        Assert.True(interval.Contains(I(5)));
        Assert.False(interval.Contains(I(6)));
        Assert.False(interval.Contains(IntValue.Of(BigInteger.Pow(2, 80))));
        Assert.Equal(new BigInteger(8), interval.Cardinality());
    }

    [Fact]
    public void Interval_membership_of_a_string_is_an_error()
    {
        var error = Assert.Throws<EvaluationException>(() => IntervalValue.Of(1, 3).Contains(S("a")));
        Assert.Equal("Attempted to check if the value:\n\"a\"\nis in the integer interval 1..3", error.Message);
    }

    [Fact]
    public void Untyped_model_value_is_not_in_an_interval() =>
        Assert.False(IntervalValue.Of(1, 3).Contains(M("lazy_none")));

    [Fact]
    public void Huge_interval_is_counted_without_enumeration() =>
        Assert.Equal(new BigInteger(long.MaxValue) + 1, IntervalValue.Of(0, long.MaxValue).Cardinality());

    [Fact]
    public void Nat_and_Int_membership()
    {
        Assert.True(NaturalsSetValue.Instance.Contains(I(0)));
        Assert.False(NaturalsSetValue.Instance.Contains(I(-1)));
        Assert.True(NaturalsSetValue.Instance.Contains(IntValue.Of(BigInteger.Pow(2, 100))));
        Assert.True(IntegersSetValue.Instance.Contains(I(-1)));
        Assert.False(NaturalsSetValue.Instance.Contains(M("lazy_mv")));
        Assert.Throws<EvaluationException>(() => NaturalsSetValue.Instance.Contains(S("a")));
    }

    [Fact]
    public void Infinite_sets_cannot_be_enumerated_or_counted()
    {
        Assert.False(NaturalsSetValue.Instance.IsFinite);
        Assert.Throws<EvaluationException>(() => NaturalsSetValue.Instance.Enumerate().First());
        Assert.Throws<EvaluationException>(() => NaturalsSetValue.Instance.Cardinality());
        Assert.Throws<EvaluationException>(() => SequenceSetValue.Of(Ints(1)).ToFiniteSet());
    }

    [Fact]
    public void Powerset_cardinality_and_membership_without_enumeration()
    {
        var power = PowerSetValue.Of(IntervalValue.Of(1, 40));
        Assert.Equal(BigInteger.Pow(2, 40), power.Cardinality());
        Assert.True(power.Contains(Ints(1, 40)));
        Assert.True(power.Contains(FiniteSetValue.Empty));
        Assert.False(power.Contains(Ints(1, 41)));
        Assert.False(power.Contains(M("lazy_mv2")));
    }

    [Fact]
    public void Function_set_cardinality_is_exact_beyond_64_bits()
    {
        var functions = FunctionSetValue.Of(IntervalValue.Of(1, 30), IntervalValue.Of(0, 9));
        Assert.Equal(BigInteger.Pow(10, 30), functions.Cardinality());
    }

    [Fact]
    public void Function_set_membership_checks_domain_and_values()
    {
        var functions = FunctionSetValue.Of(Ints(1, 2), Ints(0, 1, 2));
        Assert.True(functions.Contains(Tuple(I(0), I(2))));
        Assert.False(functions.Contains(Tuple(I(0), I(3))));
        Assert.False(functions.Contains(Tuple(I(0))));
        Assert.False(functions.Contains(FunctionValue.FromPairs([I(1), I(3)], [I(0), I(0)])));
        Assert.Throws<EvaluationException>(() => functions.Contains(I(1)));
    }

    [Fact]
    public void Function_set_over_model_values_membership()
    {
        // Conformance case 013: cnt \in [Procs -> 0..2]
        var procs = Set(M("lazy_p1"), M("lazy_p2"));
        var cnt = FunctionValue.OverDomain(procs, [I(0), I(2)]);
        Assert.True(FunctionSetValue.Of(procs, IntervalValue.Of(0, 2)).Contains(cnt));
        Assert.False(FunctionSetValue.Of(procs, IntervalValue.Of(0, 1)).Contains(cnt));
    }

    [Fact]
    public void Function_set_with_empty_domain_has_one_element_and_with_empty_range_none()
    {
        Assert.Equal("{<<>>}", FunctionSetValue.Of(FiniteSetValue.Empty, Ints(1, 2)).ToString());
        Assert.True(FunctionSetValue.Of(Ints(1), FiniteSetValue.Empty).IsEmpty);
        Assert.Equal("{}", FunctionSetValue.Of(Ints(1), FiniteSetValue.Empty).ToString());
    }

    [Fact]
    public void Seq_membership()
    {
        var sequences = SequenceSetValue.Of(Ints(1, 2));
        Assert.True(sequences.Contains(Tuple()));
        Assert.True(sequences.Contains(Tuple(I(1), I(2), I(1))));
        Assert.False(sequences.Contains(Tuple(I(3))));
        Assert.False(sequences.Contains(FunctionValue.FromPairs([I(2)], [I(1)])));
    }

    [Fact]
    public void Seq_of_strings_membership_of_integer_elements_is_an_error() =>
        // Conformance notes: an integer compared with a string inside Seq(S) membership is an error.
        Assert.Throws<EvaluationException>(() => SequenceSetValue.Of(Set(S("a"))).Contains(Tuple(I(2))));

    [Fact]
    public void Record_set_membership()
    {
        var set = RecordSetValue.Of(["lazy_rs_a", "lazy_rs_b"], [Ints(1, 2), FiniteSetValue.Boolean]);
        Assert.True(set.Contains(Record(("lazy_rs_b", B(true)), ("lazy_rs_a", I(2)))));
        Assert.False(set.Contains(Record(("lazy_rs_a", I(2)))));
        Assert.False(set.Contains(Record(("lazy_rs_a", I(3)), ("lazy_rs_b", B(true)))));
        Assert.Equal(new BigInteger(4), set.Cardinality());
    }

    [Fact]
    public void Product_membership_and_cardinality()
    {
        var product = ProductSetValue.Of(IntervalValue.Of(1, 1000), NaturalsSetValue.Instance);
        Assert.True(product.Contains(Tuple(I(7), I(123456))));
        Assert.False(product.Contains(Tuple(I(7), I(-1))));
        Assert.False(product.Contains(Tuple(I(7))));
        Assert.False(product.IsFinite);
        Assert.Equal(new BigInteger(6), ProductSetValue.Of(Ints(1, 2), Ints(3, 4, 5)).Cardinality());
    }

    [Fact]
    public void Lazy_sets_equal_their_enumeration()
    {
        Assert.Equal<Value>(Set(FiniteSetValue.Empty, Ints(1), Ints(2), Ints(1, 2)), PowerSetValue.Of(IntervalValue.Of(1, 2)));
        Assert.Equal<Value>(Set(Tuple(I(1), S("x")), Tuple(I(2), S("x"))), ProductSetValue.Of(Ints(1, 2), Set(S("x"))));
        Assert.Equal<Value>(
            Set(Tuple(B(false)), Tuple(B(true))),
            FunctionSetValue.Of(IntervalValue.Of(1, 1), FiniteSetValue.Boolean));
    }

    [Fact]
    public void Cardinality_of_powerset_of_three_elements()
    {
        // StdMods fixture: ASSUME Cardinality(SUBSET {1, 2, 3}) = 8
        Assert.Equal<Value>(I(8), SetOperations.Cardinality(PowerSetValue.Of(Ints(1, 2, 3))));
    }

    [Fact]
    public void Difference_with_infinite_set_answers_membership()
    {
        SetValue positive = SetOperations.Difference(NaturalsSetValue.Instance, Ints(0));
        Assert.True(positive.Contains(I(1)));
        Assert.False(positive.Contains(I(0)));
        Assert.False(positive.IsFinite);
    }

    [Fact]
    public void Filter_over_infinite_set_is_lazy_and_over_finite_set_is_eager()
    {
        SetValue even = SetOperations.Filter(NaturalsSetValue.Instance, v => ((IntValue)v).SmallValue % 2 == 0, "{n \\in Nat : n % 2 = 0}");
        Assert.True(even.Contains(I(4)));
        Assert.False(even.Contains(I(3)));
        Assert.Equal("{n \\in Nat : n % 2 = 0}", even.ToString());
        SetValue small = SetOperations.Filter(IntervalValue.Of(1, 6), v => ((IntValue)v).SmallValue % 2 == 0);
        Assert.Equal("{2, 4, 6}", small.ToString());
    }

    [Fact]
    public void Subset_tests_on_lazy_sets()
    {
        Assert.True(SetOperations.IsSubsetEq(IntervalValue.Of(1, 3), IntervalValue.Of(0, 5)));
        Assert.False(SetOperations.IsSubsetEq(IntervalValue.Of(1, 6), IntervalValue.Of(0, 5)));
        Assert.True(SetOperations.IsSubsetEq(Ints(1, 2), NaturalsSetValue.Instance));
        Assert.True(SetOperations.IsSubsetEq(NaturalsSetValue.Instance, IntegersSetValue.Instance));
        Assert.True(SetOperations.IsSubsetEq(FiniteSetValue.Empty, Ints(1)));
        SetValue huge = IntervalValue.Range(I(1), IntValue.Of(BigInteger.Pow(2, 70)));
        Assert.True(SetOperations.IsSubsetEq(huge, NaturalsSetValue.Instance));
        Assert.False(SetOperations.IsSubsetEq(IntervalValue.Of(-1, 5), NaturalsSetValue.Instance));
        Assert.True(SetOperations.IsSubsetEq(IntervalValue.Of(3, 4), huge));
    }

    [Fact]
    public void Interval_with_bounds_beyond_64_bits_answers_membership_and_cardinality()
    {
        // 2^64 \in 0..2^65
        IntValue twoTo64 = IntValue.Of(BigInteger.Pow(2, 64));
        SetValue interval = IntervalValue.Range(I(0), IntValue.Of(BigInteger.Pow(2, 65)));
        Assert.True(interval.Contains(twoTo64));
        Assert.False(interval.Contains(I(-1)));
        Assert.Equal(BigInteger.Pow(2, 65) + 1, interval.Cardinality());
        Assert.Equal("0..36893488147419103232", interval.ToString());
        Assert.Equal<Value>(IntervalValue.Range(I(0), IntValue.Of(BigInteger.Pow(2, 65))), interval);
    }

    [Fact]
    public void Small_interval_beyond_64_bits_equals_its_enumeration()
    {
        IntValue low = IntValue.Of(BigInteger.Pow(2, 64));
        SetValue interval = IntervalValue.Range(low, IntArithmetic.Add(low, I(2)));
        var enumerated = Set(low, IntArithmetic.Add(low, I(1)), IntArithmetic.Add(low, I(2)));
        Assert.Equal<Value>(enumerated, interval);
        Assert.Equal(enumerated.Fingerprint(), interval.Fingerprint());
        Assert.Equal<Value>(low, interval.Enumerate().First());
    }
}
