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

    /// <summary>Checks a prepared problem: safety by BFS, then the temporal properties.</summary>
    public static CheckResult Check(CheckProblem problem, CheckOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        var checker = new BfsChecker(problem, options, cancellation);
        var result = checker.Run();
        if (result.Outcome != CheckOutcome.Ok || problem.TemporalProperties.IsEmpty)
        {
            return result;
        }

        // Temporal properties need the liveness checker, which is not integrated yet: say so
        // rather than claim the properties hold (TLC's FAILURE_LIVENESS_EVAL exit code).
        var names = string.Join(", ", problem.TemporalProperties.Select(p => p.Name));
        return result with
        {
            Outcome = CheckOutcome.EvalError,
            ExitCode = 77,
            Message = $"The temporal properties {names} need liveness checking, which is not available yet.",
        };
    }
}
