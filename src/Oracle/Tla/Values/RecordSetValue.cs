using System.Numerics;
using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// The record set <c>[a : S, b : T]</c>. Fields are kept in TLC's field order (name tokens); the
/// elements are records with exactly these fields and each field's value in its set.
/// </summary>
public sealed class RecordSetValue : LazySetValue
{
    private readonly Value[] _names;
    private readonly SetValue[] _fieldSets;

    private RecordSetValue(Value[] names, SetValue[] fieldSets)
    {
        _names = names;
        _fieldSets = fieldSets;
    }

    /// <summary>The record set with the given fields (any order; a repeated field is an evaluation error).</summary>
    public static RecordSetValue Of(ReadOnlySpan<string> names, ReadOnlySpan<SetValue> fieldSets)
    {
        if (names.Length != fieldSets.Length)
        {
            throw new ArgumentException("one set per field is required");
        }
        var keys = new Value[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            keys[i] = StringValue.Of(names[i]);
        }
        SetValue[] sets = fieldSets.ToArray();
        Array.Sort(keys, sets, ValueOrder.Comparer);
        for (int i = 1; i < keys.Length; i++)
        {
            if (ReferenceEquals(keys[i - 1], keys[i]))
            {
                throw new EvaluationException("Field name " + ((StringValue)keys[i]).Text + " occurs multiple times in set of records.");
            }
        }
        return new RecordSetValue(keys, sets);
    }

    public override bool IsFinite => Array.TrueForAll(_fieldSets, set => set.IsFinite);

    public override BigInteger Cardinality()
    {
        BigInteger count = BigInteger.One;
        foreach (SetValue set in _fieldSets)
        {
            count *= set.Cardinality();
        }
        return count;
    }

    public override bool Contains(Value element)
    {
        if (FunctionValue.AsFunction(element) is { } record)
        {
            if (record.Count != _names.Length || record.IsSequence)
            {
                return false;
            }
            for (int i = 0; i < _names.Length; i++)
            {
                if (!ReferenceEquals(record.KeyAt(i), _names[i]))
                {
                    return false;
                }
            }
            for (int i = 0; i < _names.Length; i++)
            {
                if (!_fieldSets[i].Contains(record.ValueAt(i)))
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
            "Attempted to check if non-record\n" + ValuePrinter.ForMessage(element) + "\nis in the set of records:\n" + ValuePrinter.ForMessage(this));
    }

    private protected override IEnumerable<Value> EnumerateFresh()
    {
        if (!IsFinite)
        {
            throw NotEnumerable();
        }
        Value[] names = _names;
        SetValue[] sets = _fieldSets;
        return Odometer.Enumerate(names.Length, i => sets[i].ToFiniteSet(), values => FunctionValue.FromSortedKeys(names, values));
    }

    internal override bool PrintsEnumerated() => IsFinite && Cardinality() < LazySetLimits.PrintEnumeratedBelow;

    internal override void PrintSymbolic(StringBuilder builder)
    {
        builder.Append('[');
        for (int i = 0; i < _names.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }
            builder.Append(((StringValue)_names[i]).Text).Append(": ");
            ValuePrinter.Print(_fieldSets[i], builder);
        }
        builder.Append(']');
    }
}
