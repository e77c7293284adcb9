namespace GraphSpec.Cli;

/// <summary>
/// The process exit codes of <c>graphspec</c>. They follow TLC's, so that scripts written for TLC
/// read GraphSpec's results the same way; 1, 2 and 255 are GraphSpec's own.
/// </summary>
public static class ExitCodes
{
    /// <summary>Success: the model (or expression, or every conformance case) is fine.</summary>
    public const int Ok = 0;

    /// <summary><c>conformance</c>: some case does not agree with TLC's recorded result.</summary>
    public const int ConformanceDisagreement = 1;

    /// <summary>Bad command line, or an input file that cannot be read.</summary>
    public const int Usage = 2;

    /// <summary>The model deadlocks (TLC: EC.ExitStatus.VIOLATION_DEADLOCK).</summary>
    public const int Deadlock = 11;

    /// <summary>An invariant (or a <c>[]P</c> property) is violated.</summary>
    public const int InvariantViolated = 12;

    /// <summary>A temporal or action property is violated.</summary>
    public const int PropertyViolated = 13;

    /// <summary>A TLC <c>Assert</c> failed.</summary>
    public const int AssertFailed = 14;

    /// <summary>An evaluation error (CHOOSE from an empty set, a value of the wrong kind, ...).</summary>
    public const int EvaluationError = 75;

    /// <summary>An evaluation error while evaluating an invariant.</summary>
    public const int InvariantEvaluationError = 76;

    /// <summary>A parse or semantic error in a TLA+ module (TLC: SANY failed).</summary>
    public const int ParseError = 150;

    /// <summary>An error in the model config (.cfg) file: its syntax or a name it uses.</summary>
    public const int ConfigError = 151;

    /// <summary>A bug in GraphSpec itself; the message says "internal error".</summary>
    public const int InternalError = 255;
}
