namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>
/// Strongly connected components of the subgraph induced by a set of states, by Tarjan's algorithm
/// with an explicit stack (graphs have millions of states). Every state also has the stuttering
/// self-loop, so single states are components too. Work arrays are allocated once per graph and
/// reset only for the states of each call, so repeated calls on small subsets stay cheap.
/// </summary>
internal sealed class SccFinder
{
    private readonly GraphSnapshot graph;
    private readonly CancellationToken cancellation;
    private readonly int[] order;
    private readonly int[] low;
    private readonly int[] memberStamp;
    private readonly bool[] onStack;
    private readonly int[] callNode;
    private readonly int[] callCursor;
    private readonly int[] componentStack;
    private int stamp;

    public SccFinder(GraphSnapshot graph, CancellationToken cancellation)
    {
        this.graph = graph;
        this.cancellation = cancellation;
        var n = graph.StateCount;
        order = new int[n];
        low = new int[n];
        memberStamp = new int[n];
        onStack = new bool[n];
        callNode = new int[n];
        callCursor = new int[n];
        componentStack = new int[n];
    }

    /// <summary>
    /// The components of the subgraph induced by <paramref name="states"/> (no duplicates), using
    /// only the edges <paramref name="edgeAllowed"/> accepts (all when null).
    /// </summary>
    public List<int[]> Find(IReadOnlyList<int> states, Func<int, bool>? edgeAllowed = null)
    {
        stamp++;
        foreach (var s in states)
        {
            memberStamp[s] = stamp;
            order[s] = -1;
        }

        var components = new List<int[]>();
        var counter = 0;
        var componentTop = 0;
        foreach (var root in states)
        {
            if (order[root] != -1)
            {
                continue;
            }

            var callTop = 0;
            Visit(root, ref counter, ref callTop, ref componentTop);
            while (callTop > 0)
            {
                var v = callNode[callTop - 1];
                var cursor = callCursor[callTop - 1];
                if (cursor < graph.EndEdge(v))
                {
                    callCursor[callTop - 1] = cursor + 1;
                    var w = graph.Edge(cursor).To;
                    if (memberStamp[w] != stamp || (edgeAllowed is not null && !edgeAllowed(cursor)))
                    {
                        continue;
                    }

                    if (order[w] == -1)
                    {
                        Visit(w, ref counter, ref callTop, ref componentTop);
                    }
                    else if (onStack[w] && order[w] < low[v])
                    {
                        low[v] = order[w];
                    }

                    continue;
                }

                callTop--;
                if (callTop > 0)
                {
                    var parent = callNode[callTop - 1];
                    if (low[v] < low[parent])
                    {
                        low[parent] = low[v];
                    }
                }

                if (low[v] == order[v])
                {
                    components.Add(PopComponent(v, ref componentTop));
                }
            }
        }

        return components;
    }

    private void Visit(int v, ref int counter, ref int callTop, ref int componentTop)
    {
        if ((counter & 0xFFFF) == 0)
        {
            cancellation.ThrowIfCancellationRequested();
        }

        order[v] = low[v] = counter++;
        componentStack[componentTop++] = v;
        onStack[v] = true;
        callNode[callTop] = v;
        callCursor[callTop] = graph.FirstEdge(v);
        callTop++;
    }

    private int[] PopComponent(int root, ref int componentTop)
    {
        var start = componentTop;
        while (componentStack[start - 1] != root)
        {
            start--;
        }

        start--;
        var component = new int[componentTop - start];
        Array.Copy(componentStack, start, component, 0, component.Length);
        foreach (var s in component)
        {
            onStack[s] = false;
        }

        componentTop = start;
        return component;
    }
}
