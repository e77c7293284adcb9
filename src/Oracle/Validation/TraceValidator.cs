using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;

namespace GraphSpec.Oracle.Validation;

/// <summary>
/// Checks a trace of the implementation against the spec: the initial state satisfies Init; every
/// step is the action its label names, with unprimed variables bound to the state before and primed
/// ones to the state after (or, labelled "internal", leaves the state unchanged); a step without a
/// state (label-only) takes the spec's successor under the action, which must be enabled; every
/// invariant holds in every state; a deadlock of the run is one of the spec (Next disabled), and a
/// finished run ends in a terminal state (Done, no move but the stutter). Stops at the first failure.
/// Thread-safe: traces may be validated in parallel against one <see cref="SpecInstance"/>.
/// </summary>
public static class TraceValidator
{
    /// <summary>
    /// Validates a trace given in memory. <paramref name="steps"/> starts with the initial state line
    /// (index 0); <paramref name="footer"/> may be null to check the steps only.
    /// </summary>
    public static ValidationResult Validate(
        SpecInstance spec,
        IReadOnlyDictionary<string, Value> constants,
        IEnumerable<TraceStep> steps,
        TraceFooter? footer,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(constants);
        ArgumentNullException.ThrowIfNull(steps);
        var (session, refused) = ValidationSession.Start(spec, constants, options);
        if (session is null)
        {
            return refused!;
        }

        var first = true;
        foreach (var step in steps)
        {
            var failure = first ? session.Initial(step) : session.Step(step);
            first = false;
            if (failure is not null)
            {
                return session.Result;
            }
        }

        if (first)
        {
            return Finish(spec, new ValidationFailure(ValidationOutcome.MalformedTrace, "The trace has no initial state."), 0, []);
        }

        if (footer is not null)
        {
            session.End(footer);
        }

        return session.Result;
    }

    /// <summary>Validates a trace read with <see cref="TraceReader"/>; its header must name this spec's module.</summary>
    public static ValidationResult Validate(SpecInstance spec, TraceDocument trace, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(trace);
        if (trace.Header.Spec != spec.ModuleName)
        {
            var at = new Tla.Syntax.SourceSpan(trace.File, 1, 1, 1, 1);
            return Finish(spec, new ValidationFailure(ValidationOutcome.MalformedTrace,
                $"The trace is a trace of {trace.Header.Spec}, not of {spec.ModuleName}.")
            { Location = at }, 0, []);
        }

        return Validate(spec, trace.Header.ConstantsByName(), trace.Steps, trace.Footer, options);
    }

    /// <summary>Reads and validates the trace file at <paramref name="tracePath"/>.</summary>
    public static ValidationResult ValidateFile(SpecInstance spec, string tracePath, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var read = TraceReader.ReadFile(tracePath);
        if (read.Document is not { } document)
        {
            return Finish(spec, new ValidationFailure(ValidationOutcome.MalformedTrace, read.Error!.Message) { Location = read.Error.Span }, 0, []);
        }

        return Validate(spec, document, options);
    }

    /// <summary>Loads the spec and validates one trace file (a spec that does not load is a parse error, 150).</summary>
    public static ValidationResult ValidateFile(string specPath, string tracePath, ValidationOptions? options = null)
    {
        var loaded = SpecInstance.Load(specPath);
        if (loaded.Instance is not { } spec)
        {
            var first = loaded.Diagnostics.IsEmpty ? null : loaded.Diagnostics[0];
            return ValidationResult.Failed(new ValidationFailure(ValidationOutcome.ParseError, first?.Message ?? $"{specPath} cannot be loaded.")
            {
                Location = first?.Span ?? Tla.Syntax.SourceSpan.None,
            });
        }

        return ValidateFile(spec, tracePath, options);
    }

    private static ValidationResult Finish(SpecInstance spec, ValidationFailure failure, int steps, System.Collections.Immutable.ImmutableArray<string> notes) =>
        ValidationResult.Failed(failure, steps, notes) with { VariableNames = spec.VariableNames };
}
