namespace GraphSpec.Impl.Simulation;

/// <summary>
/// How the scheduler picks the next step: from <see cref="Schedule"/> (explicit choices, by name)
/// while it lasts, then from the SplitMix64 stream of <see cref="Seed"/> (0 when none is given).
/// With <see cref="LenientSchedule"/> a scheduled choice that is not enabled is skipped instead of
/// ending the run as a bad schedule: a shrinker that removed an operation or a request can replay
/// the rest of the old schedule as far as it still fits.
/// </summary>
public sealed record RunOptions(ulong? Seed = null, IReadOnlyList<string>? Schedule = null, int MaxSteps = 100_000)
{
    public bool LenientSchedule { get; init; }
}
