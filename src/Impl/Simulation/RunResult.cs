using System.Collections.Immutable;

namespace GraphSpec.Impl.Simulation;

/// <summary>The end of a run: outcome, steps taken, the choices made (a schedule that replays it), and the deadlock's wait-for graph or the assertion message.</summary>
public sealed record RunResult(
    RunOutcome Outcome,
    int Steps,
    ImmutableArray<string> Choices,
    ImmutableArray<WaitForEdge> WaitFor,
    string? Message)
{
    /// <summary>The wait-for graph as one line ("Main -> needs a bottom half in MainCtx; IoThread -> lock X (owner Main)").</summary>
    public string WaitForText => string.Join("; ", WaitFor.Select(e => e.ToString()));
}
