namespace GraphSpec.Oracle.Validation;

/// <summary>What validating a trace found; each outcome has a TLC-style exit code.</summary>
public enum ValidationOutcome
{
    /// <summary>Every step is a step of the spec, every invariant holds, the ends agree.</summary>
    Ok,
    /// <summary>A state is not an initial state, or a step is not the labelled action (or not a stutter).</summary>
    StepNotAllowed,
    /// <summary>An invariant is false in some state of the trace.</summary>
    InvariantViolated,
    /// <summary>The implementation deadlocked where the spec can move, or finished where the spec is not terminal.</summary>
    EndDisagreement,
    /// <summary>The implementation stopped on one of its own assertions (footer "assert").</summary>
    ImplementationAssert,
    /// <summary>The trace's constants make an ASSUME of the spec false.</summary>
    AssumptionFalse,
    /// <summary>Evaluating the spec failed (a bad value in a state can cause this too).</summary>
    EvaluationError,
    /// <summary>The spec does not parse or resolve.</summary>
    ParseError,
    /// <summary>The trace is malformed, or does not fit the spec (unknown variable, missing constant).</summary>
    MalformedTrace,
}

public static class ValidationOutcomes
{
    /// <summary>The process exit code: TLC's for the corresponding check result, 2 for a malformed trace.</summary>
    public static int ExitCode(this ValidationOutcome outcome) => outcome switch
    {
        ValidationOutcome.Ok => 0,
        ValidationOutcome.StepNotAllowed or ValidationOutcome.InvariantViolated => 12,
        ValidationOutcome.EndDisagreement => 11,
        ValidationOutcome.ImplementationAssert => 14,
        ValidationOutcome.AssumptionFalse => 10,
        ValidationOutcome.EvaluationError => 75,
        ValidationOutcome.ParseError => 150,
        _ => 2,
    };

    /// <summary>A short name for summaries and JSON: <c>ok</c>, <c>step</c>, <c>invariant</c>, ...</summary>
    public static string Name(this ValidationOutcome outcome) => outcome switch
    {
        ValidationOutcome.Ok => "ok",
        ValidationOutcome.StepNotAllowed => "step",
        ValidationOutcome.InvariantViolated => "invariant",
        ValidationOutcome.EndDisagreement => "end",
        ValidationOutcome.ImplementationAssert => "assert",
        ValidationOutcome.AssumptionFalse => "assume",
        ValidationOutcome.EvaluationError => "eval_error",
        ValidationOutcome.ParseError => "parse_error",
        _ => "malformed_trace",
    };
}
