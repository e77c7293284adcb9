using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Simulation;
using Xunit;

namespace GraphSpec.UnitTests.Impl;

/// <summary>
/// Each shared mutant has a stored scenario whose seed exposes it: with the mutant the run ends in
/// the bug's symptom; without it the same scenario completes under every one of 10,000 seeds.
/// </summary>
public class MutantScenarioTests
{
    public static TheoryData<string> SharedMutants => [.. MutantSet.All.Select(m => m.ToString())];

    [Theory]
    [MemberData(nameof(SharedMutants))]
    public void The_stored_scenario_of_a_mutant_shows_its_symptom(string id)
    {
        var scenario = ImplScenarios.Load(id);
        // H4 alone cannot be observed: with has_writer = 0 the slow path keeps the lock and never
        // parks under a sleeping writer, so its missing kick matters only to H2's writer.
        Assert.Equal(id == "H4" ? ["H2", "H4"] : new[] { id }, scenario.Exposes.ToArray());
        Assert.NotNull(scenario.Seed);
        var result = Simulator.Run(scenario, ImplScenarios.MutantsOf(scenario), new RunOptions(scenario.Seed));
        var expected = scenario.Expect == "deadlock" ? RunOutcome.Deadlock : RunOutcome.Assert;
        Assert.True(expected == result.Outcome, $"{id}: {result.Outcome} {result.Message} {result.WaitForText}");
        if (Symptoms.TryGetValue(id, out var symptom))
        {
            Assert.Equal(symptom, result.Outcome == RunOutcome.Deadlock ? result.WaitForText : result.Message);
        }
    }

    /// <summary>What each mutant's scenario ends with: the wait-for graph of its deadlock, or the state the implementation rejects.</summary>
    private static readonly Dictionary<string, string> Symptoms = new()
    {
        // The edit path holds X twice; the drain's poll drops one level, so the IOThread can never
        // take X to run the request's completion, and the main loop waits for it forever.
        ["B8"] = "Main -> needs a bottom half in MainCtx; IoThread -> lock X (owner Main)",
        // The 8.0 writer polls for readers while holding X: the reader's coroutine cannot be entered.
        ["B3"] = "Main -> needs a bottom half in MainCtx; IoThread -> lock X (owner Main)",
        // The parked request still counts in blk->in_flight: the drain waits for it, it waits for the drain's end.
        ["B4"] = "Main -> needs a bottom half in MainCtx",
        // The drain inside the write-locked section waits for a request parked on the read lock.
        ["B11"] = "Main -> needs a bottom half in MainCtx",
        // The leaked in-flight count of nBase makes the drain wait for a request that has finished.
        ["B14"] = "Main -> needs a bottom half in MainCtx",
        // has_writer = 1 while polling: the completion run by the poll parks on the read lock with its outer section counted.
        ["H2"] = "Main -> needs a bottom half in MainCtx",
        ["B16"] = "bdrv_replace_child_noperm(eBacking): request r1 is in flight through the edge (on nBase)",
        ["H1"] = "bdrv_graph_wrlock returned while r1 holds the graph read lock (Issued)",
        // Lost wakeups are hangs: the writer (or the drain) sleeps in its poll with nothing left to kick it.
        ["B2"] = "Main -> needs a bottom half in MainCtx",
        ["H4"] = "Main -> needs a bottom half in MainCtx",
        ["B7"] = "Main -> needs a bottom half in MainCtx",
    };

    [Theory]
    [MemberData(nameof(SharedMutants))]
    public void Without_the_mutant_the_scenario_completes_under_10000_seeds(string id)
    {
        // Without the mutant: no mutant at all, and (for H4) only its companion H2.
        var scenario = ImplScenarios.Load(id);
        var companions = MutantSet.Of(scenario.Exposes.Where(e => e != id).Select(e => MutantSet.Parse(e)!.Value));
        foreach (var mutants in companions.Mask == 0 ? [MutantSet.None] : new[] { MutantSet.None, companions })
        {
            for (ulong seed = 0; seed < 10_000; seed++)
            {
                var result = Simulator.Run(scenario, mutants, new RunOptions(seed));
                Assert.True(result.Outcome == RunOutcome.Done, $"{id} [{mutants}] seed {seed}: {result.Outcome} {result.Message} {result.WaitForText}");
            }
        }
    }

    [Fact]
    public void H4_alone_is_not_observable_in_its_scenario()
    {
        var scenario = ImplScenarios.Load("H4");
        for (ulong seed = 0; seed < 10_000; seed++)
        {
            Assert.Equal(RunOutcome.Done, Simulator.Run(scenario, MutantSet.None.With(Mutant.H4), new RunOptions(seed)).Outcome);
        }
    }

    [Fact]
    public void Every_shared_mutant_has_a_stored_scenario_and_one_switch()
    {
        Assert.Equal(12, MutantSet.All.Length);
        foreach (var m in MutantSet.All)
        {
            Assert.True(File.Exists(ImplScenarios.PathOf(m.ToString())), $"scenarios/{m}.json is missing");
            Assert.Equal(new[] { m }, MutantSet.None.With(m).Members().ToArray());
        }
        Assert.Null(MutantSet.Parse("B5"));
        Assert.Null(MutantSet.Parse("3"));
        Assert.Equal(Mutant.H2, MutantSet.Parse("h2"));
    }

    [Fact]
    public void Safe_scenarios_complete_under_2000_seeds()
    {
        foreach (var name in ImplScenarios.Names().Where(n => n.StartsWith("safe_", StringComparison.Ordinal)))
        {
            var scenario = ImplScenarios.Load(name);
            for (ulong seed = 0; seed < 2_000; seed++)
            {
                var result = Simulator.Run(scenario, MutantSet.None, new RunOptions(seed));
                Assert.True(result.Outcome == RunOutcome.Done, $"{name} seed {seed}: {result.Outcome} {result.Message} {result.WaitForText}");
            }
        }
    }
}
