using System.Text;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// TLC's <c>Any</c>: a set of which every value is a member (<c>v \in Any</c> is TLC's only use
/// for it). It cannot be enumerated or counted.
/// </summary>
public sealed class AnySetValue : InfiniteSetValue
{
    public static readonly AnySetValue Instance = new();

    private AnySetValue()
    {
    }

    public override bool Contains(Value element) => true;

    internal override void Print(StringBuilder builder) => builder.Append("Any");
}
