using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// <c>Seq(S)</c>, the finite sequences over S: membership only. Testing the elements uses S's
/// membership, so TLC's comparability errors surface (an integer tested against strings).
/// </summary>
public sealed class SequenceSetValue : InfiniteSetValue
{
    private SequenceSetValue(SetValue elementSet)
    {
        ElementSet = elementSet;
    }

    public SetValue ElementSet { get; }

    public static SequenceSetValue Of(SetValue elementSet) => new(elementSet);

    public override bool Contains(Value element)
    {
        if (FunctionValue.AsFunction(element) is not { IsSequence: true } sequence)
        {
            return false;
        }
        foreach (Value item in sequence.Values)
        {
            if (!ElementSet.Contains(item))
            {
                return false;
            }
        }
        return true;
    }

    internal override void Print(StringBuilder builder)
    {
        builder.Append("Seq(");
        ValuePrinter.Print(ElementSet, builder);
        builder.Append(')');
    }
}
