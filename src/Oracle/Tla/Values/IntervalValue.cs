using System.Numerics;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// The integer interval <c>a..b</c>, held by its bounds. TLC prints it as <c>a..b</c> (or <c>{}</c>
/// when empty); it equals, orders and fingerprints exactly like the enumerated set.
/// </summary>
public sealed class IntervalValue : SetValue
{
    private FiniteSetValue? _normalForm;

    private IntervalValue(long low, long high)
    {
        Low = low;
        High = high;
    }

    public long Low { get; }

    public long High { get; }

    public override bool IsFinite => true;

    public override bool IsEmpty => High < Low;

    /// <summary>The number of elements (0 when empty).</summary>
    public BigInteger Count => IsEmpty ? BigInteger.Zero : (BigInteger)High - Low + 1;

    /// <summary>The interval <c>low..high</c>.</summary>
    public static IntervalValue Of(long low, long high) => new(low, high);

    /// <summary>
    /// <c>low..high</c> for unbounded integers: an <see cref="IntervalValue"/> when the bounds fit
    /// in 64 bits, otherwise a <see cref="BigIntervalValue"/>.
    /// </summary>
    public static SetValue Range(IntValue low, IntValue high)
    {
        if (low.TryGetInt64(out long lo) && high.TryGetInt64(out long hi))
        {
            return new IntervalValue(lo, hi);
        }
        return new BigIntervalValue(low.BigValue, high.BigValue);
    }

    public override BigInteger Cardinality() => Count;

    public override bool Contains(Value element)
    {
        if (element is IntValue integer)
        {
            return integer.IsSmall && integer.SmallValue >= Low && integer.SmallValue <= High;
        }
        if (!IsEmpty && !(element is ModelValue { IsTyped: false }))
        {
            throw new EvaluationException(
                "Attempted to check if the value:\n" + ValuePrinter.ForMessage(element) + "\nis in the integer interval " + ValuePrinter.ForMessage(this));
        }
        return false;
    }

    public override FiniteSetValue ToFiniteSet()
    {
        FiniteSetValue? normalForm = _normalForm;
        if (normalForm is null)
        {
            int count = CountForEnumeration();
            var items = new Value[count];
            for (int i = 0; i < count; i++)
            {
                items[i] = IntValue.Of(Low + i);
            }
            normalForm = FiniteSetValue.FromSortedUnique(items, checkOrder: false);
            _normalForm = normalForm;
        }
        return normalForm;
    }

    public override IEnumerable<Value> Enumerate()
    {
        if (IsEmpty)
        {
            yield break;
        }
        for (long i = Low; ; i++)
        {
            yield return IntValue.Of(i);
            if (i == High)
            {
                yield break;
            }
        }
    }

    /// <summary>TLC's interval order: by size, then by lower bound; all empty intervals are equal.</summary>
    internal int CompareToInterval(IntervalValue other)
    {
        int cmp = Count.CompareTo(other.Count);
        if (cmp != 0 || IsEmpty)
        {
            return cmp;
        }
        return Low.CompareTo(other.Low);
    }

    internal override void Print(System.Text.StringBuilder builder)
    {
        if (IsEmpty)
        {
            builder.Append("{}");
            return;
        }
        builder.Append(Low).Append("..").Append(High);
    }

    private protected override long ComputeFingerprint()
    {
        FingerprintHasher hasher = FiniteSetValue.BeginSetFingerprint(IsEmpty ? 0 : CountForEnumeration());
        if (!IsEmpty)
        {
            for (long i = Low; ; i++)
            {
                hasher.Add(IntValue.FingerprintOfSmall(i));
                if (i == High)
                {
                    break;
                }
            }
        }
        return hasher.Finish();
    }
}
