using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// Rebuilds a counterexample from the fingerprints of its states, as TLC does: enumerates the
/// initial states and then the successors of each state of the path again, each time taking the
/// first state with the next fingerprint, together with the action that produced it.
/// </summary>
internal sealed class TraceBuilder(CheckProblem problem, StateFingerprinter fingerprinter, Evaluator enumerator, Evaluator checker)
{
    /// <summary>The states from an initial state along <paramref name="path"/> (possibly shorter if a step cannot be found again).</summary>
    public List<TraceState> Build(IReadOnlyList<long> path)
    {
        var trace = new List<TraceState>(path.Count);
        if (path.Count == 0)
        {
            return trace;
        }

        var collector = new Collector();
        SetLevel(1);
        enumerator.EnumerateInitialStates(problem.Init, collector);
        var current = Find(collector, path[0]);
        if (current is null)
        {
            return trace;
        }

        trace.Add(new TraceState(1, [.. current.Value.State], TraceAction.Initial));
        for (var k = 1; k < path.Count; k++)
        {
            collector.Clear();
            SetLevel(k);
            enumerator.EnumerateSuccessors(problem.Next, current.Value.State, collector);
            current = Find(collector, path[k]);
            if (current is null)
            {
                break;
            }

            trace.Add(new TraceState(k + 1, [.. current.Value.State], current.Value.Action));
        }

        return trace;
    }

    // TLCGet("level") sees the same levels as during the search.
    private void SetLevel(int level)
    {
        enumerator.Builtins.Level = level;
        checker.Builtins.Level = level + 1;
    }

    private (Value[] State, TraceAction Action)? Find(Collector collector, long fingerprint)
    {
        foreach (var candidate in collector.States)
        {
            if (fingerprinter.Fingerprint(candidate.State, checker, out _) == fingerprint)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Keeps every enumerated state with its action label (captured during the callback).</summary>
    private sealed class Collector : IStateSink
    {
        public List<(Value[] State, TraceAction Action)> States { get; } = [];

        public void Clear() => States.Clear();

        public bool OnState(Value[] state, in ActionInfo action)
        {
            States.Add((state, LevelWorker.Label(action)));
            return true;
        }
    }

    public static TraceState Append(List<TraceState> trace, Value[] state, TraceAction action) =>
        new(trace.Count + 1, ImmutableArray.Create(state), action);
}
