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

    /// <summary>
    /// The deadlock's wait-for chain, starting at a thread that waits for a lock and following
    /// lock owners until a thread that sleeps in a poll (whose bottom half only the blocked
    /// threads could queue) or a thread already on the chain; null when nobody waits for a lock.
    /// </summary>
    public string? Cycle
    {
        get
        {
            var start = WaitFor.FirstOrDefault(e => e.WaitsFor == "lock");
            if (start is null)
            {
                return null;
            }
            var parts = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var edge = start;
            while (edge is not null && seen.Add(edge.Thread))
            {
                parts.Add(edge.WaitsFor == "lock" ? $"{edge.Thread} -> lock {edge.Ctx} (owner {edge.Owner})" : $"{edge.Thread} -> needs a bottom half in {edge.Ctx}");
                edge = edge.WaitsFor == "lock" ? WaitFor.FirstOrDefault(e => e.Thread == edge.Owner) : null;
            }
            if (edge is not null)
            {
                parts.Add($"back to {edge.Thread}");
            }
            return string.Join(" => ", parts);
        }
    }
}
