namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// Renames model values throughout a value (for SYMMETRY: a permutation of a set of model values
/// applied to a state). Sets are re-normalized, since renaming changes their order.
/// </summary>
public static class ModelValuePermutation
{
    /// <summary>
    /// The value with every model value <c>m</c> in <paramref name="mapping"/> replaced by
    /// <c>mapping[m]</c>. Returns the same instance when nothing changes. Infinite sets other than
    /// <c>Seq(S)</c> hold no model values and are returned unchanged.
    /// </summary>
    public static Value Apply(Value value, IReadOnlyDictionary<ModelValue, ModelValue> mapping)
    {
        switch (value)
        {
            case ModelValue model:
                return mapping.TryGetValue(model, out ModelValue? image) ? image : model;
            case BoolValue or IntValue or StringValue:
                return value;
            case LazyFunctionValue lazy:
                return Apply(lazy.Materialize(), mapping);
            case FunctionValue function:
                return ApplyToFunction(function, mapping);
            case SequenceSetValue sequences:
                SetValue elements = (SetValue)Apply(sequences.ElementSet, mapping);
                return ReferenceEquals(elements, sequences.ElementSet) ? sequences : SequenceSetValue.Of(elements);
            case SetValue { IsFinite: false } infinite:
                return infinite;
            case IntervalValue or BigIntervalValue:
                return value;
            default:
                return ApplyToSet(((SetValue)value).ToFiniteSet(), mapping);
        }
    }

    private static Value ApplyToFunction(FunctionValue function, IReadOnlyDictionary<ModelValue, ModelValue> mapping)
    {
        StackGuard.Ensure();
        int count = function.Count;
        Value[]? keys = null;
        Value[]? values = null;
        for (int i = 0; i < count; i++)
        {
            Value value = function.ValueAt(i);
            Value newValue = Apply(value, mapping);
            if (!ReferenceEquals(newValue, value))
            {
                values ??= function.Values.ToArray();
                values[i] = newValue;
            }
            if (!function.IsSequence)
            {
                Value key = function.KeyAt(i);
                Value newKey = Apply(key, mapping);
                if (!ReferenceEquals(newKey, key))
                {
                    keys ??= CopyKeys(function);
                    keys[i] = newKey;
                }
            }
        }
        if (keys is null && values is null)
        {
            return function;
        }
        values ??= function.Values.ToArray();
        return keys is null
            ? FunctionValue.FromSortedKeys(CopyKeys(function), values)
            : FunctionValue.FromOwnedPairs(keys, values);
    }

    private static Value ApplyToSet(FiniteSetValue set, IReadOnlyDictionary<ModelValue, ModelValue> mapping)
    {
        StackGuard.Ensure();
        Value[]? items = null;
        ReadOnlySpan<Value> elements = set.Items;
        for (int i = 0; i < elements.Length; i++)
        {
            Value image = Apply(elements[i], mapping);
            if (!ReferenceEquals(image, elements[i]))
            {
                items ??= elements.ToArray();
                items[i] = image;
            }
        }
        return items is null ? set : FiniteSetValue.FromOwnedUnsorted(items, items.Length);
    }

    private static Value[] CopyKeys(FunctionValue function)
    {
        var keys = new Value[function.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = function.KeyAt(i);
        }
        return keys;
    }
}
