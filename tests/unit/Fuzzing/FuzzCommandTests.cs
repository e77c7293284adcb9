using GraphSpec.UnitTests.Cli;
using Xunit;

namespace GraphSpec.UnitTests.Fuzzing;

/// <summary>
/// <c>graphspec fuzz</c> and <c>graphspec replay</c> end to end: a campaign on the unmutated
/// implementation passes; a campaign with a mutant stops at a failure, shrinks it, stores it, and
/// the replay prints the stored report again byte for byte with the same exit code.
/// </summary>
public sealed class FuzzCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "graphspec-fuzz-" + Guid.NewGuid().ToString("N"));
    private static readonly string Spec = Path.Combine(TestPaths.RepositoryRoot, "spec", "tla", "BlockLayer.tla");

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_campaign_on_the_unmutated_implementation_passes()
    {
        var result = CliResult.Run("fuzz", "--cases", "60", "--seed", "3", "--out", folder, "--spec", Spec);
        Assert.Equal(0, result.Exit);
        Assert.Contains("60 cases in", result.Out, StringComparison.Ordinal);
        Assert.Contains("no failure", result.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_mutant_campaign_stores_a_shrunk_failure_that_replays_byte_for_byte()
    {
        var result = CliResult.Run("fuzz", "--mutant", "B8", "--cases", "50", "--seed", "1", "--out", folder, "--spec", Spec);
        Assert.Equal(12, result.Exit);
        Assert.Contains("failure: invariant AioWaitDepthOne (exit 12)", result.Out, StringComparison.Ordinal);
        var failure = Path.Combine(folder, "failure");
        var report = File.ReadAllText(Path.Combine(failure, "report.txt"));
        Assert.True(File.Exists(Path.Combine(failure, "trace.jsonl")));

        var replay = CliResult.Run("replay", Path.Combine(failure, "scenario.json"), "--spec", Spec);
        Assert.Equal(12, replay.Exit);
        Assert.Equal(report, replay.Out);
        Assert.EndsWith($"replay: graphspec replay {Path.Combine(failure, "scenario.json")}\n", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_mutant_options_join_and_bad_options_are_usage_errors()
    {
        var h4 = CliResult.Run("fuzz", "--mutant", "H2", "--mutant", "H4", "--cases", "100", "--seed", "1", "--out", folder, "--no-shrink", "--spec", Spec);
        Assert.Contains("mutants H2 H4", h4.Out, StringComparison.Ordinal);
        Assert.Equal(2, CliResult.Run("fuzz", "--mutant", "B5").Exit);
        Assert.Equal(2, CliResult.Run("fuzz", "--protocol", "mutex").Exit);
        Assert.Equal(2, CliResult.Run("fuzz", "--time", "soon").Exit);
        Assert.Equal(2, CliResult.Run("replay", Path.Combine(folder, "missing.json")).Exit);
    }
}
