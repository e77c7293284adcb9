using GraphSpec.Impl.Simulation;
using GraphSpec.Oracle.Validation;

namespace GraphSpec.Fuzzing;

/// <summary>
/// What one case found. A failure has a <see cref="Signature"/> (its kind and the name of what
/// broke) that shrinking preserves, and the TLC-style exit code the CLI reports for it.
/// </summary>
public sealed record CaseVerdict(RunResult Run, ValidationResult Validation, ReadOnlyMemory<byte> TraceUtf8)
{
    /// <summary>The spec actions the run's steps were labelled with (Init included).</summary>
    public IReadOnlySet<string> Actions { get; init; } = new HashSet<string>();

    /// <summary>The trace as text (JSON Lines), decoded when a report needs it; empty for a case that passed (the runner keeps only failures' traces: re-running the case gives it again, byte for byte).</summary>
    public string Trace => System.Text.Encoding.UTF8.GetString(TraceUtf8.Span);

    /// <summary>True when the run completed and every step, state and the end agree with the spec.</summary>
    public bool Passed => Validation.Succeeded && Run.Outcome == RunOutcome.Done;

    /// <summary>
    /// The failure's identity: <c>invariant NAME</c> (a state breaks an invariant), <c>deadlock</c>
    /// (the implementation hangs and the spec agrees nothing can move), <c>refinement</c> (a step
    /// or the end is not the spec's), <c>assert</c> (the implementation rejected its own state),
    /// <c>livelock</c> (no end within the step limit); <c>ok</c> for a pass.
    /// </summary>
    public string Signature => Passed ? "ok" : Validation.Outcome switch
    {
        ValidationOutcome.InvariantViolated => $"invariant {Validation.Failure?.Invariant}",
        ValidationOutcome.StepNotAllowed or ValidationOutcome.EndDisagreement => "refinement",
        ValidationOutcome.ImplementationAssert => "assert",
        ValidationOutcome.Ok when Run.Outcome == RunOutcome.Deadlock => "deadlock",
        ValidationOutcome.Ok when Run.Outcome == RunOutcome.StepLimit => "livelock",
        ValidationOutcome.Ok when Run.Outcome == RunOutcome.BadSchedule => "bad_schedule",
        var other => other.Name(),
    };

    /// <summary>11 deadlock, 12 invariant / refinement / assert, 13 livelock (liveness), 0 pass; 75 and 150 when the spec itself fails.</summary>
    public int ExitCode => Signature switch
    {
        "ok" => 0,
        "deadlock" => 11,
        "livelock" => 13,
        "bad_schedule" => 2,
        _ => Validation.Outcome is ValidationOutcome.EvaluationError or ValidationOutcome.ParseError ? Validation.ExitCode : 12,
    };

    /// <summary>A case that cannot count as evidence either way (its explicit schedule did not fit the scenario).</summary>
    public bool Invalid => Run.Outcome == RunOutcome.BadSchedule;
}
