using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>
/// The action that produced a state, as TLC prints it in a trace: <c>&lt;Name(args) line …&gt;</c>.
/// Equality compares the arguments element-wise, so equal labels can be shared between edges.
/// </summary>
public sealed record ActionLabel(string Name, ImmutableArray<Value> Arguments, SourceSpan Span)
{
    /// <summary>The label TLC gives initial states.</summary>
    public static readonly ActionLabel InitialPredicate = new("Initial predicate", [], SourceSpan.None);

    /// <summary>The label of a state the evaluator produced (call inside the sink callback).</summary>
    public static ActionLabel FromActionInfo(in ActionInfo action) =>
        action.Definition is null ? InitialPredicate : new ActionLabel(action.Name, action.GetArguments(), action.Span);

    public bool Equals(ActionLabel? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Name != other.Name || Span != other.Span || Arguments.Length != other.Arguments.Length)
        {
            return false;
        }

        for (var i = 0; i < Arguments.Length; i++)
        {
            if (!Arguments[i].Equals(other.Arguments[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = HashCode.Combine(Name, Span);
        foreach (var argument in Arguments)
        {
            hash = HashCode.Combine(hash, argument.GetHashCode());
        }

        return hash;
    }

    public override string ToString() => Arguments.IsEmpty ? Name : $"{Name}({string.Join(", ", Arguments)})";
}
