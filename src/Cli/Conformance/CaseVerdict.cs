using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Cli.Conformance;

/// <summary>
/// How GraphSpec's front end (parse, resolve, read and bind the cfg) fared on one conformance case,
/// compared with TLC. <see cref="Reason"/> explains a disagreement.
/// </summary>
internal sealed record CaseVerdict(string CaseName, string ExpectedOutcome, string FrontEndResult, bool Agrees, string? Reason)
{
    /// <summary>
    /// Compares the diagnostics of the front end with TLC's expected result:
    /// a parse_error case must fail with a parse or semantic error (exit 150) on the line TLC's
    /// message names, if it names one; a config_error case must fail with a config error (exit 151;
    /// TLC's 255 for a cfg syntax error is answered with 151); every other case must load cleanly.
    /// For cfg errors the line is not compared: TLC names the line where its cfg parser gave up
    /// (line 3 in case 071), not the line of the cause ('-3' on line 2).
    /// </summary>
    public static CaseVerdict Judge(string caseName, ExpectedResult expected, IReadOnlyList<Diagnostic> diagnostics)
    {
        var first = diagnostics.Count > 0 ? diagnostics[0] : null;
        var exit = DiagnosticExitCodes.For(diagnostics);
        var result = first is null ? "loaded" : $"{OutcomeOf(first.Kind)} (exit {exit}) at line {first.Span.StartLine}";
        string? reason = expected.Outcome switch
        {
            ExpectedResult.ParseError when first is null => "expected a parse or semantic error, found none",
            ExpectedResult.ParseError when exit != ExitCodes.ParseError => $"expected exit {ExitCodes.ParseError}, got {exit}: {first}",
            ExpectedResult.ParseError when expected.MessageLine is { } line && line != first.Span.StartLine =>
                $"TLC reports line {line}, GraphSpec line {first.Span.StartLine}: {first}",
            ExpectedResult.ConfigError when first is null => "expected a config error, found none",
            ExpectedResult.ConfigError when exit != ExitCodes.ConfigError => $"expected exit {ExitCodes.ConfigError}, got {exit}: {first}",
            ExpectedResult.ParseError or ExpectedResult.ConfigError => null,
            _ when first is not null => $"expected the front end to succeed: {first}",
            _ => null,
        };
        return new CaseVerdict(caseName, expected.Outcome, result, reason is null, reason);
    }

    private static string OutcomeOf(DiagnosticKind kind) => kind switch
    {
        DiagnosticKind.Parse or DiagnosticKind.Semantic => ExpectedResult.ParseError,
        DiagnosticKind.Config => ExpectedResult.ConfigError,
        _ => "eval_error",
    };
}
