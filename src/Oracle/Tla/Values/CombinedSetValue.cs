using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>How a <see cref="CombinedSetValue"/> combines its operands.</summary>
public enum SetCombination
{
    Union,
    Intersection,
    Difference,
}

/// <summary>
/// A union, intersection or difference that cannot be enumerated because an operand is infinite
/// (for example <c>Nat \ {0}</c>); it answers membership from its operands. Finite combinations are
/// computed eagerly by <see cref="SetOperations"/> instead.
/// </summary>
public sealed class CombinedSetValue : InfiniteSetValue
{
    internal CombinedSetValue(SetCombination combination, SetValue left, SetValue right)
    {
        Combination = combination;
        Left = left;
        Right = right;
    }

    public SetCombination Combination { get; }

    public SetValue Left { get; }

    public SetValue Right { get; }

    public override bool IsEmpty => Combination == SetCombination.Union
        ? Left.IsEmpty && Right.IsEmpty
        : throw NotEnumerable();

    public override bool Contains(Value element) => Combination switch
    {
        SetCombination.Union => Left.Contains(element) || Right.Contains(element),
        SetCombination.Intersection => Left.Contains(element) && Right.Contains(element),
        _ => Left.Contains(element) && !Right.Contains(element),
    };

    internal override void Print(StringBuilder builder)
    {
        ValuePrinter.Print(Left, builder);
        builder.Append(Combination switch
        {
            SetCombination.Union => " \\cup ",
            SetCombination.Intersection => " \\cap ",
            _ => " \\ ",
        });
        ValuePrinter.Print(Right, builder);
    }
}
