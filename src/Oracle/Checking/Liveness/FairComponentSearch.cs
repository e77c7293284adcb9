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
/// <item>Each accepting set (from <c>&lt;&gt;[]P</c> disjuncts) must meet K.</item>
/// </list>
/// </summary>
internal sealed class FairComponentSearch(GraphSnapshot graph, FairnessOracle fairness, SccFinder sccs, CancellationToken cancellation)
{
    private readonly int[] memberStamp = new int[graph.StateCount];
    private int stamp;

    /// <summary>A fair component inside <paramref name="candidates"/> meeting every accepting set, or null.</summary>
    public int[]? Find(IReadOnlyList<int> candidates, IReadOnlyList<Func<int, bool>> accepting)
    {
        var work = new Stack<int[]>(sccs.Find(candidates));
        while (work.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            var component = work.Pop();
            if (!MeetsAll(component, accepting))
            {
                continue;
            }

            Mark(component);
            if (!WeakFairnessHolds(component))
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

            foreach (var sub in sccs.Find(rest))
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

    /// <summary>An edge inside the marked component that is a step of the condition, or -1.</summary>
    public int FindStep(int[] component, int condition)
    {
        foreach (var s in component)
        {
            for (var e = graph.FirstEdge(s); e < graph.EndEdge(s); e++)
            {
                if (InComponent(graph.Edge(e).To) && fairness.IsStep(condition, e))
                {
                    return e;
                }
            }
        }

        return -1;
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
            if (fairness.IsWeak(c) && FindDisabled(component, c) < 0 && FindStep(component, c) < 0)
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
