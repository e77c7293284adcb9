namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// A total order on values that does not depend on the process's history. TLC's own order
/// (<see cref="ValueOrder"/>) ranks strings and model values by when their names were first seen,
/// so two processes that saw names in different orders sort the same set differently. Reports
/// that must be byte-identical across runs (trace validation failures, bug reports) print in this
/// order instead: strings and names compare ordinally, structures element by element.
/// </summary>
public static class CanonicalOrder
{
    public static readonly IComparer<Value> Comparer = Comparer<Value>.Create(Compare);

    public static int Compare(Value a, Value b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        StackGuard.Ensure();
        var rank = Rank(a).CompareTo(Rank(b));
        if (rank != 0)
        {
            return rank;
        }

        switch (a)
        {
            case BoolValue x:
                return x.Value.CompareTo(((BoolValue)b).Value);
            case IntValue x:
                return x.BigValue.CompareTo(((IntValue)b).BigValue);
            case StringValue x:
                return string.CompareOrdinal(x.Text, ((StringValue)b).Text);
            case ModelValue x:
                return string.CompareOrdinal(x.Name, ((ModelValue)b).Name);
            case LazyFunctionValue x:
                return Compare(x.Materialize(), b is LazyFunctionValue y ? y.Materialize() : b);
            case FunctionValue x:
                return CompareFunctions(x, AsFunction(b));
            case SetValue x:
                return CompareSequences(Sorted(x), Sorted((SetValue)b));
            default:
                throw new InvalidOperationException("unknown value type " + a.GetType().Name);
        }
    }

    /// <summary>The elements of a finite set in canonical order.</summary>
    public static Value[] Sorted(SetValue set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var items = set.ToFiniteSet().Items.ToArray();
        Array.Sort(items, Comparer);
        return items;
    }

    /// <summary>The positions of a function's domain elements in canonical order of the keys.</summary>
    public static int[] KeyOrder(FunctionValue function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var order = new int[function.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        if (!function.IsSequence)
        {
            Array.Sort(order, (i, j) => Compare(function.KeyAt(i), function.KeyAt(j)));
        }

        return order;
    }

    // Functions of every shape (records, sequences, others) share one rank: TLA+ equality does not
    // distinguish them either.
    private static int Rank(Value value) => value switch
    {
        BoolValue => 0,
        IntValue => 1,
        StringValue => 2,
        ModelValue => 3,
        FunctionValue or LazyFunctionValue => 4,
        SetValue => 5,
        _ => 6,
    };

    private static FunctionValue AsFunction(Value value) =>
        value is LazyFunctionValue lazy ? lazy.Materialize() : (FunctionValue)value;

    private static int CompareFunctions(FunctionValue a, FunctionValue b)
    {
        var count = a.Count.CompareTo(b.Count);
        if (count != 0)
        {
            return count;
        }

        var orderA = KeyOrder(a);
        var orderB = KeyOrder(b);
        for (var i = 0; i < orderA.Length; i++)
        {
            var key = Compare(a.KeyAt(orderA[i]), b.KeyAt(orderB[i]));
            if (key != 0)
            {
                return key;
            }
        }

        for (var i = 0; i < orderA.Length; i++)
        {
            var value = Compare(a.ValueAt(orderA[i]), b.ValueAt(orderB[i]));
            if (value != 0)
            {
                return value;
            }
        }

        return 0;
    }

    private static int CompareSequences(Value[] a, Value[] b)
    {
        var count = a.Length.CompareTo(b.Length);
        if (count != 0)
        {
            return count;
        }

        for (var i = 0; i < a.Length; i++)
        {
            var item = Compare(a[i], b[i]);
            if (item != 0)
            {
                return item;
            }
        }

        return 0;
    }
}
