using System.Numerics;
using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Values.V;

namespace GraphSpec.UnitTests.Values;

public class FingerprintTests
{
    [Fact]
    public void Equal_values_built_differently_share_fingerprints()
    {
        (Value, Value)[] pairs =
        [
            (Tuple(I(1), I(2)), FunctionValue.OverDomain(IntervalValue.Of(1, 2), [I(1), I(2)])),
            (Tuple(I(1), I(2)), FunctionValue.FromPairs([I(2), I(1)], [I(2), I(1)])),
            (IntervalValue.Of(3, 6), Ints(6, 5, 4, 3)),
            (PowerSetValue.Of(Ints(1, 2)), Set(Ints(), Ints(1), Ints(2), Ints(1, 2))),
            (Record(("fp_a", I(1)), ("fp_b", I(2))), FunctionValue.OverDomain(Set(S("fp_b"), S("fp_a")), [I(1), I(2)])),
            (Set(Tuple(I(1), I(2))), Set(FunctionValue.OverDomain(IntervalValue.Of(1, 2), [I(1), I(2)]))),
            (FunctionSetValue.Of(Ints(1), Ints(7, 8)), Set(Tuple(I(7)), Tuple(I(8)))),
            (ProductSetValue.Of(Ints(1), Ints(2)), Set(Tuple(I(1), I(2)))),
            (IntArithmetic.Add(IntValue.Of(BigInteger.Pow(2, 70)), I(1)), IntValue.Parse("1180591620717411303425")),
            (SetOperations.Union(IntervalValue.Of(1, 2), Ints(3)), IntervalValue.Of(1, 3)),
        ];
        foreach ((Value a, Value b) in pairs)
        {
            Assert.Equal(a, b);
            Assert.Equal(a.Fingerprint(), b.Fingerprint());
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Fact]
    public void Different_values_have_different_fingerprints()
    {
        Value[] values =
        [
            I(1), S("1"), Ints(1), Tuple(I(1)), B(true), M("fp_mv1"), FiniteSetValue.Empty, Tuple(),
            Tuple(I(1), I(2)), Tuple(I(2), I(1)), Ints(1, 2), Set(Ints(1), Ints(2)), I(-1), I(0),
            FunctionOperations.SingletonFunction(I(0), I(1)), Record(("fp_x", I(1))), S(""), S("a"),
        ];
        var fingerprints = new HashSet<long>(values.Select(v => v.Fingerprint()));
        Assert.Equal(values.Length, fingerprints.Count);
    }

    [Fact]
    public void Fingerprints_are_fixed_across_runs()
    {
        // Pins the encoding: fingerprints must not depend on the process (no randomized string
        // hashing), because they identify states. A change here is a deliberate format change.
        Assert.Equal(FingerprintOf(ValueKind.Integer, 42), I(42).Fingerprint());
        var hasher = new FingerprintHasher();
        hasher.Add((long)ValueKind.String);
        hasher.Add("hello");
        Assert.Equal(hasher.Finish(), S("hello").Fingerprint());
        Assert.Equal(7530950715306354338L, S("hello").Fingerprint());
    }

    [Fact]
    public void Values_work_as_dictionary_keys_across_representations()
    {
        var seen = new HashSet<Value> { Tuple(I(1), I(2)), IntervalValue.Of(1, 3) };
        Assert.Contains(FunctionValue.FromPairs([I(1), I(2)], [I(1), I(2)]), seen);
        Assert.Contains(Ints(1, 2, 3), seen);
        Assert.DoesNotContain(Ints(1, 2), seen);
    }

    [Fact]
    public void Hasher_is_order_sensitive()
    {
        var ab = new FingerprintHasher();
        ab.Add(1);
        ab.Add(2);
        var ba = new FingerprintHasher();
        ba.Add(2);
        ba.Add(1);
        Assert.NotEqual(ab.Finish(), ba.Finish());
    }

    private static long FingerprintOf(ValueKind kind, long word)
    {
        var hasher = new FingerprintHasher();
        hasher.Add((long)kind);
        hasher.Add(word);
        return hasher.Finish();
    }
}
