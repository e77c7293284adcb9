using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>
/// The reachable state graph the model checker records while it explores: states get dense indices
/// in the order they are added (BFS order), edges are kept in the order they are added (TLC's
/// generation order), which makes the traces found here follow the same parents as TLC's.
/// Append-only and thread-safe: <see cref="AddState"/> and <see cref="AddEdge"/> may be called from
/// several workers. Reading (<see cref="GetEdges"/>) is meant for after the exploration; it builds
/// a compact per-state edge index on first use after new edges were added.
/// </summary>
public sealed class StateGraph
{
    private readonly Lock gate = new();
    private readonly List<Value[]> states = [];
    private readonly List<int> initialStates = [];
    private readonly List<bool> initialFlags = [];
    private readonly Dictionary<long, int> indexByFingerprint = [];
    private readonly Dictionary<ActionLabel, ActionLabel> labels = [];
    private StateEdge[] edges = new StateEdge[16];
    private int edgeCount;

    // Compressed adjacency (edges grouped by source, insertion order kept), rebuilt lazily.
    private int[] firstEdge = [0];
    private StateEdge[] sortedEdges = [];
    private int indexedEdgeCount = -1;

    public int StateCount
    {
        get
        {
            lock (gate)
            {
                return states.Count;
            }
        }
    }

    public int EdgeCount
    {
        get
        {
            lock (gate)
            {
                return edgeCount;
            }
        }
    }

    public IReadOnlyList<int> InitialStates
    {
        get
        {
            lock (gate)
            {
                return initialStates.ToImmutableArray();
            }
        }
    }

    /// <summary>
    /// Adds a distinct state and returns its index. A fingerprint seen before returns the existing
    /// index (the state is then not stored again; an initial flag marks it initial).
    /// </summary>
    public int AddState(Value[] state, long fingerprint, bool isInitial)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (gate)
        {
            if (indexByFingerprint.TryGetValue(fingerprint, out var existing))
            {
                if (isInitial && !initialFlags[existing])
                {
                    initialFlags[existing] = true;
                    initialStates.Add(existing);
                }

                return existing;
            }

            var index = states.Count;
            states.Add(state);
            initialFlags.Add(isInitial);
            indexByFingerprint.Add(fingerprint, index);
            if (isInitial)
            {
                initialStates.Add(index);
            }

            return index;
        }
    }

    public bool TryGetIndex(long fingerprint, out int index)
    {
        lock (gate)
        {
            return indexByFingerprint.TryGetValue(fingerprint, out index);
        }
    }

    /// <summary>Adds the edge <paramref name="from"/> → <paramref name="to"/> (self-loops included).</summary>
    public void AddEdge(int from, int to, ActionLabel label)
    {
        lock (gate)
        {
            AddEdgeLocked(from, to, label);
        }
    }

    private void AddEdgeLocked(int from, int to, ActionLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if ((uint)from >= (uint)states.Count || (uint)to >= (uint)states.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(from), $"Edge {from} -> {to} refers to a state that was not added.");
        }

        if (!labels.TryGetValue(label, out var shared))
        {
            labels.Add(label, label);
            shared = label;
        }

        if (edgeCount == edges.Length)
        {
            Array.Resize(ref edges, edges.Length * 2);
        }

        edges[edgeCount++] = new StateEdge(from, to, shared);
    }

    /// <summary>Adds several edges under one lock (the checker's workers hand over edges per chunk).</summary>
    public void AddEdges(ReadOnlySpan<StateEdge> newEdges)
    {
        lock (gate)
        {
            foreach (var edge in newEdges)
            {
                AddEdgeLocked(edge.From, edge.To, edge.Label);
            }
        }
    }

    public Value[] GetState(int index)
    {
        lock (gate)
        {
            return states[index];
        }
    }

    public bool IsInitial(int index)
    {
        lock (gate)
        {
            return initialFlags[index];
        }
    }

    /// <summary>The edges leaving <paramref name="state"/>, in the order they were added.</summary>
    public ReadOnlySpan<StateEdge> GetEdges(int state)
    {
        lock (gate)
        {
            EnsureIndexed();
            return new ReadOnlySpan<StateEdge>(sortedEdges, firstEdge[state], firstEdge[state + 1] - firstEdge[state]);
        }
    }

    /// <summary>A consistent snapshot of the adjacency for the graph algorithms (no locking per access).</summary>
    internal GraphSnapshot Snapshot()
    {
        lock (gate)
        {
            EnsureIndexed();
            return new GraphSnapshot([.. states], [.. initialStates], firstEdge, sortedEdges);
        }
    }

    private void EnsureIndexed()
    {
        if (indexedEdgeCount == edgeCount && firstEdge.Length == states.Count + 1)
        {
            return;
        }

        // Counting sort by source keeps the insertion order of each state's edges.
        var first = new int[states.Count + 1];
        for (var i = 0; i < edgeCount; i++)
        {
            first[edges[i].From + 1]++;
        }

        for (var s = 0; s < states.Count; s++)
        {
            first[s + 1] += first[s];
        }

        var cursor = (int[])first.Clone();
        var sorted = new StateEdge[edgeCount];
        for (var i = 0; i < edgeCount; i++)
        {
            sorted[cursor[edges[i].From]++] = edges[i];
        }

        firstEdge = first;
        sortedEdges = sorted;
        indexedEdgeCount = edgeCount;
    }
}
