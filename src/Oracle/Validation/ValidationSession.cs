using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;

namespace GraphSpec.Oracle.Validation;

/// <summary>
/// Validates a trace step by step as it is produced (a running implementation can stop at the
/// first failure): <see cref="Start"/>, then <see cref="Initial"/>, <see cref="Step"/> for each
/// step and <see cref="End"/>; each returns the failure, or null. After a failure the session
/// accepts nothing more. <see cref="Result"/> is the verdict so far. One session per trace and
/// thread; sessions of one <see cref="SpecInstance"/> may run in parallel.
/// </summary>
public sealed class ValidationSession
{
    private readonly SpecInstance spec;
    private readonly TraceRun run;
    private ValidationFailure? failure;
    private bool started;

    private ValidationSession(SpecInstance spec, TraceRun run)
    {
        this.spec = spec;
        this.run = run;
    }

    /// <summary>A session for a trace with these constants, or the failure that prevents one (constants, invariant names).</summary>
    public static (ValidationSession? Session, ValidationResult? Failure) Start(SpecInstance spec, IReadOnlyDictionary<string, Value> constants, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(constants);
        var (run, failure) = TraceRun.Start(spec, constants, options ?? ValidationOptions.Default);
        return run is null
            ? (null, ValidationResult.Failed(failure!) with { VariableNames = spec.VariableNames })
            : (new ValidationSession(spec, run), null);
    }

    /// <summary>The initial state line (index 0).</summary>
    public ValidationFailure? Initial(TraceStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        Guard(expectStarted: false);
        started = true;
        return failure = run.Initial(step);
    }

    /// <summary>The next step line (its state, or none for a label-only step).</summary>
    public ValidationFailure? Step(TraceStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        Guard(expectStarted: true);
        return failure = run.Step(step);
    }

    /// <summary>The footer; its step count must be the number of steps given.</summary>
    public ValidationFailure? End(TraceFooter footer)
    {
        ArgumentNullException.ThrowIfNull(footer);
        Guard(expectStarted: true);
        failure = footer.Steps != run.StepsChecked
            ? new ValidationFailure(ValidationOutcome.MalformedTrace, $"The footer says {footer.Steps} steps, the trace has {run.StepsChecked}.") { Location = footer.Location }
            : run.End(footer);
        return failure;
    }

    /// <summary>The verdict so far: the first failure, or ok.</summary>
    public ValidationResult Result =>
        new(failure?.Outcome ?? ValidationOutcome.Ok, failure, run.StepsChecked, run.Notes) { VariableNames = spec.VariableNames };

    private void Guard(bool expectStarted)
    {
        if (failure is not null)
        {
            throw new InvalidOperationException("The trace already failed; a session accepts nothing after its first failure.");
        }

        if (started != expectStarted)
        {
            throw new InvalidOperationException(expectStarted ? "Initial must come first." : "Initial was already given.");
        }
    }
}
