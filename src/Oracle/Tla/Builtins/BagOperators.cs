using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// The Bags module. A bag is a function from its elements to their (positive) numbers of copies.
/// Element order is the functions' domain order, so merging two bags is a linear merge.
/// </summary>
internal static class BagOperators
{
    // SubBag enumerates every sub-bag; beyond this many the model is not checkable anyway.
    private const int MaxSubBags = 1 << 20;

    public static Value IsABag(ReadOnlySpan<Value> a, BuiltinContext _)
    {
        FunctionValue bag = Function(a[0], 1, "IsABag");
        foreach (Value copies in bag.Values)
        {
            if (copies is not IntValue count || count.Sign <= 0)
            {
                return BoolValue.False;
            }
        }
        return BoolValue.True;
    }

    public static Value BagToSet(ReadOnlySpan<Value> a, BuiltinContext _) => Function(a[0], 1, "BagToSet").Domain();

    public static Value SetToBag(ReadOnlySpan<Value> a, BuiltinContext _)
    {
        if (a[0] is not SetValue { IsFinite: true } set)
        {
            throw TlcMessages.NotA("SetToBag", "a finite set", a[0]);
        }
        FiniteSetValue elements = set.ToFiniteSet();
        var ones = new Value[elements.Count];
        Array.Fill(ones, IntValue.One);
        return FunctionValue.OverDomain(elements, ones);
    }

    public static Value BagIn(ReadOnlySpan<Value> a, BuiltinContext _) =>
        BoolValue.Of(Function(a[1], 2, "BagIn").Domain().Contains(a[0]));

    public static Value CopiesIn(ReadOnlySpan<Value> a, BuiltinContext _)
    {
        FunctionValue bag = Function(a[1], 2, "CopiesIn");
        return bag.Domain().Contains(a[0]) ? bag.Apply(a[0]) : IntValue.Zero;
    }

    /// <summary><c>B1 (+) B2</c>: the copies of both.</summary>
    public static Value Sum(ReadOnlySpan<Value> a, BuiltinContext _) =>
        Merge(Function(a[0], 1, "(+)"), Function(a[1], 2, "(+)"), subtract: false);

    /// <summary><c>B1 (-) B2</c>: the copies of B1 less those of B2, dropping elements left with none.</summary>
    public static Value Difference(ReadOnlySpan<Value> a, BuiltinContext _) =>
        Merge(Function(a[0], 1, "(-)"), Function(a[1], 2, "(-)"), subtract: true);

    /// <summary><c>BagUnion(S)</c>: the sum of the bags in the finite set S.</summary>
    public static Value BagUnion(ReadOnlySpan<Value> a, BuiltinContext _)
    {
        if (a[0] is not SetValue { IsFinite: true } bags)
        {
            throw TlcMessages.NotA("BagUnion", "a finite set", a[0]);
        }
        FunctionValue total = FunctionValue.EmptySequence;
        foreach (Value bag in bags.Enumerate())
        {
            total = Merge(total, bag as FunctionValue ?? throw new EvaluationException(
                "Attempted to apply BagUnion to the following set, whose\nelement is not a bag:\n" + a[0]), subtract: false);
        }
        return total;
    }

    /// <summary><c>B1 \sqsubseteq B2</c>: every element has at least as many copies in B2.</summary>
    public static Value SubBagEq(ReadOnlySpan<Value> a, BuiltinContext _)
    {
        FunctionValue left = Function(a[0], 1, "\\sqsubseteq");
        FunctionValue right = Function(a[1], 2, "\\sqsubseteq");
        for (int i = 0; i < left.Count; i++)
        {
            if (!right.TryApply(left.KeyAt(i), out Value copies)
                || Count(copies, "\\sqsubseteq").CompareNumerically(Count(left.ValueAt(i), "\\sqsubseteq")) < 0)
            {
                return BoolValue.False;
            }
        }
        return BoolValue.True;
    }

    /// <summary><c>BagCardinality(B)</c>: the total number of copies.</summary>
    public static Value BagCardinality(ReadOnlySpan<Value> a, BuiltinContext _)
    {
        IntValue total = IntValue.Zero;
        foreach (Value copies in Function(a[0], 1, "BagCardinality").Values)
        {
            total = IntArithmetic.Add(total, Count(copies, "BagCardinality"));
        }
        return total;
    }

    /// <summary><c>SubBag(B)</c>: every bag with at most B's copies of each element.</summary>
    public static Value SubBag(ReadOnlySpan<Value> a, BuiltinContext _)
    {
        FunctionValue bag = Function(a[0], 1, "SubBag");
        int n = bag.Count;
        var limits = new int[n];
        long total = 1;
        for (int i = 0; i < n; i++)
        {
            IntValue copies = Count(bag.ValueAt(i), "SubBag");
            if (!copies.TryGetInt32(out limits[i]) || (total *= limits[i] + 1L) > MaxSubBags)
            {
                throw new EvaluationException("Attempted to compute SubBag of a bag with too many sub-bags:\n" + bag);
            }
        }
        var subBags = new Value[total];
        var chosen = new int[n];
        for (long produced = 0; produced < total; produced++)
        {
            var keys = new List<Value>(n);
            var values = new List<Value>(n);
            for (int i = 0; i < n; i++)
            {
                if (chosen[i] > 0)
                {
                    keys.Add(bag.KeyAt(i));
                    values.Add(IntValue.Of(chosen[i]));
                }
            }
            subBags[produced] = FunctionValue.FromPairs(keys.ToArray(), values.ToArray());
            for (int i = 0; i < n && ++chosen[i] > limits[i]; i++)
            {
                chosen[i] = 0;
            }
        }
        return FiniteSetValue.FromUnsorted(subBags);
    }

    /// <summary><c>BagOfAll(F, B)</c>: one copy of F(e) for every copy of e in B.</summary>
    public static Value BagOfAll(ReadOnlySpan<Value> values, ReadOnlySpan<OperatorArgument> operators, BuiltinContext _)
    {
        FunctionValue bag = Function(values[0], 2, "BagOfAll");
        OperatorArgument f = operators[0];
        var counts = new Dictionary<Value, IntValue>();
        var order = new List<Value>();
        for (int i = 0; i < bag.Count; i++)
        {
            Value image = f.Apply([bag.KeyAt(i)]);
            IntValue copies = Count(bag.ValueAt(i), "BagOfAll");
            if (counts.TryGetValue(image, out IntValue? existing))
            {
                counts[image] = IntArithmetic.Add(existing, copies);
            }
            else
            {
                counts[image] = copies;
                order.Add(image);
            }
        }
        var images = order.ToArray();
        var totals = new Value[images.Length];
        for (int i = 0; i < images.Length; i++)
        {
            totals[i] = counts[images[i]];
        }
        return FunctionValue.FromPairs(images, totals);
    }

    private static FunctionValue Merge(FunctionValue left, FunctionValue right, bool subtract)
    {
        var keys = new List<Value>(left.Count + right.Count);
        var values = new List<Value>(left.Count + right.Count);
        int i = 0, j = 0;
        string name = subtract ? "(-)" : "(+)";
        while (i < left.Count || j < right.Count)
        {
            int cmp = i == left.Count ? 1 : j == right.Count ? -1 : ValueOrder.Compare(left.KeyAt(i), right.KeyAt(j));
            IntValue copies;
            Value key;
            if (cmp < 0)
            {
                key = left.KeyAt(i);
                copies = Count(left.ValueAt(i++), name);
            }
            else if (cmp > 0)
            {
                key = right.KeyAt(j);
                copies = Count(right.ValueAt(j++), name);
                if (subtract)
                {
                    continue;
                }
            }
            else
            {
                key = left.KeyAt(i);
                IntValue l = Count(left.ValueAt(i++), name);
                IntValue r = Count(right.ValueAt(j++), name);
                copies = subtract ? IntArithmetic.Subtract(l, r) : IntArithmetic.Add(l, r);
            }
            if (copies.Sign > 0)
            {
                keys.Add(key);
                values.Add(copies);
            }
        }
        return FunctionValue.FromPairs(keys.ToArray(), values.ToArray());
    }

    private static FunctionValue Function(Value value, int position, string operatorName) =>
        value as FunctionValue ?? throw TlcMessages.ArgumentError(position, operatorName, "bag", value);

    private static IntValue Count(Value copies, string operatorName) =>
        copies as IntValue ?? throw new EvaluationException(
            "Applying " + operatorName + " to a function that is not a bag: it maps an element to\n" + copies);
}
