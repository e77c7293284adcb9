using GraphSpec.Oracle.Checking;

namespace GraphSpec.Oracle.Tlc;

/// <summary>
/// Compares the embedded checker's result with TLC's for the same model, as <c>--engine both</c>
/// does: outcome, violated name, distinct and generated states and depth (for runs that end ok;
/// at a violation the counts depend on where each search stopped), and the counterexample's length.
/// A liveness lasso's length is not compared: TLC's lasso is not always the shortest one.
/// </summary>
public static class EngineComparison
{
    /// <summary>Each difference as <c>what: embedded X, TLC Y</c>; empty when the engines agree.</summary>
    public static IReadOnlyList<string> Differences(CheckResult embedded, CheckResult tlc)
    {
        ArgumentNullException.ThrowIfNull(embedded);
        ArgumentNullException.ThrowIfNull(tlc);
        var differences = new List<string>();
        void Compare<T>(string what, T mine, T theirs)
        {
            if (!EqualityComparer<T>.Default.Equals(mine, theirs))
            {
                differences.Add($"{what}: embedded {Show(mine)}, TLC {Show(theirs)}");
            }
        }

        Compare("outcome", embedded.Outcome.Name(), tlc.Outcome.Name());
        Compare("violated", embedded.ViolatedName, tlc.ViolatedName);
        if (embedded.Outcome == CheckOutcome.Ok && tlc.Outcome == CheckOutcome.Ok)
        {
            Compare("distinct states", embedded.Statistics.Distinct, tlc.Statistics.Distinct);
            Compare("states generated", embedded.Statistics.Generated, tlc.Statistics.Generated);
            Compare("depth", embedded.Statistics.Depth, tlc.Statistics.Depth);
        }

        if (IsLasso(embedded) || IsLasso(tlc))
        {
            Compare("counterexample end", IsLasso(embedded), IsLasso(tlc));
        }
        else
        {
            Compare("counterexample length", embedded.Trace.Length, tlc.Trace.Length);
        }

        return differences;
    }

    private static bool IsLasso(CheckResult result) => result.TraceEnd.Kind != TraceEndKind.None;

    private static string Show<T>(T value) => value switch
    {
        null => "none",
        bool b => b ? "a lasso" : "no lasso",
        _ => value.ToString() ?? "none",
    };
}
