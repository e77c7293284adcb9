using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Evaluation;

namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>How the check of the properties ended.</summary>
public enum LivenessOutcome
{
    /// <summary>Every property holds.</summary>
    Satisfied,
    /// <summary>A <c>[]P</c> property fails in a reachable state; TLC reports "Invariant X is violated." (exit 12).</summary>
    InvariantViolated,
    /// <summary>A <c>[][A]_v</c> property fails for a step; TLC reports "Action property X is violated." (exit 13).</summary>
    ActionPropertyViolated,
    /// <summary>A state-predicate property fails in an initial state (exit 13).</summary>
    InitialPredicateViolated,
    /// <summary>A fair behaviour violates a temporal property; TLC reports "Temporal properties were violated." (exit 13).</summary>
    TemporalPropertyViolated,
    /// <summary>Evaluating a formula failed.</summary>
    EvaluationError,
    /// <summary>The cancellation token fired.</summary>
    Cancelled,
}

/// <summary>How a counterexample ends.</summary>
public enum TraceEndKind
{
    /// <summary>A finite trace (invariant or action property violations).</summary>
    None,
    /// <summary>The behaviour stutters forever in the last state (TLC: <c>State N: Stuttering</c>).</summary>
    Stuttering,
    /// <summary>The last state steps back to an earlier one (TLC: <c>Back to state K</c>).</summary>
    BackToState,
}

/// <summary>One state of a counterexample and the action that led to it.</summary>
public sealed record TraceStep(int StateIndex, ActionLabel Action);

/// <summary>
/// A counterexample. The printed trace is <see cref="States"/> numbered from 1. For a lasso,
/// <see cref="BackToState"/> is the 1-based number of the state the last state returns to, by
/// <see cref="ClosingAction"/>; the states from there to the end form the cycle.
/// </summary>
public sealed record Counterexample(ImmutableArray<TraceStep> States, TraceEndKind End, int BackToState, ActionLabel? ClosingAction)
{
    /// <summary>Number of states before the cycle starts (the lasso's stem), for a lasso.</summary>
    public int PrefixLength => End == TraceEndKind.BackToState ? BackToState - 1 : States.Length;
}

/// <summary>The result of <see cref="LivenessChecker.Check"/>.</summary>
public sealed record LivenessResult(LivenessOutcome Outcome, string? ViolatedProperty, Counterexample? Counterexample, EvaluationError? Error)
{
    public static readonly LivenessResult Satisfied = new(LivenessOutcome.Satisfied, null, null, null);

    public static readonly LivenessResult Cancelled = new(LivenessOutcome.Cancelled, null, null, null);

    public bool IsViolation => Outcome is LivenessOutcome.InvariantViolated or LivenessOutcome.ActionPropertyViolated
        or LivenessOutcome.InitialPredicateViolated or LivenessOutcome.TemporalPropertyViolated;
}
