using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Validation;

/// <summary>
/// One false part of a formula: its source text and position, and a note (the values of both sides
/// of a false equality, which branch of an IF was taken, an evaluation error).
/// <see cref="FailureExplanation"/> lists them outermost first: the conjunct of the action, then the
/// conjunct of the operator it calls that is false, and so on down to a leaf.
/// </summary>
public sealed record FalseConjunct(string Text, SourceSpan Span, string? Note = null)
{
    public override string ToString() =>
        $"{(Span.IsNone ? "" : $"{Path.GetFileName(Span.File)}:{Span.StartLine}:{Span.StartColumn}: ")}{Text}{(Note is null ? "" : $"  ({Note})")}";
}
