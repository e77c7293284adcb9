namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>
/// Finds a set of states on which a fair behaviour can stay forever, visiting every state and every
/// edge of the set infinitely often (a strongly connected set; a single state always qualifies, by
/// stuttering). For the set K:
/// <list type="bullet">
/// <item>WF_v(A) holds iff some state of K has &lt;&lt;A&gt;&gt;_v disabled or some edge inside K is an
/// &lt;&lt;A&gt;&gt;_v step. Both only grow with K, so a component failing a WF condition is dropped.</item>
/// <item>SF_v(A) holds iff some edge inside K is an &lt;&lt;A&gt;&gt;_v step or every state of K has it
/// disabled. Failing that, a fair behaviour can only stay in K by avoiding the states where A is
/// enabled: those are removed and the rest is split into components again (Streett emptiness).</item>
/// <item>Each accepting set (from <c>&lt;&gt;[]P</c> disjuncts) must meet K, and each set of accepting
/// edges (from <c>&lt;&gt;[][A]_v</c> disjuncts) must have an edge inside K.</item>
/// </list>
/// Only the edges the search is given as allowed exist (the others are steps a violating behaviour
/// must eventually avoid, from <c>[]&lt;&gt;&lt;&lt;A&gt;&gt;_v</c> disjuncts); stuttering is always allowed.
/// </summary>
internal sealed class FairComponentSearch(GraphSnapshot graph, FairnessOracle fairness, SccFinder sccs, CancellationToken cancellation)
{
    private readonly int[] memberStamp = new int[graph.StateCount];
    private int stamp;
    private Func<int, bool>? edgeAllowed;

    /// <summary>
    /// A fair component inside <paramref name="candidates"/> meeting every accepting set and every
    /// set of accepting edges, using only allowed edges; or null.
    /// </summary>
    public int[]? Find(
        IReadOnlyList<int> candidates,
        IReadOnlyList<Func<int, bool>> accepting,
        IReadOnlyList<Func<int, bool>> acceptingEdges,
        Func<int, bool>? allowedEdges)
    {
        edgeAllowed = allowedEdges;
        var work = new Stack<int[]>(sccs.Find(candidates, edgeAllowed));
        while (work.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            var component = work.Pop();
            if (!MeetsAll(component, accepting))
            {
                continue;
            }

            Mark(component);
            if (!HasEdgesOfAll(component, acceptingEdges) || !WeakFairnessHolds(component))
            {
                continue;
            }

            var removable = StrongFairnessViolations(component);
            if (removable is null)
            {
                return component;
            }

            var rest = new List<int>(component.Length);
            foreach (var s in component)
            {
                if (!removable(s))
                {
                    rest.Add(s);
                }
            }

            foreach (var sub in sccs.Find(rest, edgeAllowed))
            {
                work.Push(sub);
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="state"/> belongs to the component last examined or built.</summary>
    public bool InComponent(int state) => memberStamp[state] == stamp;

    /// <summary>Marks <paramref name="component"/> as the current one (for <see cref="InComponent"/> and edge tests).</summary>
    public void Mark(int[] component)
    {
        stamp++;
        foreach (var s in component)
        {
            memberStamp[s] = stamp;
        }
    }

    /// <summary>Whether an edge may be taken: inside the marked component and allowed.</summary>
    public bool EdgeInside(int edgeIndex) =>
        InComponent(graph.Edge(edgeIndex).To) && (edgeAllowed is null || edgeAllowed(edgeIndex));

    /// <summary>An edge inside the marked component that is a step of the condition, or -1.</summary>
    public int FindStep(int[] component, int condition) => FindEdge(component, e => fairness.IsStep(condition, e));

    /// <summary>An allowed edge inside the marked component satisfying <paramref name="test"/>, or -1.</summary>
    public int FindEdge(int[] component, Func<int, bool> test)
    {
        foreach (var s in component)
        {
            for (var e = graph.FirstEdge(s); e < graph.EndEdge(s); e++)
            {
                if (EdgeInside(e) && test(e))
                {
                    return e;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// A state where the action is disabled or a step of it inside the component, found in one
    /// pass: steps can only leave states where the action is enabled, so only their edges are tried.
    /// </summary>
    private bool HasWeakFairnessWitness(int[] component, int condition)
    {
        foreach (var s in component)
        {
            if (!fairness.IsEnabled(condition, s))
            {
                return true;
            }

            for (var e = graph.FirstEdge(s); e < graph.EndEdge(s); e++)
            {
                if (EdgeInside(e) && fairness.IsStep(condition, e))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool HasEdgesOfAll(int[] component, IReadOnlyList<Func<int, bool>> acceptingEdges)
    {
        foreach (var accept in acceptingEdges)
        {
            if (FindEdge(component, accept) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A state of the component where the condition's action is disabled, or -1.</summary>
    public int FindDisabled(int[] component, int condition)
    {
        foreach (var s in component)
        {
            if (!fairness.IsEnabled(condition, s))
            {
                return s;
            }
        }

        return -1;
    }

    private int FindEnabled(int[] component, int condition)
    {
        foreach (var s in component)
        {
            if (fairness.IsEnabled(condition, s))
            {
                return s;
            }
        }

        return -1;
    }

    private static bool MeetsAll(int[] component, IReadOnlyList<Func<int, bool>> accepting)
    {
        foreach (var accept in accepting)
        {
            var met = false;
            foreach (var s in component)
            {
                if (accept(s))
                {
                    met = true;
                    break;
                }
            }

            if (!met)
            {
                return false;
            }
        }

        return true;
    }

    private bool WeakFairnessHolds(int[] component)
    {
        for (var c = 0; c < fairness.Count; c++)
        {
            if (fairness.IsWeak(c) && !HasWeakFairnessWitness(component, c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Null when every SF condition holds; otherwise a test for the states that must go.</summary>
    private Func<int, bool>? StrongFairnessViolations(int[] component)
    {
        List<int>? violated = null;
        for (var c = 0; c < fairness.Count; c++)
        {
            // Disabled everywhere (one scan of cached per-state answers) settles it before the
            // more expensive search for a step among the component's edges.
            if (fairness.IsWeak(c) || FindEnabled(component, c) < 0 || FindStep(component, c) >= 0)
            {
                continue;
            }

            (violated ??= []).Add(c);
        }

        if (violated is null)
        {
            return null;
        }

        return s =>
        {
            foreach (var c in violated)
            {
                if (fairness.IsEnabled(c, s))
                {
                    return true;
                }
            }

            return false;
        };
    }
}
