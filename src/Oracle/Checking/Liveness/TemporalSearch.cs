using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>
/// Decides one temporal obligation by looking for a fair behaviour that violates it, and builds the
/// lasso TLC would print. Every obligation reduces to the same search: from a start state (an
/// initial state, or any reachable state satisfying a pivot condition), a path through a region
/// to a fair component inside the cycle region that meets every accepting set:
/// <list type="bullet">
/// <item><c>&lt;&gt;P</c>: start in an initial ¬P state, stay in ¬P forever.</item>
/// <item><c>P ~&gt; Q</c>: start in a reachable P ∧ ¬Q state, stay in ¬Q forever.</item>
/// <item><c>[]&lt;&gt;P1 \/ … \/ &lt;&gt;[]Q1 \/ …</c>: end in a fair component inside ¬P1 ∧ … that
/// contains a ¬Q1 state, a ¬Q2 state, ….</item>
/// <item><c>[]&lt;&gt;&lt;&lt;A&gt;&gt;_v \/ &lt;&gt;[][B]_w \/ …</c>: the component uses no &lt;&lt;A&gt;&gt;_v step and
/// contains a step that is not [B]_w.</item>
/// </list>
/// Only the cycle is constrained by the edge conditions; the stem may take any step.
/// </summary>
internal sealed class TemporalSearch(
    GraphSnapshot graph, FormulaEvaluator evaluator, PredicateCache predicates, FairnessOracle fairness, SccFinder sccs, CancellationToken cancellation)
{
    private readonly FairComponentSearch components = new(graph, fairness, sccs, cancellation);

    public Counterexample? FindViolation(PropertyObligation obligation)
    {
        var shape = ShapeOf(obligation);
        var unrestricted = shape.Pivot is null && shape.Region is null && !shape.StartsInitially;
        List<int> sources = [];
        IReadOnlyList<int> candidates;
        // Only states reachable from an initial state count (the checker adds no others, but a
        // graph built by hand may hold unreachable states).
        var reachable = GraphPaths.Reachable(graph, graph.InitialStates.ToArray(), _ => true, cancellation);
        if (unrestricted)
        {
            candidates = shape.Cycle is null ? reachable : reachable.FindAll(s => shape.Cycle(s));
        }
        else
        {
            foreach (var s in shape.StartsInitially ? graph.InitialStates.ToArray() : reachable.ToArray())
            {
                if (Satisfies(shape.Pivot, s) && Satisfies(shape.Region, s))
                {
                    sources.Add(s);
                }
            }

            var reach = GraphPaths.Reachable(graph, sources, s => Satisfies(shape.Region, s), cancellation);
            candidates = shape.Cycle is null ? reach : reach.FindAll(s => shape.Cycle(s));
        }

        var component = components.Find(candidates, shape.Accepting, shape.AcceptingEdges, shape.EdgeAllowed);
        if (component is null)
        {
            return null;
        }

        var stem = unrestricted
            ? GraphPaths.Shortest(graph, graph.InitialStates.ToArray(), _ => true, components.InComponent, cancellation)
            : StemThroughPivot(shape, sources);
        return Lasso(stem!, component, shape);
    }

    private List<PathStep>? StemThroughPivot(Shape shape, List<int> sources)
    {
        var tail = GraphPaths.Shortest(graph, sources, s => Satisfies(shape.Region, s), components.InComponent, cancellation);
        if (tail is null || shape.StartsInitially)
        {
            return tail;
        }

        var pivot = tail[0].State;
        var head = GraphPaths.Shortest(graph, graph.InitialStates.ToArray(), _ => true, s => s == pivot, cancellation)!;
        head.AddRange(tail.Skip(1));
        return head;
    }

    /// <summary>
    /// The stem followed by a cycle through the component from the stem's last state that
    /// demonstrates every fairness condition and accepting set; stuttering when that state alone does.
    /// </summary>
    private Counterexample Lasso(List<PathStep> stem, int[] component, Shape shape)
    {
        var entry = stem[^1].State;
        var states = ImmutableArray.CreateBuilder<TraceStep>();
        foreach (var step in stem)
        {
            states.Add(ToTraceStep(step));
        }

        var cycle = new List<PathStep>();
        var current = entry;
        foreach (var target in CycleTargets(component, entry, shape))
        {
            if (target.Edge >= 0)
            {
                var edge = graph.Edge(target.Edge);
                current = Walk(current, s => s == edge.From, cycle, shape.EdgeAllowed);
                cycle.Add(new PathStep(edge.To, target.Edge));
                current = edge.To;
            }
            else
            {
                current = Walk(current, s => s == target.State, cycle, shape.EdgeAllowed);
            }
        }

        if (cycle.Count == 0)
        {
            return new Counterexample(states.ToImmutable(), TraceEndKind.Stuttering, 0, null);
        }

        Walk(current, s => s == entry, cycle, shape.EdgeAllowed);
        for (var i = 0; i < cycle.Count - 1; i++)
        {
            states.Add(ToTraceStep(cycle[i]));
        }

        return new Counterexample(states.ToImmutable(), TraceEndKind.BackToState, stem.Count, graph.Edge(cycle[^1].Edge).Label);
    }

    /// <summary>Edges to take and states to visit; none when stuttering in <paramref name="entry"/> is fair and accepting.</summary>
    private List<PathStep> CycleTargets(int[] component, int entry, Shape shape)
    {
        components.Mark(component);
        var targets = new List<PathStep>();
        for (var c = 0; c < fairness.Count; c++)
        {
            if (!fairness.IsEnabled(c, entry))
            {
                continue;
            }

            var disabled = fairness.IsWeak(c) ? components.FindDisabled(component, c) : -1;
            if (disabled >= 0)
            {
                targets.Add(new PathStep(disabled, -1));
            }
            else if (components.FindStep(component, c) is var step and >= 0)
            {
                targets.Add(new PathStep(-1, step));
            }
        }

        foreach (var accept in shape.Accepting)
        {
            if (!accept(entry))
            {
                targets.Add(new PathStep(Array.Find(component, s => accept(s)), -1));
            }
        }

        foreach (var accept in shape.AcceptingEdges)
        {
            targets.Add(new PathStep(-1, components.FindEdge(component, accept)));
        }

        return targets;
    }

    /// <summary>Appends a shortest path inside the component from <paramref name="from"/> to a target; returns where it ends.</summary>
    private int Walk(int from, Func<int, bool> isTarget, List<PathStep> into, Func<int, bool>? edgeAllowed)
    {
        var path = GraphPaths.Shortest(graph, [from], components.InComponent, isTarget, cancellation, edgeAllowed)!;
        for (var i = 1; i < path.Count; i++)
        {
            into.Add(path[i]);
        }

        return path[^1].State;
    }

    private TraceStep ToTraceStep(PathStep step) =>
        new(step.State, step.Edge < 0 ? ActionLabel.InitialPredicate : graph.Edge(step.Edge).Label);

    private static bool Satisfies(Func<int, bool>? condition, int state) => condition is null || condition(state);

    private Shape ShapeOf(PropertyObligation obligation)
    {
        switch (obligation.Kind)
        {
            case PropertyObligationKind.Eventually:
                {
                    var p = obligation.First!;
                    bool NotP(int s) => !predicates.Holds(p, s);
                    return new Shape(true, NotP, NotP, null, [], [], null);
                }

            case PropertyObligationKind.LeadsTo:
                {
                    var (p, q) = (obligation.First!, obligation.Second!);
                    return new Shape(false, s => predicates.Holds(p, s), s => !predicates.Holds(q, s), null, [], [], null);
                }

            default:
                {
                    var never = obligation.AlwaysEventually;
                    Func<int, bool>? cycle = never.IsEmpty ? null : s =>
                    {
                        foreach (var p in never)
                        {
                            if (predicates.Holds(p, s))
                            {
                                return false;
                            }
                        }

                        return true;
                    };
                    var accepting = new List<Func<int, bool>>();
                    foreach (var q in obligation.EventuallyAlways)
                    {
                        accepting.Add(s => !predicates.Holds(q, s));
                    }

                    var acceptingEdges = new List<Func<int, bool>>();
                    foreach (var box in obligation.EventuallyAlwaysSteps)
                    {
                        acceptingEdges.Add(e => !predicates.HoldsForEdge(box, e));
                    }

                    var avoided = obligation.AlwaysEventuallySteps;
                    Func<int, bool>? edgeAllowed = avoided.IsEmpty ? null : e =>
                    {
                        foreach (var angle in avoided)
                        {
                            if (predicates.HoldsForEdge(angle, e))
                            {
                                return false;
                            }
                        }

                        return true;
                    };
                    if (obligation.Fairness is { } required)
                    {
                        // Violating WF_v(A): <<A>>_v enabled throughout the cycle, never taken.
                        // Violating SF_v(A): enabled somewhere on the cycle, never taken.
                        var oracle = new FairnessOracle(graph, evaluator, [required]);
                        edgeAllowed = e => !oracle.IsStep(0, e);
                        if (required.Kind == FairnessKind.Weak)
                        {
                            cycle = s => oracle.IsEnabled(0, s);
                        }
                        else
                        {
                            accepting.Add(s => oracle.IsEnabled(0, s));
                        }
                    }

                    return new Shape(false, null, null, cycle, accepting, acceptingEdges, edgeAllowed);
                }
        }
    }

    /// <param name="StartsInitially">The start state must be an initial state.</param>
    /// <param name="Pivot">What the start state satisfies (null: anything).</param>
    /// <param name="Region">What every state from the start on satisfies (null: anything).</param>
    /// <param name="Cycle">What every state of the final component satisfies (null: anything).</param>
    /// <param name="Accepting">Sets the final component must meet.</param>
    /// <param name="AcceptingEdges">Sets of edges the final component must contain one of.</param>
    /// <param name="EdgeAllowed">The edges the final component may use (null: all).</param>
    private sealed record Shape(
        bool StartsInitially,
        Func<int, bool>? Pivot,
        Func<int, bool>? Region,
        Func<int, bool>? Cycle,
        List<Func<int, bool>> Accepting,
        List<Func<int, bool>> AcceptingEdges,
        Func<int, bool>? EdgeAllowed);
}
