using System.Diagnostics;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Impl.Simulation;

namespace GraphSpec.Fuzzing;

/// <summary>What a campaign runs: the draw, the mutants, how long, and the seed everything derives from.</summary>
public sealed record CampaignOptions
{
    public GenerationProfile Profile { get; init; } = GenerationProfile.Default;

    public MutantSet Mutants { get; init; } = MutantSet.None;

    public ulong Seed { get; init; }

    /// <summary>Stop after this many cases (null: no limit).</summary>
    public long? Cases { get; init; }

    /// <summary>Stop after this long (null: no limit).</summary>
    public TimeSpan? Time { get; init; }

    public int Ops { get; init; } = 8;

    /// <summary>Shrink the first failure before returning it.</summary>
    public bool Shrink { get; init; } = true;

    /// <summary>Cases run in parallel (the result does not depend on it: the first failure is the one of lowest index).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;
}

/// <summary>Where a campaign is: cases and steps validated, time, and how many spec actions its runs exercised.</summary>
public readonly record struct CampaignProgress(long Cases, long Steps, TimeSpan Elapsed, int ActionsExercised)
{
    public double CasesPerSecond => Elapsed.TotalSeconds > 0 ? Cases / Elapsed.TotalSeconds : 0;
}

/// <summary>The end of a campaign: how many cases passed, how long it took, and the first failure (shrunk).</summary>
public sealed record CampaignResult(long Cases, long Steps, TimeSpan Elapsed, FuzzCase? FailingCase, CaseVerdict? Failure, ShrinkResult? Shrunk, long FailedAtCase)
{
    /// <summary>How long the search took until the first failure (before shrinking).</summary>
    public TimeSpan FoundAfter { get; init; } = Elapsed;

    public bool Passed => Failure is null;

    public double CasesPerSecond => Elapsed.TotalSeconds > 0 ? Cases / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// A property-testing campaign: case i draws its scenario from seed (campaign seed, i) and runs
/// it with that seed, so a campaign and each of its cases are reproducible from the seed alone.
/// </summary>
public static class Campaign
{
    /// <summary>
    /// The seed of case <paramref name="index"/> of a campaign with seed <paramref name="campaignSeed"/>
    /// (63 bits: it travels through JSON as a signed 64-bit integer).
    /// </summary>
    public static ulong CaseSeed(ulong campaignSeed, long index)
    {
        var rng = new SplitMix64(campaignSeed + (ulong)index * 0x9E3779B97F4A7C15UL);
        return rng.NextUInt64() >> 1;
    }

    public static FuzzCase CaseAt(CampaignOptions options, long index)
    {
        ArgumentNullException.ThrowIfNull(options);
        var seed = CaseSeed(options.Seed, index);
        return new FuzzCase(ScenarioGenerator.Generate(seed, options.Profile, options.Ops), options.Mutants, seed, []);
    }

    public static CampaignResult Run(CaseRunner runner, CampaignOptions options, Action<CampaignProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        long cases = 0, steps = 0;
        var lastProgress = TimeSpan.Zero;
        var workers = Math.Max(1, options.Workers);
        var exercised = new HashSet<string>(StringComparer.Ordinal);

        // Cases run in batches, each batch in parallel; after a batch the failure of lowest index
        // (if any) is the campaign's, so the outcome is the same for any number of workers.
        var batch = workers == 1 ? 1 : workers * 32;
        var verdicts = new CaseVerdict[batch];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = CancellationToken.None };
        while ((options.Cases is null || cases < options.Cases) && (options.Time is null || clock.Elapsed < options.Time) && !cancellation.IsCancellationRequested)
        {
            var count = (int)Math.Min(batch, options.Cases is { } limit ? limit - cases : batch);
            var first = cases;
            if (count == 1)
            {
                verdicts[0] = runner.Run(CaseAt(options, first));
            }
            else
            {
                Parallel.For(0, count, parallel, i => verdicts[i] = runner.Run(CaseAt(options, first + i)));
            }

            for (var i = 0; i < count; i++)
            {
                var verdict = verdicts[i];
                cases++;
                steps += verdict.Run.Steps;
                exercised.UnionWith(verdict.Actions);
                if (!verdict.Passed && !verdict.Invalid)
                {
                    var foundAfter = clock.Elapsed;
                    var fuzzCase = CaseAt(options, first + i);
                    var shrunk = options.Shrink ? new Shrinker(runner).Shrink(fuzzCase, verdict) : null;
                    return new CampaignResult(cases, steps, clock.Elapsed, fuzzCase, verdict, shrunk, first + i) { FoundAfter = foundAfter };
                }
            }

            if (progress is not null && clock.Elapsed - lastProgress >= TimeSpan.FromSeconds(1))
            {
                lastProgress = clock.Elapsed;
                progress(new CampaignProgress(cases, steps, clock.Elapsed, exercised.Count - (exercised.Contains("Init") ? 1 : 0)));
            }
        }

        return new CampaignResult(cases, steps, clock.Elapsed, null, null, null, -1);
    }
}
