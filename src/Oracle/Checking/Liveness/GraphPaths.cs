namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>One position of a path: a state and the global index of the edge that entered it (-1 at the start).</summary>
internal readonly record struct PathStep(int State, int Edge);

/// <summary>Breadth-first searches over the state graph (edges in insertion order, so ties follow TLC's order).</summary>
internal static class GraphPaths
{
    /// <summary>
    /// A shortest path from one of <paramref name="sources"/> to a state satisfying
    /// <paramref name="isTarget"/>, through states satisfying <paramref name="allowed"/> (sources are
    /// taken as given). Null when no target is reachable.
    /// </summary>
    public static List<PathStep>? Shortest(
        GraphSnapshot graph, IEnumerable<int> sources, Func<int, bool> allowed, Func<int, bool> isTarget, CancellationToken cancellation,
        Func<int, bool>? edgeAllowed = null)
    {
        var enteredBy = new int[graph.StateCount];
        Array.Fill(enteredBy, -2);
        var queue = new Queue<int>();
        foreach (var s in sources)
        {
            if (enteredBy[s] != -2)
            {
                continue;
            }

            enteredBy[s] = -1;
            if (isTarget(s))
            {
                return [new PathStep(s, -1)];
            }

            queue.Enqueue(s);
        }

        var steps = 0;
        while (queue.Count > 0)
        {
            if ((++steps & 0xFFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var v = queue.Dequeue();
            for (var e = graph.FirstEdge(v); e < graph.EndEdge(v); e++)
            {
                var w = graph.Edge(e).To;
                if (enteredBy[w] != -2 || !allowed(w) || (edgeAllowed is not null && !edgeAllowed(e)))
                {
                    continue;
                }

                enteredBy[w] = e;
                if (isTarget(w))
                {
                    return Unwind(graph, enteredBy, w);
                }

                queue.Enqueue(w);
            }
        }

        return null;
    }

    /// <summary>Every state reachable from <paramref name="sources"/> through allowed states (sources included), in BFS order.</summary>
    public static List<int> Reachable(GraphSnapshot graph, IEnumerable<int> sources, Func<int, bool> allowed, CancellationToken cancellation)
    {
        var seen = new bool[graph.StateCount];
        var found = new List<int>();
        foreach (var s in sources)
        {
            if (!seen[s])
            {
                seen[s] = true;
                found.Add(s);
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var v = found[i];
            for (var e = graph.FirstEdge(v); e < graph.EndEdge(v); e++)
            {
                var w = graph.Edge(e).To;
                if (!seen[w] && allowed(w))
                {
                    seen[w] = true;
                    found.Add(w);
                }
            }
        }

        return found;
    }

    private static List<PathStep> Unwind(GraphSnapshot graph, int[] enteredBy, int end)
    {
        var path = new List<PathStep>();
        for (var s = end; ; s = graph.Edge(enteredBy[s]).From)
        {
            path.Add(new PathStep(s, enteredBy[s]));
            if (enteredBy[s] == -1)
            {
                break;
            }
        }

        path.Reverse();
        return path;
    }
}
