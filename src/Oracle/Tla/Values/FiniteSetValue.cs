using System.Numerics;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// An enumerated finite set, stored sorted in the engine's order (TLC's normal order) without
/// duplicates, so equality is an elementwise comparison and membership a binary search.
/// </summary>
public sealed class FiniteSetValue : SetValue
{
    private readonly Value[] _items;

    private FiniteSetValue(Value[] items)
    {
        _items = items;
    }

    public static readonly FiniteSetValue Empty = new([]);

    /// <summary><c>BOOLEAN</c>: <c>{FALSE, TRUE}</c>.</summary>
    public static readonly FiniteSetValue Boolean = new([BoolValue.False, BoolValue.True]);

    public override bool IsFinite => true;

    public override bool IsEmpty => _items.Length == 0;

    /// <summary>The number of elements.</summary>
    public int Count => _items.Length;

    /// <summary>The i-th element in normal order.</summary>
    public Value this[int index] => _items[index];

    /// <summary>The elements in normal order.</summary>
    public ReadOnlySpan<Value> Items => _items;

    /// <summary>The backing array, for sharing with other immutable values (never mutate it).</summary>
    internal Value[] ItemsArray => _items;

    /// <summary>The set of the given elements (any order, duplicates allowed).</summary>
    public static FiniteSetValue Of(params ReadOnlySpan<Value> elements)
    {
        if (elements.Length == 0)
        {
            return Empty;
        }
        return FromOwnedUnsorted(elements.ToArray(), elements.Length);
    }

    /// <summary>The set of the given elements (any order, duplicates allowed).</summary>
    public static FiniteSetValue FromUnsorted(IEnumerable<Value> elements)
    {
        Value[] items = elements.ToArray();
        return items.Length == 0 ? Empty : FromOwnedUnsorted(items, items.Length);
    }

    /// <summary>
    /// Normalizes the first <paramref name="count"/> entries of an array the caller gives up
    /// (sorted in place, duplicates removed). The fast path for set builders.
    /// </summary>
    internal static FiniteSetValue FromOwnedUnsorted(Value[] items, int count)
    {
        if (count == 0)
        {
            return Empty;
        }
        if (!IsStrictlySorted(items, count))
        {
            Array.Sort(items, 0, count, ValueOrder.Comparer);
            int unique = 1;
            for (int i = 1; i < count; i++)
            {
                if (ValueOrder.Compare(items[unique - 1], items[i]) != 0)
                {
                    items[unique++] = items[i];
                }
            }
            count = unique;
        }
        if (count != items.Length)
        {
            Array.Resize(ref items, count);
        }
        return new FiniteSetValue(items);
    }

    /// <summary>Wraps an array already sorted without duplicates (checked unless told otherwise).</summary>
    internal static FiniteSetValue FromSortedUnique(Value[] items, bool checkOrder = true)
    {
        if (items.Length == 0)
        {
            return Empty;
        }
        if (checkOrder && !IsStrictlySorted(items, items.Length))
        {
            return FromOwnedUnsorted(items, items.Length);
        }
        return new FiniteSetValue(items);
    }

    public override BigInteger Cardinality() => _items.Length;

    public override FiniteSetValue ToFiniteSet() => this;

    public override IEnumerable<Value> Enumerate()
    {
        Value[] items = _items;
        for (int i = 0; i < items.Length; i++)
        {
            yield return items[i];
        }
    }

    /// <summary>The position of <paramref name="element"/> in normal order, or -1 (no TLC errors).</summary>
    public int IndexOf(Value element)
    {
        return ValueOrder.BinarySearch(_items, element);
    }

    /// <summary>Membership in the engine's order, without TLC's comparability errors.</summary>
    public bool ContainsStructurally(Value element) => IndexOf(element) >= 0;

    public override bool Contains(Value element)
    {
        if (IndexOf(element) >= 0)
        {
            return true;
        }
        ValueEquality.CheckMembershipComparable(element, _items);
        return false;
    }

    internal override void Print(System.Text.StringBuilder builder) => ValuePrinter.PrintElements(_items, builder);

    private protected override long ComputeFingerprint()
    {
        FingerprintHasher hasher = BeginSetFingerprint(_items.Length);
        foreach (Value item in _items)
        {
            hasher.Add(item.Fingerprint());
        }
        return hasher.Finish();
    }

    /// <summary>
    /// Starts the fingerprint of a finite set of <paramref name="count"/> elements; the caller adds
    /// each element's fingerprint in normal order. Lazy sets use it to fingerprint like the
    /// enumerated set they equal.
    /// </summary>
    internal static FingerprintHasher BeginSetFingerprint(long count)
    {
        var hasher = new FingerprintHasher();
        hasher.Add((long)ValueKind.Set);
        hasher.Add(count);
        return hasher;
    }

    private static bool IsStrictlySorted(Value[] items, int count)
    {
        for (int i = 1; i < count; i++)
        {
            if (ValueOrder.Compare(items[i - 1], items[i]) >= 0)
            {
                return false;
            }
        }
        return true;
    }
}
