using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Validation;

/// <summary>
/// The first failure in a trace. <see cref="Step"/> is the number of the trace line's state (0 =
/// initial state); <see cref="Action"/> the label with its arguments (<c>ReqGate(IoThread)</c>).
/// <see cref="Explanation"/> lists the false conjuncts, outermost first. <see cref="Before"/> and
/// <see cref="After"/> are the two states of a failed step (only <see cref="After"/> for an
/// invariant or an end check), in the spec's variable order; <see cref="ChangedVariables"/> are the
/// variables whose values differ between them. For a step whose state the spec does not produce,
/// <see cref="SpecDifferences"/> compares the trace's state with the spec's closest successor.
/// </summary>
public sealed record ValidationFailure(ValidationOutcome Outcome, string Message)
{
    public int? Step { get; init; }

    public string? Thread { get; init; }

    public string? Action { get; init; }

    /// <summary>The violated invariant (or the ASSUME's position for <see cref="ValidationOutcome.AssumptionFalse"/>).</summary>
    public string? Invariant { get; init; }

    public ImmutableArray<FalseConjunct> Explanation { get; init; } = [];

    public ImmutableArray<Value> Before { get; init; } = [];

    public ImmutableArray<Value> After { get; init; } = [];

    public ImmutableArray<string> ChangedVariables { get; init; } = [];

    /// <summary>Per variable where the trace's after-state differs from the spec's closest successor: name, trace value, spec value.</summary>
    public ImmutableArray<VariableDifference> SpecDifferences { get; init; } = [];

    /// <summary>Actions the spec can take in the last state (for an end disagreement), as <c>Name(args)</c>.</summary>
    public ImmutableArray<string> EnabledActions { get; init; } = [];

    /// <summary>Where in the trace (or the spec) the failure is.</summary>
    public SourceSpan Location { get; init; } = SourceSpan.None;

    public int ExitCode => Outcome.ExitCode();
}

/// <summary>A variable whose value in the trace differs from the spec's value.</summary>
public sealed record VariableDifference(string Variable, Value Trace, Value Spec);
