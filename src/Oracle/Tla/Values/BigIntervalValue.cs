using System.Numerics;
using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// An interval <c>a..b</c> whose bounds do not fit in 64 bits (such as <c>0..2^65</c>): it answers
/// membership and cardinality from its bounds, and is enumerated only when that is feasible.
/// Intervals with 64-bit bounds are <see cref="IntervalValue"/>s.
/// </summary>
public sealed class BigIntervalValue : SetValue
{
    private FiniteSetValue? _normalForm;

    internal BigIntervalValue(BigInteger low, BigInteger high)
    {
        Low = low;
        High = high;
    }

    public BigInteger Low { get; }

    public BigInteger High { get; }

    public override bool IsFinite => true;

    public override bool IsEmpty => High < Low;

    public override BigInteger Cardinality() => IsEmpty ? BigInteger.Zero : High - Low + 1;

    public override bool Contains(Value element)
    {
        if (element is IntValue integer)
        {
            BigInteger value = integer.BigValue;
            return value >= Low && value <= High;
        }
        if (!IsEmpty && !(element is ModelValue { IsTyped: false }))
        {
            throw new EvaluationException(
                "Attempted to check if the value:\n" + ValuePrinter.ForMessage(element)
                + "\nis in the integer interval " + ValuePrinter.ForMessage(this));
        }
        return false;
    }

    public override FiniteSetValue ToFiniteSet()
    {
        FiniteSetValue? normalForm = _normalForm;
        if (normalForm is null)
        {
            var items = new Value[CountForEnumeration()];
            for (int i = 0; i < items.Length; i++)
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
        for (BigInteger i = Low; i <= High; i++)
        {
            yield return IntValue.Of(i);
        }
    }

    internal override void Print(StringBuilder builder)
    {
        if (IsEmpty)
        {
            builder.Append("{}");
            return;
        }
        builder.Append(IntValue.Of(Low).ToString()).Append("..").Append(IntValue.Of(High).ToString());
    }

    private protected override long ComputeFingerprint() => ToFiniteSet().Fingerprint();
}
