using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>A value, or the error that prevented computing it.</summary>
public readonly record struct EvaluationResult(Value? Value, EvaluationError? Error)
{
    public bool Succeeded => Error is null;

    /// <summary>True when the value is TRUE (false for FALSE, a non-Boolean or an error).</summary>
    public bool IsTrue => Value is BoolValue { Value: true };
}
