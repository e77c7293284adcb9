namespace GraphSpec.Oracle.Tlc.Running;

/// <summary>One TLC run: the spec and cfg, workers, <c>-deadlock</c>, a time limit and where the
/// private temporary folder is made (the system's temporary folder unless a test says otherwise).</summary>
public sealed record TlcRunRequest(string Spec, string Config)
{
    public int Workers { get; init; } = 1;

    /// <summary>TLC's <c>-deadlock</c>: do not report deadlocks.</summary>
    public bool NoDeadlock { get; init; }

    /// <summary>Kill TLC (and every process it started) after this long; null for no limit.</summary>
    public TimeSpan? Timeout { get; init; }

    public string? TempRoot { get; init; }
}
