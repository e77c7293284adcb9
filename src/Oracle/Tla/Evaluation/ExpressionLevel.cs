namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// The TLA+ level of an expression: what it may depend on. Decides caching (constant-level
/// definitions are evaluated once per model) and where primes and temporal operators are allowed.
/// </summary>
public enum ExpressionLevel
{
    /// <summary>Depends only on constants.</summary>
    Constant = 0,
    /// <summary>Depends on the current state.</summary>
    State = 1,
    /// <summary>Depends on the current and the next state (contains a prime).</summary>
    Action = 2,
    /// <summary>A temporal formula (<c>[]</c>, <c>&lt;&gt;</c>, <c>~&gt;</c>, fairness).</summary>
    Temporal = 3,
}

internal static class ExpressionLevels
{
    public static ExpressionLevel Max(ExpressionLevel a, ExpressionLevel b) => a > b ? a : b;
}
