using System.Text.Json;
using Xunit;

namespace GraphSpec.UnitTests.Tlc;

/// <summary>
/// <c>graphspec check --engine tlc|both</c> end to end, with a fake java that replays TLC's recorded
/// transcripts: TLC's result is reported like the embedded checker's, <c>both</c> agrees or names
/// each difference, and failures give one message with a documented exit code.
/// </summary>
public class CheckEngineCliTests
{
    private static string Case(string name, string file) => Path.Combine(TestPaths.CaseFolder(name), file);

    private static string Transcript(string name) => Path.Combine(TlcTranscripts.ConformanceFolder, name + ".tool.out");

    private static string Trace(string name) => Path.Combine(TlcTranscripts.ConformanceFolder, name + ".trace.json");

    [Fact]
    public void Engine_tlc_reports_TLC_s_result_with_TLC_s_exit_code()
    {
        using var java = new FakeJavaInstall("--replay", Transcript("050_inv_naive_mutex"), "--trace", Trace("050_inv_naive_mutex"), "--exit", "12");

        var result = java.Run("check", Case("050_inv_naive_mutex", "Spec.tla"), "--engine", "tlc", "--workers", "1");

        Assert.Equal(12, result.Exit);
        Assert.Contains("TLC: " + java.Jar + " with java 17.0.15, 1 worker(s).", result.Out, StringComparison.Ordinal);
        Assert.Contains("Error: Invariant MutualExclusion is violated.", result.Out, StringComparison.Ordinal);
        Assert.Contains("/\\ pc = (p1 :> \"cs\" @@ p2 :> \"cs\" @@ p3 :> \"idle\")", result.Out, StringComparison.Ordinal);
        Assert.Contains("27 states generated, 18 distinct states found, 6 states left on queue.", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Engine_both_prints_both_sides_and_agrees()
    {
        using var java = new FakeJavaInstall("--replay", Transcript("050_inv_naive_mutex"), "--trace", Trace("050_inv_naive_mutex"), "--exit", "12");

        var result = java.Run("check", Case("050_inv_naive_mutex", "Spec.tla"), "--engine", "both", "--workers", "1");

        Assert.Equal(12, result.Exit);
        Assert.Contains("== embedded checker ==", result.Out, StringComparison.Ordinal);
        Assert.Contains("== TLC ==", result.Out, StringComparison.Ordinal);
        Assert.Contains("outcome           invariant        invariant", result.Out, StringComparison.Ordinal);
        Assert.Contains("counterexample    5                5", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("The engines agree.\n", result.Out.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_both_fails_on_a_difference_and_names_it()
    {
        // TLC "finds" the deadlock of another case: outcome, name and length all differ.
        using var java = new FakeJavaInstall("--replay", Transcript("046_deadlock_counter"), "--exit", "11");

        var result = java.Run("check", Case("050_inv_naive_mutex", "Spec.tla"), "--engine", "both", "--workers", "1");

        Assert.Equal(1, result.Exit);
        Assert.Contains("ENGINES DISAGREE:\n  outcome: embedded invariant, TLC deadlock\n  violated: embedded MutualExclusion, TLC none\n", result.Out.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_both_json_holds_both_results_and_the_differences()
    {
        using var java = new FakeJavaInstall("--replay", Transcript("001_counters_init_next"), "--exit", "0");

        var result = java.Run("check", Case("001_counters_init_next", "Spec.tla"), "--engine", "both", "--json", "--workers", "1");

        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetProperty("agree").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("differences").GetArrayLength());
        Assert.Equal("ok", json.RootElement.GetProperty("tlc").GetProperty("outcome").GetString());
        Assert.Equal("ok", json.RootElement.GetProperty("embedded").GetProperty("outcome").GetString());
    }

    [Fact]
    public void TLC_timeout_is_one_message_and_exit_153()
    {
        using var java = new FakeJavaInstall("--sleep", "60");

        var result = java.Run("check", Case("001_counters_init_next", "Spec.tla"), "--engine", "tlc", "--timeout", "2");

        Assert.Equal(153, result.Exit);
        Assert.Equal("graphspec: check: TLC: TLC did not finish within 2 s; it was stopped\n", result.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void TLC_garbage_is_one_message_and_exit_255()
    {
        using var java = new FakeJavaInstall("--garbage", "--exit", "1");

        var result = java.Run("check", Case("001_counters_init_next", "Spec.tla"), "--engine", "tlc");

        Assert.Equal(255, result.Exit);
        Assert.Equal(
            "graphspec: check: TLC: the process did not produce TLC's -tool output (exit code 1); it printed: Error: Could not find or load main class tlc2.TLC | this is not TLC output\n",
            result.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Jar_that_is_not_TLA_tools_is_one_message_and_exit_2()
    {
        using var java = new FakeJavaInstall();
        var notTools = Path.Combine(Path.GetDirectoryName(java.Jar)!, "other.jar");
        File.WriteAllText(notTools, "plain text");

        var result = java.Run("check", Case("001_counters_init_next", "Spec.tla"), "--engine", "both", "--tlc-jar", notTools);

        Assert.Equal(2, result.Exit);
        Assert.Equal($"graphspec: check: --engine both: '{notTools}' is not a jar (not a zip archive), so not TLA+ tools\n", result.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Suite_with_both_engines_shows_TLC_s_column_and_matches()
    {
        using var java = new FakeJavaInstall("--replay", Transcript("050_inv_naive_mutex"), "--exit", "12");
        var models = Directory.CreateTempSubdirectory("graphspec-suite-both-").FullName;
        try
        {
            File.Copy(Case("050_inv_naive_mutex", "Spec.tla"), Path.Combine(models, "Spec.tla"));
            File.WriteAllText(
                Path.Combine(models, "naive.cfg"),
                "\\* expect: invariant MutualExclusion\n\\* spec: Spec.tla\n" + File.ReadAllText(Case("050_inv_naive_mutex", "Spec.cfg")));

            var result = java.Run("check", "--models", models, "--engine", "both", "--workers", "1");

            Assert.True(result.Exit == 0, result.Out + result.Error);
            var lines = result.Out.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            Assert.Equal(["model", "expected", "got", "TLC", "distinct", "depth", "trace", "seconds"], Cells(lines[0]));
            Assert.Equal(["naive", "invariant MutualExclusion", "invariant MutualExclusion", "invariant MutualExclusion", "18", "5", "5"], Cells(lines[1])[..7]);
            Assert.Contains("1 models: 1 as expected, 0 mismatched", result.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(models, recursive: true);
        }
    }

    private static string[] Cells(string row) => System.Text.RegularExpressions.Regex.Split(row.Trim(), @"\s{2,}");
}
