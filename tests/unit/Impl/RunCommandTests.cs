using GraphSpec.UnitTests.Cli;
using Xunit;

namespace GraphSpec.UnitTests.Impl;

/// <summary><c>graphspec run</c> and <c>graphspec bench impl</c>: exit codes, the replay line, the trace file, bad input.</summary>
public class RunCommandTests
{
    [Fact]
    public void A_mutant_scenario_deadlocks_with_exit_11_and_prints_the_wait_for_graph_and_the_replay_command()
    {
        var path = ImplScenarios.PathOf("B8");
        var result = CliResult.Run("run", path, "--mutant", "B8");
        Assert.Equal(11, result.Exit);
        Assert.Contains("deadlock: no thread can step while work remains; wait-for graph:\n  Main -> needs a bottom half in MainCtx\n  IoThread -> lock X (owner Main)\ncycle: IoThread -> lock X (owner Main) => Main -> needs a bottom half in MainCtx\n", result.Out, StringComparison.Ordinal);
        Assert.EndsWith($"replay: graphspec run {path} --seed 0 --mutant B8\n", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Without_the_mutant_the_run_completes_with_exit_0()
    {
        var result = CliResult.Run("run", ImplScenarios.PathOf("B8"));
        Assert.Equal(0, result.Exit);
        Assert.Contains("done: every operation finished, every thread idle", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_asserted_state_exits_12_with_its_message()
    {
        var result = CliResult.Run("run", ImplScenarios.PathOf("B16"), "--mutant", "b16");
        Assert.Equal(12, result.Exit);
        Assert.Contains("assertion: bdrv_replace_child_noperm(eBacking): request r1 is in flight through the edge (on nBase)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trace_and_a_schedule_file_replay_the_same_run()
    {
        var dir = Directory.CreateTempSubdirectory("graphspec-run-");
        try
        {
            var trace = Path.Combine(dir.FullName, "t.jsonl");
            var first = CliResult.Run("run", ImplScenarios.PathOf("safe_drain_io"), "--seed", "42", "--trace", trace);
            Assert.Equal(0, first.Exit);
            var lines = File.ReadAllLines(trace);
            Assert.Contains("\"seed\":42,\"schedule\":null}", lines[0], StringComparison.Ordinal);
            Assert.StartsWith("{\"end\":\"done\"", lines[^1], StringComparison.Ordinal);

            // The thread/request of each step line, as a schedule, replays the run.
            var choices = lines[2..^1].Select(l =>
            {
                var thread = l.Split("\"thread\":\"")[1].Split('"')[0];
                var action = l.Split("\"action\":\"")[1].Split('"')[0];
                var request = l.Split("{\"r\":{\"#mv\":\"").ElementAtOrDefault(1)?.Split('"')[0];
                return thread == "env" ? $"{action}({request})" : thread;
            });
            var schedule = Path.Combine(dir.FullName, "s.json");
            File.WriteAllText(schedule, "[" + string.Join(",", choices.Select(c => $"\"{c}\"")) + "]");
            var trace2 = Path.Combine(dir.FullName, "t2.jsonl");
            var second = CliResult.Run("run", ImplScenarios.PathOf("safe_drain_io"), "--schedule", schedule, "--trace", trace2);
            Assert.Equal(0, second.Exit);
            Assert.Contains($"--schedule {schedule}", second.Out, StringComparison.Ordinal);
            Assert.Equal(lines[1..], File.ReadAllLines(trace2)[1..]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_bad_scenario_file_gives_one_message_with_its_position_and_exit_2()
    {
        var dir = Directory.CreateTempSubdirectory("graphspec-run-");
        try
        {
            var path = Path.Combine(dir.FullName, "bad.json");
            File.WriteAllText(path, "{\n  \"name\": \"x\",\n  \"protocol\": \"drian\"\n}\n");
            var result = CliResult.Run("run", path);
            Assert.Equal(2, result.Exit);
            Assert.Equal($"{path}:3:15: protocol: unknown protocol 'drian' (expected one of aiolock, drain, rwlock, drain+rwlock)\n", result.Error);
            Assert.Equal("", result.Out);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Usage_errors_exit_2_without_a_stack_trace()
    {
        Assert.Equal(2, CliResult.Run("run").Exit);
        var missing = CliResult.Run("run", "no/such/file.json");
        Assert.Equal(2, missing.Exit);
        Assert.StartsWith("graphspec: run: cannot read no/such/file.json", missing.Error, StringComparison.Ordinal);
        var mutant = CliResult.Run("run", ImplScenarios.PathOf("B8"), "--mutant", "B99");
        Assert.Equal("graphspec: run: unknown mutant 'B99' (known: B2 B3 B4 B7 B8 B10 B11 B14 B16 H1 H2 H4)\n", mutant.Error);
        Assert.Equal(2, CliResult.Run("run", ImplScenarios.PathOf("B8"), "--seed", "-1").Exit);
        Assert.Equal(2, CliResult.Run("run", ImplScenarios.PathOf("B8"), "--seed", "1", "--schedule", "x").Exit);
        Assert.DoesNotContain("   at ", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_impl_prints_steps_and_scenarios_per_second()
    {
        var result = CliResult.Run("bench", "impl", "--scenarios", "50", "--ops", "4");
        Assert.Equal(0, result.Exit);
        Assert.Contains("50 random scenarios of 4 operations", result.Out, StringComparison.Ordinal);
        Assert.Contains("steps/s scenarios/s", result.Out, StringComparison.Ordinal);
        Assert.Contains("full trace", result.Out, StringComparison.Ordinal);
        Assert.Equal(2, CliResult.Run("bench", "impl", "--ops", "0").Exit);
    }
}
