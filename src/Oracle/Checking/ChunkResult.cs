using GraphSpec.Oracle.Checking.Liveness;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking;

/// <summary>A successor that may be a new state: not seen before its chunk, first in its chunk.</summary>
internal readonly record struct Candidate(Value[] State, long Fingerprint, int Parent, OperatorDefinition? Action);

/// <summary>
/// The work of expanding one chunk of a BFS level, in generation order: candidate new states,
/// the number of states generated, and the first event (after which nothing is recorded).
/// </summary>
internal sealed class ChunkResult
{
    public List<Candidate> Candidates { get; } = [];

    public long Generated { get; set; }

    /// <summary>States of the chunk fully expanded (the rest are still on the queue when an event stops the search).</summary>
    public int Expanded { get; set; }

    public CheckEvent? Event { get; set; }

    /// <summary>Every step to a state of the model, in generation order (only when the state graph is recorded for liveness).</summary>
    public List<(int From, long To, ActionLabel Label)>? Edges { get; set; }

    /// <summary>Successors generated per action (only when coverage is on).</summary>
    public Dictionary<OperatorDefinition, long>? GeneratedByAction { get; set; }
}
