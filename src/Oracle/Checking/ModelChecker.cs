using GraphSpec.Oracle.Checking.Liveness;
using GraphSpec.Oracle.Tla.Config;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// The embedded model checker: TLC's breadth-first search with TLC's counts, outcomes and
/// counterexamples. Never throws for problems in the spec or cfg: they are results.
/// </summary>
public static class ModelChecker
{
    /// <summary>Loads <paramref name="specPath"/> with <paramref name="cfgPath"/> and checks the model.</summary>
    public static CheckResult CheckFiles(string specPath, string cfgPath, CheckOptions? options = null, CancellationToken cancellation = default)
    {
        var bound = ModelLoader.LoadFiles(specPath, cfgPath);
        return bound.Model is null ? CheckResult.FromDiagnostics(bound.Diagnostics) : Check(bound.Model, options, cancellation);
    }

    /// <summary>Checks a bound model (constants are evaluated first; their errors are results too).</summary>
    public static CheckResult Check(BoundModel model, CheckOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = model.CreateModelContext();
        if (context.Model is null)
        {
            return CheckResult.FromDiagnostics(context.Diagnostics);
        }

        var (problem, diagnostics) = CheckProblemBuilder.Build(model, context.Model);
        if (problem is null)
        {
            return CheckResult.FromDiagnostics(diagnostics);
        }

        return Check(problem, options ?? new CheckOptions(), cancellation);
    }

    /// <summary>Checks a prepared problem: safety by BFS, then the temporal properties on the state graph.</summary>
    public static CheckResult Check(CheckProblem problem, CheckOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        if (problem.TemporalProperties.IsEmpty)
        {
            return new BfsChecker(problem, options, cancellation).Run();
        }

        var definitions = problem.TemporalProperties.Select(p => p.Definition).ToList();
        var liveness = LivenessProblem.Create(problem.Model, problem.Bound.Specification, definitions);
        if (liveness.Problem is null)
        {
            return CheckResult.FromDiagnostics(liveness.Diagnostics);
        }

        // TLC finishes the safety search first, then checks the temporal properties on the whole graph.
        var graph = new StateGraph();
        var safety = new BfsChecker(problem, options, cancellation, graph).Run();
        if (safety.Outcome != CheckOutcome.Ok)
        {
            return safety;
        }

        var result = LivenessChecker.Check(graph, liveness.Problem, cancellation);
        return LivenessResults.Apply(safety, result, graph, problem.Model.Spec);
    }
}
