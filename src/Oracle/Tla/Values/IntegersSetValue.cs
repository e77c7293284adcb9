using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary><c>Int</c>: membership only.</summary>
public sealed class IntegersSetValue : InfiniteSetValue
{
    public static readonly IntegersSetValue Instance = new();

    private IntegersSetValue()
    {
    }

    public override bool Contains(Value element) => element switch
    {
        IntValue => true,
        ModelValue { IsTyped: false } => false,
        _ => throw NotAnElementCandidate(element),
    };

    internal override void Print(StringBuilder builder) => builder.Append("Int");
}
