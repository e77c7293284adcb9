using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// The engine-independent result of checking one model: the outcome with TLC's exit code, the
/// violated invariant or property, TLC's statistics, the counterexample and diagnostics.
/// </summary>
public sealed record CheckResult
{
    public required CheckOutcome Outcome { get; init; }

    /// <summary>TLC's exit code (75 or 76 for evaluation errors, 255 for a cfg syntax error, ...).</summary>
    public required int ExitCode { get; init; }

    /// <summary>The invariant or property named in TLC's message, or null.</summary>
    public string? ViolatedName { get; init; }

    /// <summary>The error message (evaluation error, Assert text, ...), or null.</summary>
    public string? Message { get; init; }

    /// <summary>Counts at the end of the run (for violations: where the search stopped).</summary>
    public CheckStatistics Statistics { get; init; } = CheckStatistics.Empty;

    /// <summary>Distinct initial states (TLC's "Finished computing initial states: N distinct states generated").</summary>
    public long InitialStates { get; init; }

    /// <summary>False when TLC prints no statistics (front-end errors, invariant violated by an initial state).</summary>
    public bool HasStatistics { get; init; }

    /// <summary>The variable names, in the order of <see cref="TraceState.Values"/>.</summary>
    public ImmutableArray<string> VariableNames { get; init; } = [];

    public ImmutableArray<TraceState> Trace { get; init; } = [];

    public TraceEnd TraceEnd { get; init; } = TraceEnd.None;

    /// <summary>For a lasso ending "back to state K": the action of the step from the last state back to state K.</summary>
    public TraceAction? LoopAction { get; init; }

    /// <summary>True when an initial state violates an invariant (TLC prints it without a header).</summary>
    public bool ViolatedByInitialState { get; init; }

    /// <summary>Per-action counts when coverage was requested (actions in Next's order).</summary>
    public ImmutableArray<ActionCoverage> Coverage { get; init; } = [];

    /// <summary>Front-end diagnostics and the evaluation error, with positions.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Elapsed wall time of the search.</summary>
    public TimeSpan Elapsed { get; init; }

    public static CheckResult FromDiagnostics(ImmutableArray<Diagnostic> diagnostics)
    {
        // The first diagnostic decides, as TLC stops at the first stage that fails.
        var outcome = diagnostics.IsEmpty ? CheckOutcome.ConfigError : diagnostics[0].Kind switch
        {
            DiagnosticKind.Parse or DiagnosticKind.Semantic => CheckOutcome.ParseError,
            DiagnosticKind.Config => CheckOutcome.ConfigError,
            _ => CheckOutcome.EvalError,
        };

        return new CheckResult
        {
            Outcome = outcome,
            ExitCode = outcome.DefaultExitCode(),
            Message = diagnostics.IsEmpty ? null : diagnostics[0].Message,
            Diagnostics = diagnostics,
        };
    }
}
