using System.Collections.Immutable;
using GraphSpec.Oracle.Checking.Liveness;
using GraphSpec.Oracle.Tla.Semantics;

namespace GraphSpec.Oracle.Checking;

/// <summary>Turns the liveness checker's result into a <see cref="CheckResult"/> (TLC's outcomes and exit codes).</summary>
internal static class LivenessResults
{
    public static CheckResult Apply(CheckResult safety, LivenessResult liveness, StateGraph graph, ResolvedSpec spec)
    {
        var (outcome, exitCode) = liveness.Outcome switch
        {
            LivenessOutcome.Satisfied => (CheckOutcome.Ok, 0),
            LivenessOutcome.InvariantViolated => (CheckOutcome.Invariant, 12),
            LivenessOutcome.ActionPropertyViolated or LivenessOutcome.InitialPredicateViolated or LivenessOutcome.TemporalPropertyViolated => (CheckOutcome.Property, 13),
            LivenessOutcome.Cancelled => (CheckOutcome.Stopped, CheckOutcome.Stopped.DefaultExitCode()),
            _ => (CheckOutcome.EvalError, 77),
        };
        if (outcome == CheckOutcome.Ok)
        {
            return safety;
        }

        var result = safety with
        {
            Outcome = outcome,
            ExitCode = exitCode,
            ViolatedName = liveness.ViolatedProperty,
            Message = liveness.Error?.Message ?? Headline(liveness),
            Diagnostics = liveness.Error is { } error ? [error.ToDiagnostic()] : [],
        };
        if (liveness.Counterexample is not { } counterexample)
        {
            return result;
        }

        var trace = ImmutableArray.CreateBuilder<TraceState>(counterexample.States.Length);
        foreach (var step in counterexample.States)
        {
            trace.Add(new TraceState(trace.Count + 1, [.. graph.GetState(step.StateIndex)], ToTraceAction(step.Action, spec)));
        }

        var end = counterexample.End switch
        {
            Liveness.TraceEndKind.Stuttering => TraceEnd.Stuttering,
            Liveness.TraceEndKind.BackToState => new TraceEnd(TraceEndKind.BackToState, counterexample.BackToState),
            _ => TraceEnd.None,
        };
        return result with
        {
            Trace = trace.MoveToImmutable(),
            TraceEnd = end,
            LoopAction = counterexample.ClosingAction is { } closing ? ToTraceAction(closing, spec) : null,
        };
    }

    private static string? Headline(LivenessResult liveness) => liveness.Outcome switch
    {
        LivenessOutcome.InvariantViolated => $"Invariant {liveness.ViolatedProperty} is violated.",
        LivenessOutcome.ActionPropertyViolated => $"Action property {liveness.ViolatedProperty} is violated.",
        LivenessOutcome.InitialPredicateViolated => $"Property {liveness.ViolatedProperty} is violated by the initial state.",
        LivenessOutcome.TemporalPropertyViolated => $"Temporal property {liveness.ViolatedProperty} was violated.",
        _ => null,
    };

    private static TraceAction ToTraceAction(ActionLabel label, ResolvedSpec spec)
    {
        if (label.Span.IsNone)
        {
            return TraceAction.Initial;
        }

        // The label carries no module or parameter names: the module is the span's file, the
        // parameters those of the definition of that name.
        var module = Path.GetFileNameWithoutExtension(label.Span.File);
        var parameters = ImmutableArray<string>.Empty;
        if (spec.TryGetDefinition(label.Name, out var definition) && definition.Parameters.Length == label.Arguments.Length)
        {
            parameters = [.. definition.Parameters.Select(p => p.Name)];
        }

        return new TraceAction(label.Name, label.Arguments, label.Span, module, parameters);
    }
}
