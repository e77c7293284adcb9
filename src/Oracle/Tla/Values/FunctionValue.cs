namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// A finite function: also every record, tuple and sequence, because TLA+ (and TLC) equates them
/// with the function on the same domain: <c>&lt;&lt;1, 2&gt;&gt; = [i \in 1..2 |-> i]</c> and
/// <c>[a |-> 1] = [x \in {"a"} |-> 1]</c>. The domain is stored sorted in normal order; a function
/// whose domain is <c>1..n</c> (a sequence, including the empty one) stores no keys at all.
/// </summary>
public sealed class FunctionValue : Value
{
    // Lookups scan small domains linearly (cheap reference checks on interned strings) and
    // binary-search larger ones.
    private const int LinearLookupLimit = 8;

    // Model values are found by reference; a scan beats the binary search's comparisons up to here.
    private const int ReferenceScanLimit = 32;

    private readonly Value[]? _keys;
    private readonly Value[] _values;
    private readonly long _intLow;
    private readonly bool _contiguousInts;

    /// <summary>A function with another function's domain layout and new values (no re-analysis).</summary>
    private FunctionValue(Value[] values, FunctionValue layout)
        : base(ValueKind.Function)
    {
        _keys = layout._keys;
        _values = values;
        _intLow = layout._intLow;
        _contiguousInts = layout._contiguousInts;
    }

    private FunctionValue(Value[]? keys, Value[] values)
        : base(ValueKind.Function)
    {
        _keys = keys;
        _values = values;
        if (keys is null)
        {
            _intLow = 1;
            _contiguousInts = true;
        }
        else if (keys.Length > 0
                 && keys[0] is IntValue { IsSmall: true } first
                 && keys[^1] is IntValue { IsSmall: true } last
                 && last.SmallValue - first.SmallValue == keys.Length - 1)
        {
            // Sorted, distinct, and the kinds sort together: the ends being integers that span
            // exactly Count values means every key is an integer of lo..hi.
            _intLow = first.SmallValue;
            _contiguousInts = true;
        }
    }

    /// <summary>The empty function, which is also the empty sequence <c>&lt;&lt;&gt;&gt;</c>.</summary>
    public static readonly FunctionValue EmptySequence = new(null, []);

    /// <summary>The number of domain elements.</summary>
    public int Count => _values.Length;

    /// <summary>True when the domain is <c>1..Count</c>: the function is a tuple / sequence.</summary>
    public bool IsSequence => _keys is null;

    /// <summary>True when the domain is non-empty and every domain element is a string.</summary>
    public bool IsRecord => _keys is { Length: > 0 } keys && keys[0] is StringValue && keys[^1] is StringValue;

    /// <summary>The values, in the order of the sorted domain (for a sequence: its elements).</summary>
    public ReadOnlySpan<Value> Values => _values;

    /// <summary>The i-th domain element in normal order.</summary>
    public Value KeyAt(int index) => _keys is null ? IntValue.Of(index + 1) : _keys[index];

    /// <summary>The value at the i-th domain element in normal order.</summary>
    public Value ValueAt(int index) => _values[index];

    // ----- construction -------------------------------------------------------------------

    /// <summary>The tuple / sequence <c>&lt;&lt;items&gt;&gt;</c>.</summary>
    public static FunctionValue Sequence(params ReadOnlySpan<Value> items) =>
        items.Length == 0 ? EmptySequence : new FunctionValue(null, items.ToArray());

    /// <summary>A sequence over an array the caller gives up (no copy).</summary>
    internal static FunctionValue SequenceOwned(Value[] items) =>
        items.Length == 0 ? EmptySequence : new FunctionValue(null, items);

    /// <summary>
    /// The function mapping <c>keys[i]</c> to <c>values[i]</c> (keys in any order). A repeated key is
    /// an evaluation error.
    /// </summary>
    public static FunctionValue FromPairs(ReadOnlySpan<Value> keys, ReadOnlySpan<Value> values)
    {
        if (keys.Length != values.Length)
        {
            throw new ArgumentException("keys and values differ in length");
        }
        return FromOwnedPairs(keys.ToArray(), values.ToArray());
    }

    internal static FunctionValue FromOwnedPairs(Value[] keys, Value[] values)
    {
        if (!IsStrictlySorted(keys))
        {
            Array.Sort(keys, values, ValueOrder.Comparer);
            for (int i = 1; i < keys.Length; i++)
            {
                if (ValueOrder.Compare(keys[i - 1], keys[i]) == 0)
                {
                    throw new EvaluationException(
                        "The value\n" + ValuePrinter.ForMessage(keys[i]) + "\noccurs multiple times in the function domain.");
                }
            }
        }
        return FromSortedKeys(keys, values);
    }

    /// <summary>
    /// The function <c>[x \in domain |-> values[i]]</c> where <paramref name="valuesInDomainOrder"/>
    /// lists the values in the order <see cref="SetValue.Enumerate"/> yields the domain. This is the
    /// fast path for <c>[x \in S |-> e]</c>: the domain is already sorted.
    /// </summary>
    public static FunctionValue OverDomain(SetValue domain, ReadOnlySpan<Value> valuesInDomainOrder) =>
        OverDomainOwned(domain, valuesInDomainOrder.ToArray());

    /// <summary><see cref="OverDomain"/> over a values array the caller gives up (no copy).</summary>
    internal static FunctionValue OverDomainOwned(SetValue domain, Value[] valuesInDomainOrder)
    {
        if (domain is IntervalValue interval && (interval.IsEmpty || interval.Low == 1))
        {
            if (interval.CountForEnumeration() != valuesInDomainOrder.Length)
            {
                throw new ArgumentException("one value per domain element is required");
            }
            return SequenceOwned(valuesInDomainOrder);
        }
        FiniteSetValue normal = domain.ToFiniteSet();
        if (normal.Count != valuesInDomainOrder.Length)
        {
            throw new ArgumentException("one value per domain element is required");
        }
        // The set's array is immutable, so the function can share it as its key array.
        return FromSortedKeys(normal.ItemsArray, valuesInDomainOrder);
    }

    /// <summary>The record <c>[names[0] |-> values[0], ...]</c>.</summary>
    public static FunctionValue Record(ReadOnlySpan<string> names, ReadOnlySpan<Value> values)
    {
        var keys = new Value[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            keys[i] = StringValue.Of(names[i]);
        }
        return FromOwnedPairs(keys, values.ToArray());
    }

    /// <summary>Builds from keys already sorted without duplicates; turns a 1..n domain into a sequence.</summary>
    internal static FunctionValue FromSortedKeys(Value[] keys, Value[] values)
    {
        if (keys.Length == 0)
        {
            return EmptySequence;
        }
        if (keys[0] is IntValue { IsSmall: true, SmallValue: 1 }
            && keys[^1] is IntValue { IsSmall: true } last
            && last.SmallValue == keys.Length)
        {
            return new FunctionValue(null, values);
        }
        return new FunctionValue(keys, values);
    }

    // ----- application ---------------------------------------------------------------------

    /// <summary>The index of <paramref name="argument"/> in the sorted domain, or -1.</summary>
    public int IndexOfKey(Value argument)
    {
        if (_contiguousInts)
        {
            if (argument is IntValue { IsSmall: true } integer)
            {
                long offset = integer.SmallValue - _intLow;
                return offset >= 0 && offset < _values.Length ? (int)offset : -1;
            }
            return -1;
        }
        Value[] keys = _keys!;
        if (argument is ModelValue && keys.Length <= ReferenceScanLimit)
        {
            // Model values are interned too, and equal only themselves: a reference scan.
            for (int i = 0; i < keys.Length; i++)
            {
                if (ReferenceEquals(keys[i], argument))
                {
                    return i;
                }
            }
            return -1;
        }
        if (argument is StringValue)
        {
            // Strings are interned, so a record field lookup is a reference scan.
            if (keys.Length <= LinearLookupLimit)
            {
                for (int i = 0; i < keys.Length; i++)
                {
                    if (ReferenceEquals(keys[i], argument))
                    {
                        return i;
                    }
                }
                return -1;
            }
        }
        else if (keys.Length <= LinearLookupLimit)
        {
            for (int i = 0; i < keys.Length; i++)
            {
                if (ReferenceEquals(keys[i], argument) || keys[i].Equals(argument))
                {
                    return i;
                }
            }
            return -1;
        }
        return ValueOrder.BinarySearch(keys, argument);
    }

    /// <summary><c>f[argument]</c> when the argument is in the domain.</summary>
    public bool TryApply(Value argument, out Value result)
    {
        int index = IndexOfKey(argument);
        if (index < 0)
        {
            result = BoolValue.False;
            return false;
        }
        result = _values[index];
        return true;
    }

    /// <summary><c>f[argument]</c>; outside the domain an evaluation error with TLC's wording.</summary>
    public Value Apply(Value argument)
    {
        int index = IndexOfKey(argument);
        if (index >= 0)
        {
            return _values[index];
        }
        throw OutsideDomain(argument);
    }

    /// <summary><c>f[a, b]</c>: the function applied to the tuple <c>&lt;&lt;a, b&gt;&gt;</c>.</summary>
    public Value Apply(ReadOnlySpan<Value> arguments) =>
        arguments.Length == 1 ? Apply(arguments[0]) : Apply(Sequence(arguments));

    /// <summary><c>DOMAIN f</c>.</summary>
    public SetValue Domain() =>
        _keys is null ? IntervalValue.Of(1, _values.Length) : FiniteSetValue.FromSortedUnique(_keys, checkOrder: false);

    /// <summary>This function with the value at domain index <paramref name="index"/> replaced.</summary>
    public FunctionValue WithValueAt(int index, Value value)
    {
        if (ReferenceEquals(_values[index], value))
        {
            return this;
        }
        Value[] values = (Value[])_values.Clone();
        values[index] = value;
        return new FunctionValue(values, this);
    }

    /// <summary>
    /// The value as a finite function table: itself, or a <see cref="LazyFunctionValue"/>
    /// materialized (an evaluation error for an infinite domain); null for other kinds.
    /// </summary>
    public static FunctionValue? AsFunction(Value value) => value switch
    {
        FunctionValue function => function,
        LazyFunctionValue lazy => lazy.Materialize(),
        _ => null,
    };

    internal EvaluationException OutsideDomain(Value argument)
    {
        if (IsSequence)
        {
            if (argument is not IntValue)
            {
                return new EvaluationException("Attempted to access tuple at a non integral index: " + ValuePrinter.ForMessage(argument));
            }
            return new EvaluationException(
                "Attempted to access index " + ValuePrinter.ForMessage(argument) + " of tuple\n" + ValuePrinter.ForMessage(this) + "\nwhich is out of bounds.");
        }
        if (IsRecord)
        {
            return argument is StringValue field
                ? new EvaluationException("Attempted to access nonexistent field '" + field.Text + "' of record\n" + ValuePrinter.ForMessage(this))
                : new EvaluationException("Attempted to access record by a non-string argument: " + ValuePrinter.ForMessage(argument));
        }
        return new EvaluationException(
            "Attempted to apply function:\n" + ValuePrinter.ForMessage(this) + "\nto argument " + argument
            + ", which is not in the domain of the function.");
    }

    private protected override long ComputeFingerprint()
    {
        var hasher = new FingerprintHasher();
        hasher.Add((long)ValueKind.Function);
        hasher.Add(_values.Length);
        for (int i = 0; i < _values.Length; i++)
        {
            hasher.Add(_keys is null ? IntValue.FingerprintOfSmall(i + 1) : _keys[i].Fingerprint());
            hasher.Add(_values[i].Fingerprint());
        }
        return hasher.Finish();
    }

    private static bool IsStrictlySorted(Value[] keys)
    {
        for (int i = 1; i < keys.Length; i++)
        {
            if (ValueOrder.Compare(keys[i - 1], keys[i]) >= 0)
            {
                return false;
            }
        }
        return true;
    }
}
