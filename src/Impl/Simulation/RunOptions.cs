namespace GraphSpec.Impl.Simulation;

/// <summary>
/// How the scheduler picks the next step: from <see cref="Schedule"/> (explicit choices, by name)
/// while it lasts, then from the SplitMix64 stream of <see cref="Seed"/> (0 when none is given).
/// </summary>
public sealed record RunOptions(ulong? Seed = null, IReadOnlyList<string>? Schedule = null, int MaxSteps = 100_000);
