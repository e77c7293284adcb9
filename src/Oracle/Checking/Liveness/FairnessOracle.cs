using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>
/// Answers, per fairness condition <c>WF_v(A)</c>/<c>SF_v(A)</c>: is <c>&lt;&lt;A&gt;&gt;_v</c> enabled in a
/// state, and is an edge an <c>&lt;&lt;A&gt;&gt;_v</c> step. Answers are computed on first use and cached.
/// </summary>
internal sealed class FairnessOracle
{
    private readonly GraphSnapshot graph;
    private readonly FormulaEvaluator evaluator;
    private readonly ImmutableArray<FairnessCondition> conditions;
    private readonly sbyte[]?[] enabled;
    private readonly sbyte[]?[] steps;

    public FairnessOracle(GraphSnapshot graph, FormulaEvaluator evaluator, ImmutableArray<FairnessCondition> conditions)
    {
        this.graph = graph;
        this.evaluator = evaluator;
        this.conditions = conditions;
        enabled = new sbyte[]?[conditions.Length];
        steps = new sbyte[]?[conditions.Length];
    }

    public int Count => conditions.Length;

    public bool IsWeak(int condition) => conditions[condition].Kind == FairnessKind.Weak;

    public bool IsEnabled(int condition, int state)
    {
        var cache = enabled[condition] ??= new sbyte[graph.StateCount];
        if (cache[state] == 0)
        {
            var c = conditions[condition];
            cache[state] = evaluator.IsAngleEnabled(c.Action, c.Subscript, graph.State(state)) ? (sbyte)2 : (sbyte)1;
        }

        return cache[state] == 2;
    }

    /// <summary>Whether the edge with global index <paramref name="edgeIndex"/> is an <c>&lt;&lt;A&gt;&gt;_v</c> step.</summary>
    public bool IsStep(int condition, int edgeIndex)
    {
        ref readonly var edge = ref graph.Edge(edgeIndex);
        if (edge.From == edge.To)
        {
            return false; // v cannot change in a step that keeps the state
        }

        var cache = steps[condition] ??= new sbyte[graph.EdgeCount];
        if (cache[edgeIndex] == 0)
        {
            var c = conditions[condition];
            if (!IsEnabled(condition, edge.From))
            {
                // A step of <<A>>_v leaving a state makes <<A>>_v enabled there; the (cached)
                // per-state answer spares evaluating A on most edges.
                cache[edgeIndex] = 1;
                return false;
            }

            cache[edgeIndex] = evaluator.IsAngleStep(c.Action, c.Subscript, graph.State(edge.From), graph.State(edge.To)) ? (sbyte)2 : (sbyte)1;
        }

        return cache[edgeIndex] == 2;
    }
}
