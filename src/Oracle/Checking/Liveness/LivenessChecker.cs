using GraphSpec.Oracle.Tla.Evaluation;

namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>
/// Checks the PROPERTY obligations of a <see cref="LivenessProblem"/> on the complete state graph,
/// as TLC does after its safety search: first the conjuncts TLC checks during the search
/// (<c>P</c>, <c>[]P</c>, <c>[][A]_v</c>), replayed in BFS order, then the temporal ones in property
/// order, under the specification's fairness. The first violation is reported.
/// </summary>
public static class LivenessChecker
{
    public static LivenessResult Check(StateGraph graph, LivenessProblem problem, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(problem);
        string? current = null;
        try
        {
            var snapshot = graph.Snapshot();
            var safety = new SafetyPropertyCheck(snapshot, problem.Evaluator, problem.Properties, cancellation).FindViolation();
            if (safety is not null)
            {
                return safety;
            }

            var predicates = new PredicateCache(snapshot, problem.Evaluator);
            var fairness = new FairnessOracle(snapshot, problem.Evaluator, problem.Fairness);
            var search = new TemporalSearch(snapshot, problem.Evaluator, predicates, fairness, new SccFinder(snapshot, cancellation), cancellation);
            foreach (var property in problem.Properties)
            {
                current = property.Name;
                foreach (var obligation in property.Obligations)
                {
                    if (obligation.Kind is PropertyObligationKind.InitialPredicate or PropertyObligationKind.Invariant or PropertyObligationKind.ActionProperty)
                    {
                        continue;
                    }

                    if (search.FindViolation(obligation) is { } lasso)
                    {
                        return new LivenessResult(LivenessOutcome.TemporalPropertyViolated, property.Name, lasso, null);
                    }
                }
            }

            return LivenessResult.Satisfied;
        }
        catch (TlaEvaluationException e)
        {
            return new LivenessResult(LivenessOutcome.EvaluationError, current, null, e.ToError());
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return LivenessResult.Cancelled;
        }
    }
}
