namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// Collects elements (any order, duplicates allowed) and produces the normalized set; the
/// evaluator's accumulator for <c>{e : x \in S}</c>, <c>{x \in S : P}</c> and set literals.
/// </summary>
public sealed class SetBuilder
{
    private Value[] _items;
    private int _count;

    public SetBuilder(int capacity = 8)
    {
        _items = new Value[Math.Max(capacity, 1)];
    }

    public int Count => _count;

    public void Add(Value element)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }
        _items[_count++] = element;
    }

    /// <summary>The set of the added elements. The builder is empty afterwards.</summary>
    public FiniteSetValue ToSet()
    {
        Value[] items = _items;
        int count = _count;
        _items = new Value[4];
        _count = 0;
        return FiniteSetValue.FromOwnedUnsorted(items, count);
    }
}
