namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>
/// Values of state predicates per state, computed on first use: the graph algorithms ask the same
/// question about a state many times (region tests, SCC passes, path searches).
/// </summary>
internal sealed class PredicateCache(GraphSnapshot graph, FormulaEvaluator evaluator)
{
    private const sbyte Unknown = 0;
    private const sbyte False = 1;
    private const sbyte True = 2;

    private readonly Dictionary<BoundFormula, sbyte[]> values = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BoundFormula, sbyte[]> stepValues = new(ReferenceEqualityComparer.Instance);

    /// <summary>The value of an action formula for the edge with global index <paramref name="edgeIndex"/>.</summary>
    public bool HoldsForEdge(BoundFormula formula, int edgeIndex)
    {
        if (!stepValues.TryGetValue(formula, out var cache))
        {
            cache = new sbyte[graph.EdgeCount];
            stepValues.Add(formula, cache);
        }

        var known = cache[edgeIndex];
        if (known != Unknown)
        {
            return known == True;
        }

        ref readonly var edge = ref graph.Edge(edgeIndex);
        var holds = evaluator.HoldsForStep(formula, graph.State(edge.From), graph.State(edge.To));
        cache[edgeIndex] = holds ? True : False;
        return holds;
    }

    public bool Holds(BoundFormula formula, int state)
    {
        if (!values.TryGetValue(formula, out var cache))
        {
            cache = new sbyte[graph.StateCount];
            values.Add(formula, cache);
        }

        var known = cache[state];
        if (known != Unknown)
        {
            return known == True;
        }

        var holds = evaluator.Holds(formula, graph.State(state));
        cache[state] = holds ? True : False;
        return holds;
    }
}
