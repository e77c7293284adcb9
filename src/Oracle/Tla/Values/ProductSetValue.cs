using System.Numerics;
using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// The Cartesian product <c>S1 \X S2 \X ...</c>: the tuples whose i-th component is in Si,
/// enumerated lexicographically (normal order).
/// </summary>
public sealed class ProductSetValue : LazySetValue
{
    private readonly SetValue[] _factors;

    private ProductSetValue(SetValue[] factors)
    {
        _factors = factors;
    }

    public static ProductSetValue Of(params ReadOnlySpan<SetValue> factors) => new(factors.ToArray());

    public override bool IsFinite => Array.TrueForAll(_factors, set => set.IsFinite);

    public override BigInteger Cardinality()
    {
        BigInteger count = BigInteger.One;
        foreach (SetValue set in _factors)
        {
            count *= set.Cardinality();
        }
        return count;
    }

    public override bool Contains(Value element)
    {
        if (FunctionValue.AsFunction(element) is { } tuple)
        {
            if (!tuple.IsSequence || tuple.Count != _factors.Length)
            {
                return false;
            }
            for (int i = 0; i < _factors.Length; i++)
            {
                if (!_factors[i].Contains(tuple.ValueAt(i)))
                {
                    return false;
                }
            }
            return true;
        }
        if (element is ModelValue { IsTyped: false })
        {
            return false;
        }
        throw new EvaluationException(
            "Attempted to check if the value:\n" + ValuePrinter.ForMessage(element) + "\nis an element of the set of tuples:\n" + ValuePrinter.ForMessage(this));
    }

    private protected override IEnumerable<Value> EnumerateFresh()
    {
        if (!IsFinite)
        {
            throw NotEnumerable();
        }
        SetValue[] factors = _factors;
        return Odometer.Enumerate(factors.Length, i => factors[i].ToFiniteSet(), FunctionValue.SequenceOwned);
    }

    internal override bool PrintsEnumerated() => IsFinite && Cardinality() < LazySetLimits.PrintEnumeratedBelow;

    internal override void PrintSymbolic(StringBuilder builder)
    {
        builder.Append('(');
        for (int i = 0; i < _factors.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(" \\X ");
            }
            ValuePrinter.Print(_factors[i], builder);
        }
        builder.Append(')');
    }
}
