namespace GraphSpec.Oracle.Tla.Syntax;

/// <summary>Which stage found a problem; it decides the outcome and the exit code.</summary>
public enum DiagnosticKind
{
    /// <summary>Lexical or grammatical error (TLC: SANY parse error, exit 150).</summary>
    Parse,
    /// <summary>Name resolution, arity, duplicate definitions, misplaced primes (exit 150).</summary>
    Semantic,
    /// <summary>A problem in a .cfg file (exit 151).</summary>
    Config,
    /// <summary>A problem found while evaluating (exit 75).</summary>
    Evaluation,
}

/// <summary>One problem with its position. Printed as <c>file:line:col: message</c>.</summary>
public sealed record Diagnostic(DiagnosticKind Kind, string Message, SourceSpan Span)
{
    public override string ToString() =>
        Span.IsNone ? Message : $"{Span.ToLocationString()}: {Message}";
}
