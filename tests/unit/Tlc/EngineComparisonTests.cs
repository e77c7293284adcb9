using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tlc;
using GraphSpec.Oracle.Tlc.Output;
using Xunit;

namespace GraphSpec.UnitTests.Tlc;

/// <summary><c>--engine both</c>'s comparison, on the embedded checker's and TLC's recorded results of the same cases.</summary>
public class EngineComparisonTests
{
    private static CheckResult Tlc(string caseName) =>
        TlcOutputParser.Parse(TlcTranscripts.Output(caseName), TlcTranscripts.Exit(caseName), TlcTranscripts.JsonTrace(caseName)).Result!;

    private static CheckResult Embedded(string caseName) =>
        ModelChecker.CheckFiles(Path.Combine(TestPaths.CaseFolder(caseName), "Spec.tla"), Path.Combine(TestPaths.CaseFolder(caseName), "Spec.cfg"), new CheckOptions { Workers = 1 });

    public static TheoryData<string> Cases() => [.. TlcTranscripts.ConformanceCases()];

    /// <summary>The embedded checker passes every conformance case, so both engines must agree on every transcript.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Engines_agree_on_every_conformance_case(string caseName)
    {
        Assert.Empty(EngineComparison.Differences(Embedded(caseName), Tlc(caseName)));
    }

    [Fact]
    public void Different_counts_on_an_ok_run_are_reported()
    {
        var tlc = Tlc("001_counters_init_next");
        var embedded = tlc with { Statistics = tlc.Statistics with { Distinct = tlc.Statistics.Distinct + 1, Depth = tlc.Statistics.Depth - 1 } };

        var differences = EngineComparison.Differences(embedded, tlc);

        Assert.Equal(
            [$"distinct states: embedded {tlc.Statistics.Distinct + 1}, TLC {tlc.Statistics.Distinct}", $"depth: embedded {tlc.Statistics.Depth - 1}, TLC {tlc.Statistics.Depth}"],
            differences);
    }

    [Fact]
    public void Different_outcome_name_and_trace_length_are_reported()
    {
        var tlc = Tlc("050_inv_naive_mutex");
        var embedded = tlc with { Outcome = CheckOutcome.Deadlock, ViolatedName = null, Trace = tlc.Trace.RemoveAt(0) };

        var differences = EngineComparison.Differences(embedded, tlc);

        Assert.Equal(
            ["outcome: embedded deadlock, TLC invariant", "violated: embedded none, TLC MutualExclusion", "counterexample length: embedded 4, TLC 5"],
            differences);
    }

    [Fact]
    public void Counts_at_a_violation_are_not_compared()
    {
        var tlc = Tlc("050_inv_naive_mutex");
        var embedded = tlc with { Statistics = tlc.Statistics with { Generated = 1 } };
        Assert.Empty(EngineComparison.Differences(embedded, tlc));
    }
}
