using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking;

/// <summary>How the search turns its end (finished, stopped, or an event) into a <see cref="CheckResult"/>.</summary>
internal sealed partial class BfsChecker
{
    private CheckResult InitialViolation(string name, Value[] state) => new()
    {
        Outcome = CheckOutcome.Invariant,
        ExitCode = CheckOutcome.Invariant.DefaultExitCode(),
        ViolatedName = name,
        Message = $"Invariant {name} is violated by the initial state.",
        Statistics = Statistics(0),
        HasStatistics = false,
        VariableNames = VariableNames(),
        Trace = [new TraceState(1, [.. state], TraceAction.Initial)],
        ViolatedByInitialState = true,
        Coverage = CoverageReport(),
        Elapsed = clock.Elapsed,
    };

    private CheckResult EventResult(CheckEvent found, CheckStatistics statistics)
    {
        var builder = new TraceBuilder(problem, fingerprinter, CreateEvaluator(), CreateEvaluator());
        var trace = found.StateIndex >= 0 ? builder.Build(store.PathTo(found.StateIndex)) : [];
        if (found.Successor is not null)
        {
            trace.Add(TraceBuilder.Append(trace, found.Successor, found.SuccessorAction ?? TraceAction.Initial));
        }

        // TLC's counts at the stop: the state being expanded is off the queue, a new violating
        // successor is already in the seen-set, and the depth reaches the last state of the trace.
        var expanding = found.StateIndex >= 0 ? 1 : 0;
        var addedViolator = found.SuccessorIsNew ? 1 : 0;
        var reached = found.Outcome == CheckOutcome.Property && found.Successor is not null && !found.SuccessorIsNew ? trace.Count - 1 : trace.Count;
        statistics = statistics with
        {
            LeftOnQueue = Math.Max(0, statistics.LeftOnQueue - expanding),
            Distinct = statistics.Distinct + addedViolator,
            Depth = Math.Max(statistics.Depth, reached),
        };
        var exitCode = found.Outcome.DefaultExitCode();
        string? message = found.Error?.Message;
        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        if (found.Error is { } error)
        {
            diagnostics = [error.ToDiagnostic()];
            if (found.Outcome == CheckOutcome.EvalError && found.InInvariant)
            {
                exitCode = 76;
            }
        }

        message ??= found.Outcome switch
        {
            CheckOutcome.Deadlock => "Deadlock reached.",
            CheckOutcome.Invariant => $"Invariant {found.Name} is violated.",
            CheckOutcome.Property => $"Action property {found.Name} is violated.",
            _ => null,
        };

        return new CheckResult
        {
            Outcome = found.Outcome,
            ExitCode = exitCode,
            ViolatedName = found.Name,
            Message = message,
            Statistics = statistics,
            HasStatistics = true,
            InitialStates = initialStates,
            VariableNames = VariableNames(),
            Trace = [.. trace],
            Coverage = CoverageReport(),
            Diagnostics = diagnostics,
            Elapsed = clock.Elapsed,
        };
    }

    private CheckResult Finished(CheckOutcome outcome, CheckStatistics statistics) => new()
    {
        Outcome = outcome,
        ExitCode = outcome.DefaultExitCode(),
        Statistics = statistics,
        HasStatistics = true,
        InitialStates = initialStates,
        VariableNames = VariableNames(),
        Coverage = CoverageReport(),
        Elapsed = clock.Elapsed,
    };

    private CheckResult Failure(CheckOutcome outcome, string message, Diagnostic diagnostic) => new()
    {
        Outcome = outcome,
        ExitCode = outcome.DefaultExitCode(),
        Message = message,
        Diagnostics = [diagnostic],
        VariableNames = VariableNames(),
        Elapsed = clock.Elapsed,
    };

    private ImmutableArray<string> VariableNames()
    {
        var names = ImmutableArray.CreateBuilder<string>(problem.VariableCount);
        foreach (var variable in problem.Model.Spec.Variables)
        {
            names.Add(variable.Name);
        }

        return names.MoveToImmutable();
    }

    private ImmutableArray<ActionCoverage> CoverageReport()
    {
        if (!options.Coverage)
        {
            return [];
        }

        var report = ImmutableArray.CreateBuilder<ActionCoverage>();
        var actions = ActionCatalog.ActionsOf(problem.Next);
        foreach (var action in coverage.Keys)
        {
            if (!actions.Contains(action))
            {
                actions.Add(action);
            }
        }

        foreach (var action in actions)
        {
            var (g, d) = coverage.GetValueOrDefault(action);
            report.Add(new ActionCoverage(action.Name, action.Body?.Span ?? action.Span, action.Module, g, d));
        }

        return report.ToImmutable();
    }
}
