using GraphSpec.Oracle.Checking;

namespace GraphSpec.Cli.Conformance;

/// <summary>
/// Compares a full model-checking run with TLC's result for the same case, the way the conformance
/// README says results are compared: outcome, exit code and violated name always; distinct states,
/// states generated and depth for <c>ok</c> cases; the counterexample's length for safety
/// violations (TLC's lasso for a temporal property is not always the shortest one, and its counts
/// at a violation depend on search order, so neither is compared).
/// </summary>
internal static class CheckVerdict
{
    public static CaseVerdict Judge(string caseName, ExpectedResult expected, CheckResult result)
    {
        var outcome = result.Outcome.Name();
        var summary = Summarize(result);
        string? reason =
            outcome != expected.Outcome ? $"TLC: {expected.Outcome}, GraphSpec: {outcome} ({result.Message})"
            : !ExitCodesAgree(expected, result.ExitCode) ? $"TLC exits {expected.TlcExit}, GraphSpec {result.ExitCode}"
            : expected.Violated != result.ViolatedName ? $"TLC: {expected.Violated} violated, GraphSpec: {result.ViolatedName}"
            : expected.Outcome == "ok" && !CountsAgree(expected, result.Statistics) ? CountsReason(expected, result.Statistics)
            : expected.TraceLength is { } length && !expected.HasLasso && length != result.Trace.Length
                ? $"TLC's counterexample has {length} states, GraphSpec's {result.Trace.Length}"
            : null;
        return new CaseVerdict(caseName, expected.Outcome, summary, reason is null, reason);
    }

    private static string Summarize(CheckResult result)
    {
        var outcome = result.Outcome.Name();
        var stats = result.Statistics;
        return result.Outcome switch
        {
            CheckOutcome.Ok => $"ok: {stats.Distinct} distinct, {stats.Generated} generated, depth {stats.Depth}",
            CheckOutcome.ParseError or CheckOutcome.ConfigError => $"{outcome} (exit {result.ExitCode})",
            _ when result.ViolatedName is { } name => $"{outcome} {name}, trace {result.Trace.Length}",
            _ => $"{outcome} (exit {result.ExitCode}), trace {result.Trace.Length}",
        };
    }

    // TLC exits 255 on a cfg syntax error (case 071); GraphSpec answers every config error with 151.
    private static bool ExitCodesAgree(ExpectedResult expected, int exit) =>
        exit == expected.TlcExit || (expected.Outcome == ExpectedResult.ConfigError && exit == ExitCodes.ConfigError);

    private static bool CountsAgree(ExpectedResult expected, CheckStatistics stats) =>
        expected.Distinct == stats.Distinct && expected.Generated == stats.Generated && expected.Depth == stats.Depth;

    private static string CountsReason(ExpectedResult expected, CheckStatistics stats) =>
        $"TLC: {expected.Distinct} distinct, {expected.Generated} generated, depth {expected.Depth}; " +
        $"GraphSpec: {stats.Distinct}, {stats.Generated}, {stats.Depth}";
}
