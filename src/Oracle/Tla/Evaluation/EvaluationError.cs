using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>Which exit an evaluation failure leads to.</summary>
public enum EvaluationErrorKind
{
    /// <summary>An ordinary run-time error (TLC exit 75).</summary>
    Evaluation,
    /// <summary><c>Assert(FALSE, …)</c> (TLC exit 14).</summary>
    AssertFailed,
}

/// <summary>
/// An evaluation failure: TLC-like message and the span of the innermost expression that failed.
/// </summary>
public sealed record EvaluationError(EvaluationErrorKind Kind, string Message, SourceSpan Span)
{
    public Diagnostic ToDiagnostic() => new(DiagnosticKind.Evaluation, Message, Span);

    public override string ToString() => ToDiagnostic().ToString();
}

/// <summary>
/// Thrown inside the evaluator and caught at every public entry point, which turns it into an
/// <see cref="EvaluationError"/>. Carries the span of the innermost failing expression.
/// </summary>
internal sealed class TlaEvaluationException(EvaluationErrorKind kind, string message, SourceSpan span) : Exception(message)
{
    public EvaluationErrorKind Kind { get; } = kind;
    public SourceSpan Span { get; } = span;

    public EvaluationError ToError() => new(Kind, Message, Span);
}
