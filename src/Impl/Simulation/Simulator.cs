using System.Collections.Immutable;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Qemu;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Impl.Tracing;

namespace GraphSpec.Impl.Simulation;

/// <summary>
/// The deterministic scheduler. Each quantum runs one enabled choice (a thread's step or an
/// environment step), which is exactly one spec action. The run ends when everything is done,
/// when nothing can step while work remains (deadlock, with its wait-for graph), or when the
/// implementation reaches a state it asserts impossible.
/// </summary>
public static class Simulator
{
    /// <summary>Runs a (valid) scenario. Never throws for a bad schedule or an assertion: they are outcomes.</summary>
    public static RunResult Run(Scenario scenario, MutantSet mutants, RunOptions options, ITraceSink? trace = null)
    {
        var bl = new BlockLayer(scenario, mutants);
        var rng = new SplitMix64(options.Seed ?? 0);
        var choices = ImmutableArray.CreateBuilder<string>();
        var enabled = new List<Choice>(8);
        trace?.Begin(bl, options.Seed, options.Schedule);
        var steps = 0;
        var cursor = 0;
        while (true)
        {
            if (bl.IsDone())
            {
                return Finish(new RunResult(RunOutcome.Done, steps, choices.ToImmutable(), [], null), trace);
            }
            if (steps >= options.MaxSteps)
            {
                return Finish(new RunResult(RunOutcome.StepLimit, steps, choices.ToImmutable(), [], $"no end after {steps} steps"), trace);
            }
            Enabled(bl, enabled);
            if (enabled.Count == 0)
            {
                return Finish(new RunResult(RunOutcome.Deadlock, steps, choices.ToImmutable(), WaitForGraph(bl), "deadlock"), trace);
            }
            Choice choice;
            var index = -1;
            if (options.Schedule is { } schedule)
            {
                while (cursor < schedule.Count && index < 0)
                {
                    var wanted = schedule[cursor++];
                    index = enabled.FindIndex(c => c.Name == wanted);
                    if (index < 0 && !options.LenientSchedule)
                    {
                        var message = $"schedule step {steps + 1}: '{wanted}' is not enabled (enabled: {string.Join(", ", enabled)})";
                        return Finish(new RunResult(RunOutcome.BadSchedule, steps, choices.ToImmutable(), [], message), trace);
                    }
                }
            }
            if (index >= 0)
            {
                choice = enabled[index];
            }
            else
            {
                choice = enabled[enabled.Count == 1 ? 0 : rng.NextInt(enabled.Count)];
            }
            choices.Add(choice.Name);
            steps++;
            string action;
            try
            {
                action = Execute(bl, choice);
            }
            catch (ImplAssertionException e)
            {
                return Finish(new RunResult(RunOutcome.Assert, steps, choices.ToImmutable(), [], e.Message), trace);
            }
            if (choice.Thread is { } t)
            {
                trace?.Step(steps, t.Name, action, "t", t.Name, bl);
            }
            else
            {
                trace?.Step(steps, "env", action, "r", choice.Request!.Name, bl);
            }
            if (bl.Violation is { } violation)
            {
                return Finish(new RunResult(RunOutcome.Assert, steps, choices.ToImmutable(), [], violation), trace);
            }
        }
    }

    private static RunResult Finish(RunResult result, ITraceSink? trace)
    {
        trace?.End(result);
        return result;
    }

    /// <summary>The enabled choices in a fixed order: threads (Main first), then Submit and IoComplete per request.</summary>
    public static void Enabled(BlockLayer bl, List<Choice> into)
    {
        into.Clear();
        foreach (var t in bl.Threads)
        {
            if (ThreadStep.BlockedOn(bl, t) is null)
            {
                into.Add(new Choice(t, null, false));
            }
        }
        foreach (var r in bl.Requests)
        {
            if (HostEnvironment.CanSubmit(r))
            {
                into.Add(new Choice(null, r, true));
            }
        }
        foreach (var r in bl.Requests)
        {
            if (HostEnvironment.CanComplete(r))
            {
                into.Add(new Choice(null, r, false));
            }
        }
    }

    private static string Execute(BlockLayer bl, Choice choice)
    {
        if (choice.Thread is { } t)
        {
            return ThreadStep.Run(bl, t);
        }
        return choice.IsSubmit ? HostEnvironment.Submit(bl, choice.Request!) : HostEnvironment.IoComplete(choice.Request!);
    }

    /// <summary>Every thread that cannot step and is not simply idle, with what it waits for.</summary>
    private static ImmutableArray<WaitForEdge> WaitForGraph(BlockLayer bl)
    {
        var edges = ImmutableArray.CreateBuilder<WaitForEdge>();
        foreach (var t in bl.Threads)
        {
            if (ThreadStep.BlockedOn(bl, t) is { Kind: not "idle" } reason)
            {
                edges.Add(new WaitForEdge(t.Name, reason.Kind, reason.Ctx.Name, reason.Owner?.Name));
            }
        }
        return edges.ToImmutable();
    }
}
