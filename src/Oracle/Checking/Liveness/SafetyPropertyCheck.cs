using System.Collections.Immutable;

namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>
/// The property conjuncts TLC checks during its breadth-first search rather than on the graph:
/// state predicates (initial states), <c>[]P</c> (every state, reported as an invariant) and
/// <c>[][A]_v</c> (every step). Replays the search in BFS order over the recorded graph, so the
/// violation found is the one TLC meets first and its trace goes through the same parents.
/// </summary>
internal sealed class SafetyPropertyCheck(GraphSnapshot graph, FormulaEvaluator evaluator, ImmutableArray<PropertyCheck> properties, CancellationToken cancellation)
{
    public LivenessResult? FindViolation()
    {
        if (!Has(PropertyObligationKind.InitialPredicate) && !Has(PropertyObligationKind.Invariant) && !Has(PropertyObligationKind.ActionProperty))
        {
            return null;
        }

        var enteredBy = new int[graph.StateCount];
        Array.Fill(enteredBy, -2);
        var queue = new Queue<int>();
        foreach (var s in graph.InitialStates)
        {
            if (enteredBy[s] != -2)
            {
                continue;
            }

            enteredBy[s] = -1;
            if (FailedStatePredicate(s, PropertyObligationKind.InitialPredicate) is { } initName)
            {
                return Violation(LivenessOutcome.InitialPredicateViolated, initName, Trace(enteredBy, s, null));
            }

            if (FailedStatePredicate(s, PropertyObligationKind.Invariant) is { } name)
            {
                return Violation(LivenessOutcome.InvariantViolated, name, Trace(enteredBy, s, null));
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
                if (FailedActionProperty(v, w) is { } actionName)
                {
                    return Violation(LivenessOutcome.ActionPropertyViolated, actionName, Trace(enteredBy, v, e));
                }

                if (enteredBy[w] != -2)
                {
                    continue;
                }

                enteredBy[w] = e;
                if (FailedStatePredicate(w, PropertyObligationKind.Invariant) is { } name)
                {
                    return Violation(LivenessOutcome.InvariantViolated, name, Trace(enteredBy, w, null));
                }

                queue.Enqueue(w);
            }
        }

        return null;
    }

    private bool Has(PropertyObligationKind kind)
    {
        foreach (var property in properties)
        {
            foreach (var obligation in property.Obligations)
            {
                if (obligation.Kind == kind)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private string? FailedStatePredicate(int state, PropertyObligationKind kind)
    {
        foreach (var property in properties)
        {
            foreach (var obligation in property.Obligations)
            {
                if (obligation.Kind == kind && !evaluator.Holds(obligation.First!, graph.State(state)))
                {
                    return property.Name;
                }
            }
        }

        return null;
    }

    private string? FailedActionProperty(int from, int to)
    {
        foreach (var property in properties)
        {
            foreach (var obligation in property.Obligations)
            {
                if (obligation.Kind == PropertyObligationKind.ActionProperty
                    && !evaluator.HoldsForStep(obligation.First!, graph.State(from), graph.State(to)))
                {
                    return property.Name;
                }
            }
        }

        return null;
    }

    /// <summary>The BFS path to <paramref name="state"/>, then the step <paramref name="finalEdge"/> when given.</summary>
    private Counterexample Trace(int[] enteredBy, int state, int? finalEdge)
    {
        var path = new List<TraceStep>();
        for (var s = state; ; s = graph.Edge(enteredBy[s]).From)
        {
            path.Add(new TraceStep(s, enteredBy[s] < 0 ? ActionLabel.InitialPredicate : graph.Edge(enteredBy[s]).Label));
            if (enteredBy[s] < 0)
            {
                break;
            }
        }

        path.Reverse();
        if (finalEdge is { } e)
        {
            path.Add(new TraceStep(graph.Edge(e).To, graph.Edge(e).Label));
        }

        return new Counterexample([.. path], TraceEndKind.None, 0, null);
    }

    private static LivenessResult Violation(LivenessOutcome outcome, string name, Counterexample trace) => new(outcome, name, trace, null);
}
