using System.Numerics;
using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// <c>[S -> T]</c>. Membership checks the domain and each value; cardinality is |T|^|S|.
/// Enumeration is an odometer over S's normal order with the last domain element varying fastest,
/// which yields the functions in normal order.
/// </summary>
public sealed class FunctionSetValue : LazySetValue
{
    private FunctionSetValue(SetValue domain, SetValue range)
    {
        DomainSet = domain;
        RangeSet = range;
    }

    public SetValue DomainSet { get; }

    public SetValue RangeSet { get; }

    public static FunctionSetValue Of(SetValue domain, SetValue range) => new(domain, range);

    public override bool IsFinite => DomainSet.IsFinite && RangeSet.IsFinite;

    public override BigInteger Cardinality() =>
        BigInteger.Pow(RangeSet.Cardinality(), DomainSet.CountForEnumeration());

    public override bool Contains(Value element)
    {
        if (FunctionValue.AsFunction(element) is { } function)
        {
            if (!DomainSet.Equals(function.Domain()))
            {
                return false;
            }
            foreach (Value value in function.Values)
            {
                if (!RangeSet.Contains(value))
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
            "Attempted to check if \n" + ValuePrinter.ForMessage(element) + "\nwhich is not a TLC function value, is in the set of functions:\n" + ValuePrinter.ForMessage(this));
    }

    private protected override IEnumerable<Value> EnumerateFresh()
    {
        if (!IsFinite)
        {
            throw NotEnumerable();
        }
        FiniteSetValue domain = DomainSet.ToFiniteSet();
        FiniteSetValue range = RangeSet.ToFiniteSet();
        Value[] keys = domain.ItemsArray;
        return Odometer.Enumerate(keys.Length, _ => range, values => FunctionValue.FromSortedKeys(keys, values));
    }

    internal override bool PrintsEnumerated() => IsFinite && Cardinality() < LazySetLimits.PrintEnumeratedBelow;

    internal override void PrintSymbolic(StringBuilder builder)
    {
        builder.Append('[');
        ValuePrinter.Print(DomainSet, builder);
        builder.Append(" -> ");
        ValuePrinter.Print(RangeSet, builder);
        builder.Append(']');
    }
}
