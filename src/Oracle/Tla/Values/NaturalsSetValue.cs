using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary><c>Nat</c>: membership only.</summary>
public sealed class NaturalsSetValue : InfiniteSetValue
{
    public static readonly NaturalsSetValue Instance = new();

    private NaturalsSetValue()
    {
    }

    public override bool Contains(Value element) => element switch
    {
        IntValue integer => integer.Sign >= 0,
        ModelValue { IsTyped: false } => false,
        _ => throw NotAnElementCandidate(element),
    };

    internal override void Print(StringBuilder builder) => builder.Append("Nat");
}
