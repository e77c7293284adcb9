using System.Collections.Immutable;

namespace GraphSpec.Oracle.Validation;

/// <summary>
/// The verdict on one trace: <see cref="Outcome"/> (and its exit code), the first failure if any,
/// how many steps and states were checked before it, and notes (e.g. a label-only step whose
/// action had several successors: the first, in TLC's enumeration order, was taken).
/// </summary>
public sealed record ValidationResult(ValidationOutcome Outcome, ValidationFailure? Failure, int StepsChecked, ImmutableArray<string> Notes)
{
    /// <summary>The spec's variable names, in the order of the failure's state arrays.</summary>
    public ImmutableArray<string> VariableNames { get; init; } = [];

    public bool Succeeded => Outcome == ValidationOutcome.Ok;

    public int ExitCode => Outcome.ExitCode();

    internal static ValidationResult Failed(ValidationFailure failure, int stepsChecked = 0, ImmutableArray<string> notes = default) =>
        new(failure.Outcome, failure, stepsChecked, notes.IsDefault ? [] : notes);
}
