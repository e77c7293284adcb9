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
        var ledger = new CaseLedger();
        var workers = Math.Max(1, options.Workers);

        // Each worker takes the next case index as soon as it is free (no batches: one long case
        // does not hold the others up). The ledger takes verdicts in any order and counts them in
        // index order, so the failure reported is the one of lowest index and the counts up to it
        // are the same for any number of workers.
        long next = -1;
        void Work()
        {
            while (!cancellation.IsCancellationRequested && (options.Time is null || clock.Elapsed < options.Time))
            {
                var index = Interlocked.Increment(ref next);
                if ((options.Cases is { } limit && index >= limit) || index > ledger.FirstFailure)
                {
                    return;
                }

                ledger.Add(index, runner.Run(CaseAt(options, index)), clock.Elapsed);
            }
        }

        var threads = new Thread[workers];
        for (var i = 0; i < workers; i++)
        {
            threads[i] = new Thread(Work) { IsBackground = true, Name = $"fuzz worker {i}" };
            threads[i].Start();
        }

        foreach (var thread in threads)
        {
            while (!thread.Join(TimeSpan.FromSeconds(1)))
            {
                if (progress is not null)
                {
                    var (cases, steps, actions) = ledger.Counted();
                    progress(new CampaignProgress(cases, steps, clock.Elapsed, actions));
                }
            }
        }

        var (total, totalSteps, _) = ledger.Counted();
        if (ledger.Failure is not { } failure)
        {
            return new CampaignResult(total, totalSteps, clock.Elapsed, null, null, null, -1);
        }

        var fuzzCase = CaseAt(options, failure.Index);
        var shrunk = options.Shrink ? new Shrinker(runner).Shrink(fuzzCase, failure.Verdict) : null;
        return new CampaignResult(total, totalSteps, clock.Elapsed, fuzzCase, failure.Verdict, shrunk, failure.Index) { FoundAfter = failure.FoundAfter };
    }
}
