using System.Numerics;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// The set operators: <c>\cup \cap \ \subseteq UNION Cardinality IsFiniteSet</c>, filters and maps.
/// Finite operands are combined eagerly by merging their normal forms; an operation that needs to
/// enumerate an infinite operand gives a membership-only <see cref="CombinedSetValue"/>.
/// </summary>
public static class SetOperations
{
    /// <summary>
    /// <c>element \in set</c> where the right operand may be any value: a non-set is TLC's error
    /// (for example <c>Attempted to check if the value: 1 is an element of the integer 2</c>).
    /// </summary>
    public static bool Member(Value element, Value set)
    {
        if (set is SetValue s)
        {
            return s.Contains(element);
        }
        if (set is FunctionValue { IsSequence: true })
        {
            throw new EvaluationException("Attempted to check set membership in a tuple value.");
        }
        string what = set switch
        {
            IntValue => "the integer ",
            StringValue => "the string ",
            BoolValue => "the boolean ",
            ModelValue => "the model value ",
            FunctionValue { IsRecord: true } => "the record ",
            _ => "the function ",
        };
        throw new EvaluationException("Attempted to check if the value:\n" + ValuePrinter.ForMessage(element) + "\nis an element of " + what + ValuePrinter.ForMessage(set));
    }

    /// <summary>
    /// The value as a set, or an evaluation error naming the operator and argument position, such as
    /// <c>The first argument of \cup should be a set, but instead it is: 1</c>.
    /// </summary>
    public static SetValue ExpectSet(Value value, int argumentPosition, string operatorName)
    {
        if (value is SetValue set)
        {
            return set;
        }
        string position = argumentPosition switch
        {
            1 => "first",
            2 => "second",
            _ => "third",
        };
        throw new EvaluationException(
            "The " + position + " argument of " + operatorName + " should be a set, but instead it is:\n" + ValuePrinter.ForMessage(value));
    }

    /// <summary><c>a \cup b</c>.</summary>
    public static SetValue Union(SetValue a, SetValue b)
    {
        if (a.IsFinite && a.IsEmpty)
        {
            return b;
        }
        if (b.IsFinite && b.IsEmpty)
        {
            // TLC keeps the left operand only when it is already enumerated: 1..3 \cup {} is {1, 2, 3}.
            return a.IsFinite ? a.ToFiniteSet() : a;
        }
        if (!a.IsFinite || !b.IsFinite)
        {
            return new CombinedSetValue(SetCombination.Union, a, b);
        }
        return Merge(a.ToFiniteSet(), b.ToFiniteSet(), keepLeftOnly: true, keepRightOnly: true, keepBoth: true);
    }

    /// <summary><c>a \cap b</c>.</summary>
    public static SetValue Intersect(SetValue a, SetValue b)
    {
        if (a is FiniteSetValue x && b is FiniteSetValue y)
        {
            return Merge(x, y, keepLeftOnly: false, keepRightOnly: false, keepBoth: true);
        }
        if (a.IsFinite)
        {
            return Filter(a.ToFiniteSet(), b.Contains);
        }
        if (b.IsFinite)
        {
            return Filter(b.ToFiniteSet(), a.Contains);
        }
        return new CombinedSetValue(SetCombination.Intersection, a, b);
    }

    /// <summary><c>a \ b</c>.</summary>
    public static SetValue Difference(SetValue a, SetValue b)
    {
        if (a is FiniteSetValue x && b is FiniteSetValue y)
        {
            return Merge(x, y, keepLeftOnly: true, keepRightOnly: false, keepBoth: false);
        }
        if (a.IsFinite)
        {
            return Filter(a.ToFiniteSet(), element => !b.Contains(element));
        }
        return new CombinedSetValue(SetCombination.Difference, a, b);
    }

    /// <summary><c>a \subseteq b</c>.</summary>
    public static bool IsSubsetEq(SetValue a, SetValue b)
    {
        if (a is IntervalValue ia && b is IntervalValue ib)
        {
            return ia.IsEmpty || (ib.Low <= ia.Low && ia.High <= ib.High);
        }
        if (TryGetBounds(a, out BigInteger low, out BigInteger high))
        {
            // Integer intervals against integer sets: decided by the bounds, without enumerating.
            if (low > high)
            {
                return true;
            }
            switch (b)
            {
                case IntegersSetValue:
                    return true;
                case NaturalsSetValue:
                    return low.Sign >= 0;
                case var _ when TryGetBounds(b, out BigInteger lowB, out BigInteger highB):
                    return lowB <= low && high <= highB;
            }
        }
        if (!a.IsFinite)
        {
            if (a.Equals(b) || (a is NaturalsSetValue && b is IntegersSetValue))
            {
                return true;
            }
            throw new EvaluationException("Attempted to enumerate the set:\n" + ValuePrinter.ForMessage(a) + "\nwhich is not a finite set.");
        }
        if (a is FiniteSetValue x && b is FiniteSetValue y)
        {
            if (x.Count > y.Count)
            {
                return false;
            }
        }
        foreach (Value element in a.Enumerate())
        {
            if (!b.Contains(element))
            {
                return false;
            }
        }
        return true;
    }

    private static bool TryGetBounds(SetValue set, out BigInteger low, out BigInteger high)
    {
        switch (set)
        {
            case IntervalValue interval:
                low = interval.Low;
                high = interval.High;
                return true;
            case BigIntervalValue big:
                low = big.Low;
                high = big.High;
                return true;
            default:
                low = high = BigInteger.Zero;
                return false;
        }
    }

    /// <summary><c>UNION s</c>: the union of a finite set of sets.</summary>
    public static SetValue BigUnion(SetValue setOfSets)
    {
        var builder = new SetBuilder();
        SetValue? infinitePart = null;
        foreach (Value member in setOfSets.Enumerate())
        {
            if (member is not SetValue set)
            {
                throw new EvaluationException(
                    "Attempted to apply UNION to a set containing the non-set value:\n" + ValuePrinter.ForMessage(member));
            }
            if (!set.IsFinite)
            {
                infinitePart = infinitePart is null ? set : Union(infinitePart, set);
                continue;
            }
            foreach (Value element in set.Enumerate())
            {
                builder.Add(element);
            }
        }
        FiniteSetValue finitePart = builder.ToSet();
        return infinitePart is null ? finitePart : Union(infinitePart, finitePart);
    }

    /// <summary>
    /// <c>CHOOSE x \in set : predicate(x)</c>: the first element in TLC's normal order that satisfies
    /// the predicate; TLC's error when none does.
    /// </summary>
    public static Value Choose(SetValue set, Func<Value, bool> predicate)
    {
        foreach (Value element in set.Enumerate())
        {
            if (predicate(element))
            {
                return element;
            }
        }
        throw new EvaluationException(
            "Attempted to compute the value of an expression of form\nCHOOSE x \\in S: P, but no element of S satisfied P.");
    }

    /// <summary><c>Cardinality(s)</c>.</summary>
    public static IntValue Cardinality(SetValue set) => IntValue.Of(set.Cardinality());

    /// <summary><c>IsFiniteSet(s)</c>.</summary>
    public static bool IsFiniteSet(SetValue set) => set.IsFinite;

    /// <summary>
    /// <c>{x \in source : predicate(x)}</c>: enumerated for a finite source, membership-only
    /// (<see cref="FilteredSetValue"/>) for an infinite one. <paramref name="description"/> is how
    /// the lazy form prints (TLC prints the set-builder expression).
    /// </summary>
    public static SetValue Filter(SetValue source, Func<Value, bool> predicate, string? description = null)
    {
        if (!source.IsFinite)
        {
            return new FilteredSetValue(source, predicate, description);
        }
        FiniteSetValue normal = source.ToFiniteSet();
        var kept = new Value[normal.Count];
        int count = 0;
        foreach (Value element in normal.Items)
        {
            if (predicate(element))
            {
                kept[count++] = element;
            }
        }
        if (count == normal.Count)
        {
            return normal;
        }
        Array.Resize(ref kept, count);
        return FiniteSetValue.FromSortedUnique(kept, checkOrder: false);
    }

    /// <summary><c>{map(x) : x \in source}</c> for a finite source.</summary>
    public static FiniteSetValue Map(SetValue source, Func<Value, Value> map)
    {
        var builder = new SetBuilder(source is FiniteSetValue f ? f.Count : 8);
        foreach (Value element in source.Enumerate())
        {
            builder.Add(map(element));
        }
        return builder.ToSet();
    }

    /// <summary>Linear merge of two normal forms, keeping the chosen parts.</summary>
    private static FiniteSetValue Merge(
        FiniteSetValue x, FiniteSetValue y, bool keepLeftOnly, bool keepRightOnly, bool keepBoth)
    {
        ReadOnlySpan<Value> left = x.Items;
        ReadOnlySpan<Value> right = y.Items;
        var result = new Value[(keepLeftOnly ? left.Length : 0) + (keepRightOnly ? right.Length : 0)
                               + (keepBoth && !keepLeftOnly ? Math.Min(left.Length, right.Length) : 0)];
        int i = 0;
        int j = 0;
        int count = 0;
        while (i < left.Length && j < right.Length)
        {
            int cmp = ValueOrder.Compare(left[i], right[j]);
            if (cmp < 0)
            {
                if (keepLeftOnly)
                {
                    result[count++] = left[i];
                }
                i++;
            }
            else if (cmp > 0)
            {
                if (keepRightOnly)
                {
                    result[count++] = right[j];
                }
                j++;
            }
            else
            {
                if (keepBoth)
                {
                    result[count++] = left[i];
                }
                i++;
                j++;
            }
        }
        if (keepLeftOnly)
        {
            while (i < left.Length)
            {
                result[count++] = left[i++];
            }
        }
        if (keepRightOnly)
        {
            while (j < right.Length)
            {
                result[count++] = right[j++];
            }
        }
        // A result as large as an operand it is a subset or superset of is that operand: reuse it.
        if (count == left.Length)
        {
            return x;
        }
        if (count == right.Length && keepBoth && (keepRightOnly || !keepLeftOnly))
        {
            return y;
        }
        Array.Resize(ref result, count);
        return FiniteSetValue.FromSortedUnique(result, checkOrder: false);
    }
}
