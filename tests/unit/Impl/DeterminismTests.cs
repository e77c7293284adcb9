using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Impl.Simulation;
using Xunit;

namespace GraphSpec.UnitTests.Impl;

/// <summary>The same scenario and schedule give the same trace, byte for byte.</summary>
public class DeterminismTests
{
    [Fact]
    public void A_thousand_random_scenarios_run_twice_give_identical_traces()
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (ulong seed = 0; seed < 1000; seed++)
        {
            var first = ImplScenarios.RunTraced(RandomScenarios.Generate(seed), MutantSet.None, new RunOptions(seed));
            var second = ImplScenarios.RunTraced(RandomScenarios.Generate(seed), MutantSet.None, new RunOptions(seed));
            Assert.Equal(first.Trace, second.Trace);
            distinct.Add(first.Trace);
        }
        // Different seeds give different runs (the comparison above is not between empty traces).
        Assert.True(distinct.Count > 990, $"only {distinct.Count} distinct traces");
    }

    [Fact]
    public void The_choices_of_a_seeded_run_replayed_as_a_schedule_give_the_same_trace_apart_from_the_header()
    {
        for (ulong seed = 0; seed < 200; seed++)
        {
            var scenario = RandomScenarios.Generate(seed);
            var seeded = ImplScenarios.RunTraced(scenario, MutantSet.None, new RunOptions(seed));
            var replayed = ImplScenarios.RunTraced(scenario, MutantSet.None, new RunOptions(Schedule: seeded.Result.Choices));
            Assert.Equal(seeded.Result.Choices.ToArray(), replayed.Result.Choices.ToArray());
            Assert.Equal(AfterHeader(seeded.Trace), AfterHeader(replayed.Trace));
        }
    }

    [Fact]
    public void Random_scenarios_are_a_function_of_their_seed_and_vary_with_it()
    {
        Assert.Equal(ScenarioJson.Write(RandomScenarios.Generate(7)), ScenarioJson.Write(RandomScenarios.Generate(7)));
        var protocols = Enumerable.Range(0, 200).Select(i => RandomScenarios.Generate((ulong)i).Protocol).ToHashSet();
        Assert.Equal(4, protocols.Count);
        var lengths = Enumerable.Range(0, 200).Select(i => RandomScenarios.Generate((ulong)i, 3).MainOps.Length).ToHashSet();
        Assert.True(lengths.Count > 3);
    }

    [Fact]
    public void SplitMix64_gives_the_reference_sequence()
    {
        // splitmix64.c (Vigna) seeded with 0.
        var rng = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, rng.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, rng.NextUInt64());
        Assert.Equal(0x06C45D188009454FUL, rng.NextUInt64());
    }

    private static string AfterHeader(string trace) => trace[(trace.IndexOf('\n', StringComparison.Ordinal) + 1)..];
}
