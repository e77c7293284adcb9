using System.Collections.Immutable;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;

namespace GraphSpec.Fuzzing;

/// <summary>
/// One case of a campaign: a scenario, the mutants switched on, and how the scheduler chooses:
/// the explicit <see cref="Schedule"/> while it lasts, then choices drawn from <see cref="Seed"/>.
/// Everything that decides the run is here, so a case replays byte for byte.
/// </summary>
public sealed record FuzzCase(Scenario Scenario, MutantSet Mutants, ulong Seed, ImmutableArray<string> Schedule)
{
    /// <summary>The scenario with its seed and schedule written in, as stored beside a failure.</summary>
    public Scenario Replayable => Scenario with
    {
        Seed = Seed,
        Schedule = Schedule.IsDefaultOrEmpty ? null : Schedule,
        Exposes = [.. Mutants.Members().Select(m => m.ToString())],
    };
}
