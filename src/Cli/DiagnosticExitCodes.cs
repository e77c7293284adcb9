using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Cli;

/// <summary>Maps the stage that found a problem to TLC's exit code.</summary>
internal static class DiagnosticExitCodes
{
    public static int For(DiagnosticKind kind) => kind switch
    {
        DiagnosticKind.Parse or DiagnosticKind.Semantic => ExitCodes.ParseError,
        DiagnosticKind.Config => ExitCodes.ConfigError,
        _ => ExitCodes.EvaluationError,
    };

    /// <summary>The exit code for a list of diagnostics: decided by the first one, <see cref="ExitCodes.Ok"/> when empty.</summary>
    public static int For(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Count == 0 ? ExitCodes.Ok : For(diagnostics[0].Kind);
}
