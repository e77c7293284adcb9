using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;

namespace GraphSpec.Oracle.Validation;

/// <summary>States of a trace: from name/value lists to arrays, comparisons, failure records.</summary>
internal sealed partial class TraceRun
{
    private (Value[]? State, ValidationFailure? Failure) ToState(TraceStep step)
    {
        var names = spec.VariableNames;
        var named = step.State!;
        var state = new Value[names.Length];
        if (named.Count == names.Length)
        {
            var inOrder = true;
            for (var i = 0; i < names.Length && inOrder; i++)
            {
                inOrder = named[i].Name == names[i];
                state[i] = named[i].Value;
            }

            if (inOrder)
            {
                return (state, null);
            }

            Array.Clear(state);
        }

        foreach (var (name, value) in named)
        {
            var index = names.IndexOf(name);
            if (index < 0)
            {
                return (null, Malformed(step, $"The state of step {step.Index} has the variable {name}, which {spec.ModuleName} does not declare."));
            }

            state[index] = value;
        }

        for (var i = 0; i < state.Length; i++)
        {
            if (state[i] is null)
            {
                return (null, Malformed(step, $"The state of step {step.Index} gives no value to the variable {names[i]}."));
            }
        }

        return (state, null);
    }

    private ImmutableArray<VariableDifference> Closest(List<(Value[] State, string Label)> successors, Value[] after)
    {
        Value[]? best = null;
        var bestCount = int.MaxValue;
        foreach (var (state, _) in successors)
        {
            var count = 0;
            for (var i = 0; i < state.Length; i++)
            {
                count += state[i].Equals(after[i]) ? 0 : 1;
            }

            if (count < bestCount)
            {
                (best, bestCount) = (state, count);
            }
        }

        if (best is null)
        {
            return [];
        }

        var differences = ImmutableArray.CreateBuilder<VariableDifference>();
        for (var i = 0; i < best.Length; i++)
        {
            if (!best[i].Equals(after[i]))
            {
                differences.Add(new VariableDifference(spec.VariableNames[i], after[i], best[i]));
            }
        }

        return differences.ToImmutable();
    }

    private ImmutableArray<string> Changed(Value[] before, Value[] after)
    {
        var changed = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < before.Length; i++)
        {
            if (!before[i].Equals(after[i]))
            {
                changed.Add(spec.VariableNames[i]);
            }
        }

        return changed.ToImmutable();
    }

    private static bool SameState(Value[] before, Value[] after)
    {
        for (var i = 0; i < before.Length; i++)
        {
            if (!ReferenceEquals(before[i], after[i]) && !before[i].Equals(after[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Label(string action, Value[] arguments) =>
        arguments.Length == 0 ? action : $"{action}({string.Join(", ", arguments.Select(CanonicalValuePrinter.Print))})";

    private static ValidationFailure Malformed(TraceStep step, string message) =>
        new(ValidationOutcome.MalformedTrace, message) { Step = step.Index, Thread = step.Thread, Action = step.Action, Location = step.Location };

    private static ValidationFailure EvaluationFailure(TraceStep step, EvaluationError error) =>
        new(ValidationOutcome.EvaluationError, $"Evaluating step {step.Index} failed: {error.Message}")
        { Step = step.Index, Thread = step.Thread, Action = step.Action, Location = error.Span };
}
