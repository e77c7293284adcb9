using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary><c>STRING</c>, the set of all strings: membership only.</summary>
public sealed class StringsSetValue : InfiniteSetValue
{
    public static readonly StringsSetValue Instance = new();

    private StringsSetValue()
    {
    }

    public override bool Contains(Value element) => element is StringValue;

    internal override void Print(StringBuilder builder) => builder.Append("STRING");
}
