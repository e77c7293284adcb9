using FsCheck.Fluent;
using FsCheck;
using GraphSpec.Fuzzing;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Oracle.Validation;

namespace GraphSpec.PropertyTests;

/// <summary>
/// FsCheck's view of the campaign's cases: a case is drawn from a seed by
/// <see cref="ScenarioGenerator"/> (topology, requests, program) and run under that seed's
/// schedule; shrinking is the campaign's own (<see cref="Shrinker.Candidates"/>: operations,
/// requests, nested reads, schedule chunks, context switches), so FsCheck re-runs and
/// re-validates every shrunk candidate.
/// </summary>
public static class ScenarioArbitrary
{
    private static readonly Lazy<SpecInstance> Spec = new(() =>
        SpecInstance.Load(Path.Combine(RepositoryFiles.RepositoryRoot, "spec", "tla", "BlockLayer.tla")).Instance
        ?? throw new InvalidOperationException("spec/tla/BlockLayer.tla does not load"));

    public static CaseRunner Runner => new(Spec.Value);

    public static Arbitrary<FuzzCase> Cases(GenerationProfile profile, MutantSet mutants) =>
        Arb.From(
            Gen.Choose(0, int.MaxValue).Select(seed =>
                new FuzzCase(ScenarioGenerator.Generate((ulong)seed, profile), mutants, (ulong)seed, [])),
            Shrinker.Candidates);
}
