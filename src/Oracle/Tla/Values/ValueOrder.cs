using System.Numerics;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// The engine's total order on values: TLC's order within each kind, and a fixed rank between kinds
/// (model values first, as in TLC, then Booleans, integers, strings, functions, sets).
/// </summary>
/// <remarks>
/// Within a kind it follows TLC (<c>tlc2.value.impl.*Value.compareTo</c>): FALSE before TRUE;
/// integers numerically; strings and model values by first-seen token (<see cref="NameTable"/>);
/// sets by cardinality, then elementwise in normal order; functions (records, tuples) by number of
/// domain elements, then domain elements pairwise, then values pairwise. TLC refuses to compare most
/// values of different kinds; the engine still orders them (a set mixing kinds gets a deterministic
/// normal form), and <see cref="ValueEquality"/> reports the errors TLC would report.
/// </remarks>
public static class ValueOrder
{
    /// <summary>The order as an <see cref="IComparer{T}"/> (for sorting).</summary>
    public static readonly IComparer<Value> Comparer = new ValueComparer();

    /// <summary>
    /// The index of <paramref name="value"/> in <paramref name="sorted"/> (sorted in this order,
    /// without duplicates), or -1. Shared by set membership and function lookup.
    /// </summary>
    public static int BinarySearch(ReadOnlySpan<Value> sorted, Value value)
    {
        int low = 0;
        int high = sorted.Length - 1;
        while (low <= high)
        {
            int mid = low + ((high - low) >> 1);
            int cmp = Compare(sorted[mid], value);
            if (cmp == 0)
            {
                return mid;
            }
            if (cmp < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return -1;
    }

    public static int Compare(Value a, Value b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }
        ValueKind kindA = a.Kind;
        ValueKind kindB = b.Kind;
        if (kindA != kindB)
        {
            return kindA < kindB ? -1 : 1;
        }
        switch (kindA)
        {
            case ValueKind.Integer:
                return ((IntValue)a).CompareNumerically((IntValue)b);
            case ValueKind.String:
                return ((StringValue)a).Token.CompareTo(((StringValue)b).Token);
            case ValueKind.Boolean:
                return ((BoolValue)a).Value.CompareTo(((BoolValue)b).Value);
            case ValueKind.ModelValue:
                return ((ModelValue)a).Token.CompareTo(((ModelValue)b).Token);
            case ValueKind.Function:
                return CompareFunctions(FunctionValue.AsFunction(a)!, FunctionValue.AsFunction(b)!);
            default:
                return CompareSets((SetValue)a, (SetValue)b);
        }
    }

    private static int CompareFunctions(FunctionValue f, FunctionValue g)
    {
        int count = f.Count;
        int cmp = count.CompareTo(g.Count);
        if (cmp != 0)
        {
            return cmp;
        }
        StackGuard.Ensure();
        if (!(f.IsSequence && g.IsSequence))
        {
            for (int i = 0; i < count; i++)
            {
                cmp = Compare(f.KeyAt(i), g.KeyAt(i));
                if (cmp != 0)
                {
                    return cmp;
                }
            }
        }
        ReadOnlySpan<Value> valuesF = f.Values;
        ReadOnlySpan<Value> valuesG = g.Values;
        for (int i = 0; i < count; i++)
        {
            cmp = Compare(valuesF[i], valuesG[i]);
            if (cmp != 0)
            {
                return cmp;
            }
        }
        return 0;
    }

    private static int CompareSets(SetValue a, SetValue b)
    {
        if (a is FiniteSetValue x && b is FiniteSetValue y)
        {
            return CompareNormalForms(x, y);
        }
        bool finiteA = a.IsFinite;
        bool finiteB = b.IsFinite;
        if (finiteA != finiteB)
        {
            return finiteA ? -1 : 1;
        }
        if (!finiteA)
        {
            // TLC cannot compare two infinite sets; the engine orders them by their rendering,
            // which identifies them (Nat, Int, Seq(S), ...) deterministically.
            return string.CompareOrdinal(a.ToString(), b.ToString());
        }
        if (a is IntervalValue ia && b is IntervalValue ib)
        {
            return ia.CompareToInterval(ib);
        }
        if (TryGetIntervalBounds(a, out BigInteger lowA, out BigInteger countA)
            && TryGetIntervalBounds(b, out BigInteger lowB, out BigInteger countB))
        {
            // TLC's interval order (size, then lower bound) without enumerating huge intervals.
            int bySize = countA.CompareTo(countB);
            return bySize != 0 || countA.IsZero ? bySize : lowA.CompareTo(lowB);
        }
        int cmp = a.Cardinality().CompareTo(b.Cardinality());
        if (cmp != 0)
        {
            return cmp;
        }
        return CompareNormalForms(a.ToFiniteSet(), b.ToFiniteSet());
    }

    private static bool TryGetIntervalBounds(SetValue set, out BigInteger low, out BigInteger count)
    {
        switch (set)
        {
            case IntervalValue interval:
                low = interval.Low;
                count = interval.Count;
                return true;
            case BigIntervalValue big:
                low = big.Low;
                count = big.Cardinality();
                return true;
            default:
                low = count = BigInteger.Zero;
                return false;
        }
    }

    private static int CompareNormalForms(FiniteSetValue x, FiniteSetValue y)
    {
        int count = x.Count;
        int cmp = count.CompareTo(y.Count);
        if (cmp != 0)
        {
            return cmp;
        }
        StackGuard.Ensure();
        ReadOnlySpan<Value> itemsX = x.Items;
        ReadOnlySpan<Value> itemsY = y.Items;
        for (int i = 0; i < count; i++)
        {
            cmp = Compare(itemsX[i], itemsY[i]);
            if (cmp != 0)
            {
                return cmp;
            }
        }
        return 0;
    }

    private sealed class ValueComparer : IComparer<Value>
    {
        public int Compare(Value? x, Value? y)
        {
            if (x is null)
            {
                return y is null ? 0 : -1;
            }
            return y is null ? 1 : ValueOrder.Compare(x, y);
        }
    }
}
