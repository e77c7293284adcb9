using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Impl.Simulation;
using Xunit;

namespace GraphSpec.UnitTests.Impl;

/// <summary>The scheduler's mechanics: explicit schedules, deadlock wait-for graphs, step labels.</summary>
public class SimulatorTests
{
    private static Scenario B8Shape() => ScenarioBuilder.Named("b8-shape").Protocol("drain").AioLock(true)
        .IoThread("IoThread", "X").Chain("X").Request("r1", "eBacking")
        .Main(Operation.EditOf("eBacking", "nBase", "nNew")).Build();

    [Fact]
    public void A_hand_written_schedule_drives_B8_into_its_deadlock()
    {
        // The request is issued first, then the edit takes X twice and drains: the poll drops one
        // level, the IOThread cannot take X to run the completion.
        string[] schedule =
        [
            "Submit(r1)", "IoThread", "IoThread", "IoThread", "IoThread", "IoThread", // run the wake BH: enter, gate, capture (yield), leave
            "Main", "Main", "Main", "Main", // acquire X twice, drain begin (quiesce), wait enter (releases one level)
            "IoComplete(r1)",
        ];
        var result = Simulator.Run(B8Shape(), MutantSet.None.With(Mutant.B8), new RunOptions(Schedule: schedule));
        Assert.Equal(RunOutcome.Deadlock, result.Outcome);
        Assert.Equal(schedule, result.Choices.Take(schedule.Length).ToArray());
        Assert.Equal(
            new[] { new WaitForEdge("Main", "bh", "MainCtx", null), new WaitForEdge("IoThread", "lock", "X", "Main") },
            result.WaitFor.ToArray());

        // Without B8 the same schedule is fine and the run completes from there (seed 0 picks the rest).
        var fixedRun = Simulator.Run(B8Shape(), MutantSet.None, new RunOptions(Schedule: schedule[..6]));
        Assert.Equal(RunOutcome.Done, fixedRun.Outcome);
    }

    [Fact]
    public void A_schedule_naming_a_blocked_thread_is_reported_not_thrown()
    {
        var result = Simulator.Run(B8Shape(), MutantSet.None, new RunOptions(Schedule: ["IoThread"]));
        Assert.Equal(RunOutcome.BadSchedule, result.Outcome);
        Assert.Equal("schedule step 1: 'IoThread' is not enabled (enabled: Main, Submit(r1))", result.Message);
    }

    [Fact]
    public void The_trace_labels_each_step_with_the_spec_action_and_its_parameter()
    {
        var scenario = B8Shape();
        var (result, trace) = ImplScenarios.RunTraced(scenario, MutantSet.None, new RunOptions(Schedule: ["Submit(r1)", "IoThread", "Main"]));
        var lines = trace.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(result.Steps + 3, lines.Length); // header, Init, steps, footer
        Assert.StartsWith("{\"trace\":\"graphspec/1\",\"spec\":\"BlockLayer\",\"constants\":{\"Main\":{\"#mv\":\"Main\"},\"MainCtx\":{\"#mv\":\"MainCtx\"},", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"MainOps\":[{\"op\":\"edit\",\"edge\":{\"#mv\":\"eBacking\"},\"from\":{\"#mv\":\"nBase\"},\"to\":{\"#mv\":\"nNew\"}}]", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"BugB8\":false", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"i\":0,\"action\":\"Init\",\"state\":{\"lockOwner\":", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("{\"i\":1,\"thread\":\"env\",\"action\":\"Submit\",\"params\":{\"r\":{\"#mv\":\"r1\"}},", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("{\"i\":2,\"thread\":\"IoThread\",\"action\":\"LoopStepT\",\"params\":{\"t\":{\"#mv\":\"IoThread\"}},", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("{\"i\":3,\"thread\":\"Main\",\"action\":\"ProgAcquire\",", lines[4], StringComparison.Ordinal);
        Assert.Equal($"{{\"end\":\"done\",\"steps\":{result.Steps}}}", lines[^1]);
    }

    [Fact]
    public void A_deadlock_footer_lists_the_wait_for_graph()
    {
        var scenario = ImplScenarios.Load("B8");
        var (_, trace) = ImplScenarios.RunTraced(scenario, ImplScenarios.MutantsOf(scenario), new RunOptions(scenario.Seed));
        var footer = trace.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.EndsWith(",\"waitFor\":[{\"thread\":\"Main\",\"waitsFor\":\"bh\",\"ctx\":\"MainCtx\"},{\"thread\":\"IoThread\",\"waitsFor\":\"lock\",\"ctx\":\"X\",\"owner\":\"Main\"}]}", footer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protocol_expands_an_edit_into_the_callers_sequence()
    {
        var edit = Operation.EditOf("eBacking", "nBase", "nNew");
        string Expanded(string protocol, bool aioLock, params Mutant[] mutants)
        {
            var s = ScenarioBuilder.Named("x").Protocol(protocol).AioLock(aioLock).IoThread("IoThread", "X").Chain("X").Main(edit).Build();
            var bl = new GraphSpec.Impl.Qemu.BlockLayer(s, MutantSet.Of(mutants));
            return string.Join(" ", bl.MainProgram.Select(o => o.Op + (o.Ctx ?? o.Node ?? o.Edge ?? "")));
        }
        Assert.Equal("acquireX drainBeginnBase replaceeBacking drainEndnBase releaseX", Expanded("drain", true));
        Assert.Equal("acquireX acquireX drainBeginnBase replaceeBacking drainEndnBase releaseX releaseX", Expanded("drain", true, Mutant.B8));
        Assert.Equal("replaceeBacking", Expanded("drain", false, Mutant.B16));
        Assert.Equal("acquireX pollIdlenBase replaceeBacking releaseX", Expanded("aiolock", true));
        Assert.Equal("acquireX wrlockX replaceeBacking wrunlock releaseX", Expanded("rwlock", true));
        Assert.Equal("drainBeginnBase wrlock replaceeBacking wrunlock drainEndnBase", Expanded("drain+rwlock", false));
        Assert.Equal("wrlock drainBeginnBase replaceeBacking drainEndnBase wrunlock", Expanded("drain+rwlock", false, Mutant.B11));
    }
}
