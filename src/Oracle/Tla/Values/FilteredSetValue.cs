using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// <c>{x \in S : P}</c> over an infinite S: membership tests S and then the predicate. Filters
/// over finite sets are computed eagerly by <see cref="SetOperations.Filter"/> instead.
/// </summary>
public sealed class FilteredSetValue : InfiniteSetValue
{
    private readonly Func<Value, bool> _predicate;
    private readonly string _description;

    internal FilteredSetValue(SetValue source, Func<Value, bool> predicate, string? description)
    {
        Source = source;
        _predicate = predicate;
        _description = description ?? "{x \\in " + source + " : ...}";
    }

    public SetValue Source { get; }

    public override bool IsEmpty => throw NotEnumerable();

    public override bool Contains(Value element) => Source.Contains(element) && _predicate(element);

    internal override void Print(StringBuilder builder) => builder.Append(_description);
}
