using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;

namespace GraphSpec.Oracle.Validation;

/// <summary>The end of a run: a deadlock must be one of the spec, a finished run must end in a terminal state.</summary>
internal sealed partial class TraceRun
{
    private ValidationFailure? CheckDeadlock(TraceFooter footer, Value[] last)
    {
        var (next, missing) = NextDefinition(footer);
        if (next is null)
        {
            return missing;
        }

        var collector = new SuccessorCollector(EnabledActionsShown);
        if (evaluator.EnumerateSuccessors(next, last, collector) is { } error)
        {
            return new ValidationFailure(ValidationOutcome.EvaluationError, error.Message) { Step = footer.Steps, After = [.. last], Location = error.Span };
        }

        if (collector.Successors.Count == 0)
        {
            return null;
        }

        return new ValidationFailure(ValidationOutcome.EndDisagreement,
            $"The implementation blocked where the spec can move: after step {footer.Steps} the implementation reports a deadlock, but {options.NextName} is enabled ({collector.Successors[0].Label}{(collector.Successors.Count > 1 ? ", ..." : "")}).{WaitForText(footer)}")
        {
            Step = footer.Steps,
            After = [.. last],
            EnabledActions = Labels(collector),
            Location = footer.Location,
        };
    }

    private ValidationFailure? CheckDone(TraceFooter footer, Value[] last)
    {
        if (spec.Spec.TryGetDefinition(options.DoneName, out var done) && done.Parameters.IsEmpty && done.Level <= ExpressionLevel.State)
        {
            var result = evaluator.Evaluate(done, last);
            if (result.Error is { } error)
            {
                return new ValidationFailure(ValidationOutcome.EvaluationError, error.Message) { Step = footer.Steps, After = [.. last], Location = error.Span };
            }

            if (!result.IsTrue)
            {
                return new ValidationFailure(ValidationOutcome.EndDisagreement,
                    $"The run completed, but the last state (after step {footer.Steps}) is not terminal in the spec: {options.DoneName} is FALSE.")
                {
                    Step = footer.Steps,
                    After = [.. last],
                    Location = footer.Location,
                    Explanation = options.Explain ? explainer.Explain(FormulaInstance.Root(done), last, null) : [],
                    EnabledActions = EnabledNonStuttering(last),
                };
            }
        }

        var (next, missing) = NextDefinition(footer);
        if (next is null)
        {
            return missing;
        }

        var moves = EnabledNonStuttering(last);
        return moves.IsEmpty ? null : new ValidationFailure(ValidationOutcome.EndDisagreement,
            $"The run completed, but the spec can still move in the last state (after step {footer.Steps}): {moves[0]}{(moves.Length > 1 ? ", ..." : "")}.")
        {
            Step = footer.Steps,
            After = [.. last],
            EnabledActions = moves,
            Location = footer.Location,
        };
    }

    private ImmutableArray<string> EnabledNonStuttering(Value[] last)
    {
        if (!spec.Spec.TryGetDefinition(options.NextName, out var next) || !next.Parameters.IsEmpty)
        {
            return [];
        }

        var collector = new SuccessorCollector(EnabledActionsShown + 1);
        evaluator.EnumerateSuccessors(next, last, collector);
        var labels = ImmutableArray.CreateBuilder<string>();
        foreach (var (state, label) in collector.Successors)
        {
            if (!SameState(last, state))
            {
                labels.Add(label);
            }
        }

        return labels.ToImmutable();
    }

    private (OperatorDefinition? Next, ValidationFailure? Failure) NextDefinition(TraceFooter footer) =>
        spec.Spec.TryGetDefinition(options.NextName, out var next) && next.Parameters.IsEmpty
            ? (next, null)
            : (null, new ValidationFailure(ValidationOutcome.MalformedTrace, $"{spec.ModuleName} has no next-state relation {options.NextName} to check the end of the run against.") { Location = footer.Location });

    private static ImmutableArray<string> Labels(SuccessorCollector collector) => [.. collector.Successors.Select(s => s.Label)];

    // The implementation's wait-for graph, as the footer gives it, to read beside the enabled actions.
    private static string WaitForText(TraceFooter footer)
    {
        if (footer.WaitFor.IsEmpty)
        {
            return "";
        }

        var edges = footer.WaitFor.Select(e =>
            $"{e.Thread} waits for {e.WaitsFor}{(e.Context is null ? "" : " " + e.Context)}{(e.Owner is null ? "" : " held by " + e.Owner)}");
        return " The implementation's wait-for graph: " + string.Join("; ", edges) + ".";
    }
}
