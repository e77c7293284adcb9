using System.Numerics;
using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Values.V;

namespace GraphSpec.UnitTests.Values;

/// <summary>
/// Algebraic laws checked on many pseudo-random values (fixed seeds, so failures reproduce):
/// the order is a total order consistent with equality and fingerprints, normalization does not
/// depend on construction order, and set operations agree with a naive implementation.
/// </summary>
public class ValueLawTests
{
    private static readonly Value[] Leaves =
    [
        I(-3), I(0), I(1), I(2), I(7), IntValue.Of(BigInteger.Pow(2, 65)), S("law_a"), S("law_b"), S("law_c"),
        B(false), B(true), M("law_m1"), M("law_m2"),
    ];

    private static readonly string[] Fields = ["law_f", "law_g", "law_h"];

    private static Value RandomValue(Random random, int depth)
    {
        int choice = depth <= 0 ? 0 : random.Next(8);
        switch (choice)
        {
            case 0:
            case 1:
                return Leaves[random.Next(Leaves.Length)];
            case 2:
                return FiniteSetValue.FromUnsorted(Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth - 1)));
            case 3:
                return FunctionValue.Sequence(Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth - 1)).ToArray());
            case 4:
                {
                    string[] names = Fields.Where(_ => random.Next(2) == 0).ToArray();
                    return names.Length == 0
                        ? FunctionValue.EmptySequence
                        : FunctionValue.Record(names, names.Select(_ => RandomValue(random, depth - 1)).ToArray());
                }
            case 5:
                {
                    long low = random.Next(-2, 3);
                    return IntervalValue.Of(low, low + random.Next(-1, 4));
                }
            case 6:
                {
                    // A function over a few integers, which may or may not form 1..n.
                    Value[] keys = Enumerable.Range(0, 4).Where(_ => random.Next(2) == 0).Select(k => (Value)I(k)).ToArray();
                    return FunctionValue.FromPairs(keys, keys.Select(_ => RandomValue(random, depth - 1)).ToArray());
                }
            default:
                return PowerSetValue.Of(FiniteSetValue.FromUnsorted(Enumerable.Range(0, random.Next(3)).Select(_ => Leaves[random.Next(5)])));
        }
    }

    private static List<Value> RandomValues(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => RandomValue(random, 3)).ToList();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Order_is_antisymmetric_and_consistent_with_equality_and_fingerprints(int seed)
    {
        List<Value> values = RandomValues(seed, 120);
        foreach (Value a in values)
        {
            foreach (Value b in values)
            {
                int ab = Math.Sign(ValueOrder.Compare(a, b));
                int ba = Math.Sign(ValueOrder.Compare(b, a));
                Assert.Equal(-ab, ba);
                Assert.Equal(ab == 0, a.Equals(b));
                Assert.Equal(ab == 0, a.Fingerprint() == b.Fingerprint());
            }
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Order_is_transitive(int seed)
    {
        List<Value> values = RandomValues(seed, 60);
        foreach (Value a in values)
        {
            foreach (Value b in values)
            {
                if (ValueOrder.Compare(a, b) > 0)
                {
                    continue;
                }
                foreach (Value c in values)
                {
                    if (ValueOrder.Compare(b, c) <= 0)
                    {
                        Assert.True(ValueOrder.Compare(a, c) <= 0);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    public void Normal_form_does_not_depend_on_construction_order(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 50; round++)
        {
            List<Value> elements = RandomValues(seed * 100 + round, random.Next(8));
            FiniteSetValue forward = FiniteSetValue.FromUnsorted(elements);
            FiniteSetValue shuffled = FiniteSetValue.FromUnsorted(elements.OrderBy(_ => random.Next()).Concat(elements));
            Assert.Equal<Value>(forward, shuffled);
            Assert.Equal(forward.ToString(), shuffled.ToString());
            Assert.Equal(forward.Fingerprint(), shuffled.Fingerprint());
        }
    }

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    public void Set_operations_agree_with_a_naive_implementation(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 100; round++)
        {
            Value[] pool = RandomValues(seed * 1000 + round, 6).ToArray();
            Value[] left = pool.Where(_ => random.Next(2) == 0).ToArray();
            Value[] right = pool.Where(_ => random.Next(2) == 0).ToArray();
            var a = FiniteSetValue.FromUnsorted(left);
            var b = FiniteSetValue.FromUnsorted(right);
            var naiveA = new HashSet<Value>(left);
            var naiveB = new HashSet<Value>(right);

            Assert.Equal<Value>(FiniteSetValue.FromUnsorted(naiveA.Union(naiveB)), SetOperations.Union(a, b));
            Assert.Equal<Value>(FiniteSetValue.FromUnsorted(naiveA.Intersect(naiveB)), SetOperations.Intersect(a, b));
            Assert.Equal<Value>(FiniteSetValue.FromUnsorted(naiveA.Except(naiveB)), SetOperations.Difference(a, b));
            bool mixedKinds = left.Concat(right).Select(v => v.Kind).Where(k => k != ValueKind.ModelValue).Distinct().Count() > 1;
            try
            {
                Assert.Equal(naiveA.IsSubsetOf(naiveB), SetOperations.IsSubsetEq(a, b));
            }
            catch (EvaluationException)
            {
                // TLC refuses membership tests between values of different kinds.
                Assert.True(mixedKinds);
            }
            Assert.Equal(naiveA.Count, a.Count);
            foreach (Value element in pool)
            {
                Assert.Equal(naiveA.Contains(element), a.ContainsStructurally(element));
            }
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    public void Lazy_sets_equal_and_fingerprint_like_their_enumeration(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 30; round++)
        {
            var s = FiniteSetValue.FromUnsorted(Enumerable.Range(0, random.Next(4)).Select(_ => Leaves[random.Next(Leaves.Length)]));
            var t = FiniteSetValue.FromUnsorted(Enumerable.Range(0, random.Next(3)).Select(_ => Leaves[random.Next(Leaves.Length)]));
            SetValue[] lazySets =
            [
                PowerSetValue.Of(s), FunctionSetValue.Of(s, t), ProductSetValue.Of(s, t),
                RecordSetValue.Of(["law_r1", "law_r2"], [s, t]),
            ];
            foreach (SetValue lazy in lazySets)
            {
                var enumerated = FiniteSetValue.FromUnsorted(lazy.Enumerate().Reverse());
                Assert.Equal<Value>(enumerated, lazy);
                Assert.Equal(enumerated.Fingerprint(), lazy.Fingerprint());
                Assert.Equal(enumerated.Cardinality(), lazy.Cardinality());
                Assert.Equal<Value>(enumerated.Enumerate().ToArray(), lazy.Enumerate().ToArray());
                foreach (Value element in enumerated.Enumerate())
                {
                    Assert.True(lazy.Contains(element));
                }
            }
        }
    }

    [Theory]
    [InlineData(12)]
    [InlineData(13)]
    public void Line_breaking_changes_only_white_space(int seed)
    {
        var random = new Random(seed);
        int reformatted = 0;
        for (int round = 0; round < 200; round++)
        {
            // Bigger values than the other laws use, so that many exceed 80 columns.
            Value value = FiniteSetValue.FromUnsorted(Enumerable.Range(0, random.Next(12)).Select(_ => ReadableValue(random, 3)));
            string text = value.ToString();
            string formatted = TlcPrettyPrinter.Format(value);
            Assert.Equal(
                System.Text.RegularExpressions.Regex.Replace(text, @"\s+", string.Empty),
                System.Text.RegularExpressions.Regex.Replace(formatted, @"\s+", string.Empty));
            if (text.Length <= TlcPrettyPrinter.DefaultWidth)
            {
                Assert.Equal(text, formatted);
            }
            reformatted += formatted == text ? 0 : 1;
        }
        Assert.True(reformatted > 10, "too few values were long and readable enough to be broken into lines");
    }

    /// <summary>Values whose text TLC's line breaker can read back (no underscores, no escapes).</summary>
    private static Value ReadableValue(Random random, int depth)
    {
        switch (depth <= 0 ? 0 : random.Next(5))
        {
            case 0:
                return random.Next(3) switch
                {
                    0 => I(random.Next(-50, 100000)),
                    1 => S("word" + random.Next(20)),
                    _ => B(random.Next(2) == 0),
                };
            case 1:
                return FiniteSetValue.FromUnsorted(Enumerable.Range(0, random.Next(5)).Select(_ => ReadableValue(random, depth - 1)));
            case 2:
                return FunctionValue.Sequence(Enumerable.Range(0, random.Next(5)).Select(_ => ReadableValue(random, depth - 1)).ToArray());
            case 3:
                return FunctionValue.Record(["lawfa", "lawfb"], [ReadableValue(random, depth - 1), ReadableValue(random, depth - 1)]);
            default:
                return FunctionValue.FromPairs([I(0), I(5)], [ReadableValue(random, depth - 1), ReadableValue(random, depth - 1)]);
        }
    }
}
