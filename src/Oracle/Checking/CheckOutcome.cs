namespace GraphSpec.Oracle.Checking;

/// <summary>How a model-checking run ended. The names (<see cref="CheckOutcomes.Name"/>) are the
/// <c>outcome</c> values of the conformance cases' expected.json.</summary>
public enum CheckOutcome
{
    /// <summary>The whole state space was explored and no problem was found.</summary>
    Ok,
    /// <summary>An ASSUME of the spec is false.</summary>
    AssumptionFalse,
    /// <summary>A reachable state has no successor.</summary>
    Deadlock,
    /// <summary>An invariant (or a <c>[]P</c> property) is violated.</summary>
    Invariant,
    /// <summary>A temporal or action property is violated.</summary>
    Property,
    /// <summary><c>Assert</c> failed.</summary>
    Assert,
    /// <summary>Evaluation failed (exit 75; 76 inside an invariant, 77 in a temporal property).</summary>
    EvalError,
    /// <summary>A module does not parse or resolve.</summary>
    ParseError,
    /// <summary>The cfg file is malformed or names something that does not exist.</summary>
    ConfigError,
    /// <summary>The run was cancelled (Ctrl-C) before the state space was explored.</summary>
    Stopped,
    /// <summary>The run stopped at the --max-states limit.</summary>
    MaxStates,
}

/// <summary>Names and TLC exit codes of <see cref="CheckOutcome"/>.</summary>
public static class CheckOutcomes
{
    /// <summary>The expected.json spelling: <c>ok</c>, <c>deadlock</c>, <c>eval_error</c>, ...</summary>
    public static string Name(this CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Ok => "ok",
        CheckOutcome.AssumptionFalse => "assume",
        CheckOutcome.Deadlock => "deadlock",
        CheckOutcome.Invariant => "invariant",
        CheckOutcome.Property => "property",
        CheckOutcome.Assert => "assert",
        CheckOutcome.EvalError => "eval_error",
        CheckOutcome.ParseError => "parse_error",
        CheckOutcome.ConfigError => "config_error",
        CheckOutcome.Stopped => "stopped",
        CheckOutcome.MaxStates => "max_states",
        _ => "unknown",
    };

    /// <summary>TLC's exit code for the outcome (evaluation errors: 75 unless the result says otherwise).</summary>
    public static int DefaultExitCode(this CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Ok => 0,
        CheckOutcome.AssumptionFalse => 10,
        CheckOutcome.Deadlock => 11,
        CheckOutcome.Invariant => 12,
        CheckOutcome.Property => 13,
        CheckOutcome.Assert => 14,
        CheckOutcome.EvalError => 75,
        CheckOutcome.ParseError => 150,
        CheckOutcome.ConfigError => 151,
        // TLC has no code for an interrupted run; 153 is its "system error", used for a stop that
        // leaves the state space unexplored.
        CheckOutcome.Stopped => 153,
        CheckOutcome.MaxStates => 152,
        _ => 255,
    };
}
