namespace GraphSpec.Oracle.Checking;

/// <summary>How to run a check. The results never depend on <see cref="Workers"/>.</summary>
public sealed record CheckOptions
{
    /// <summary>Number of threads expanding states (default: number of cores).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Overrides the cfg's CHECK_DEADLOCK (TLC's <c>-deadlock</c> sets it to false).</summary>
    public bool? CheckDeadlock { get; init; }

    /// <summary>Stop (outcome <see cref="CheckOutcome.MaxStates"/>) once this many distinct states are found.</summary>
    public long? MaxStates { get; init; }

    /// <summary>Count, per action, the successors it generated and the new states among them.</summary>
    public bool Coverage { get; init; }

    /// <summary>Receives progress at least every <see cref="ProgressInterval"/> on long runs.</summary>
    public Action<CheckStatistics>? Progress { get; init; }

    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Where the spec's <c>Print</c>/<c>PrintT</c> output goes (standard output when null); shared by the workers.</summary>
    public TextWriter? PrintOutput { get; init; }

    /// <summary>
    /// Told the fingerprint of every distinct state as it is added to the seen-set (on the
    /// coordinating thread, in the order of the single-worker search). The fingerprint is
    /// <see cref="StateFingerprints.Of"/> of the state when the model has no VIEW or SYMMETRY.
    /// </summary>
    public Action<long>? OnDistinctState { get; init; }
}
