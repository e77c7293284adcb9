using System.Numerics;
using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// <c>SUBSET S</c>. Membership and cardinality need no enumeration. Enumeration yields the subsets
/// in normal order: by size, then lexicographically over S's normal order. TLC prints it
/// enumerated when S has fewer than 7 elements, and as <c>SUBSET S</c> otherwise.
/// </summary>
public sealed class PowerSetValue : LazySetValue
{
    private const int PrintEnumeratedBelow = 7;

    private PowerSetValue(SetValue baseSet)
    {
        BaseSet = baseSet;
    }

    public SetValue BaseSet { get; }

    public static PowerSetValue Of(SetValue baseSet) => new(baseSet);

    public override bool IsFinite => BaseSet.IsFinite;

    public override bool IsEmpty => false;

    public override BigInteger Cardinality() => BigInteger.Pow(2, BaseSet.CountForEnumeration());

    public override bool Contains(Value element)
    {
        if (element is SetValue subset)
        {
            foreach (Value item in subset.Enumerate())
            {
                if (!BaseSet.Contains(item))
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
            "Attempted to check if the non-enumerable value\n" + ValuePrinter.ForMessage(element) + "\nis element of\n" + ValuePrinter.ForMessage(this));
    }

    private protected override IEnumerable<Value> EnumerateFresh()
    {
        if (!BaseSet.IsFinite)
        {
            throw NotEnumerable();
        }
        FiniteSetValue normal = BaseSet.ToFiniteSet();
        int n = normal.Count;
        if (n > 30)
        {
            throw new EvaluationException("Overflow when computing the number of elements in:\n" + ValuePrinter.ForMessage(this));
        }
        var indexes = new int[n];
        for (int size = 0; size <= n; size++)
        {
            // Combinations of `size` indexes in lexicographic order.
            for (int i = 0; i < size; i++)
            {
                indexes[i] = i;
            }
            while (true)
            {
                var items = new Value[size];
                for (int i = 0; i < size; i++)
                {
                    items[i] = normal[indexes[i]];
                }
                yield return FiniteSetValue.FromSortedUnique(items, checkOrder: false);
                int position = size - 1;
                while (position >= 0 && indexes[position] == n - size + position)
                {
                    position--;
                }
                if (position < 0)
                {
                    break;
                }
                indexes[position]++;
                for (int i = position + 1; i < size; i++)
                {
                    indexes[i] = indexes[i - 1] + 1;
                }
            }
        }
    }

    internal override bool PrintsEnumerated() => BaseSet.IsFinite && BaseSet.Cardinality() < PrintEnumeratedBelow;

    internal override void PrintSymbolic(StringBuilder builder)
    {
        builder.Append("SUBSET ");
        // SUBSET binds tighter than .., so an interval needs parentheses to print back correctly.
        bool parenthesize = BaseSet is IntervalValue { IsEmpty: false };
        if (parenthesize)
        {
            builder.Append('(');
        }
        ValuePrinter.Print(BaseSet, builder);
        if (parenthesize)
        {
            builder.Append(')');
        }
    }
}
