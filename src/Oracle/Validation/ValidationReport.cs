using System.Collections.Immutable;
using System.Text;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Validation;

/// <summary>
/// The human-readable verdict: one line for a valid trace; for a failure, what failed where (step,
/// thread, action, invariant), the false conjuncts outermost first, how the trace's state differs
/// from the spec's, and both states in TLC's <c>/\ x = value</c> form with the changed variables marked.
/// Values print in <see cref="CanonicalOrder"/>, so a report is the same text in every process.
/// </summary>
public static class ValidationReport
{
    public static string Format(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        if (result.Failure is not { } failure)
        {
            text.Append("The trace is valid: ").Append(result.StepsChecked).Append(" step(s), every one a step of the spec, every invariant true, the end agrees.\n");
            AppendNotes(text, result.Notes);
            return text.ToString();
        }

        text.Append("Error: ").Append(failure.Message).Append('\n');
        if (!failure.Location.IsNone)
        {
            text.Append("  at ").Append(failure.Location.ToLocationString()).Append('\n');
        }

        if (failure.Step is { } step)
        {
            text.Append("  step ").Append(step);
            if (failure.Thread is not null)
            {
                text.Append(", thread ").Append(failure.Thread);
            }

            if (failure.Action is not null)
            {
                text.Append(", action ").Append(failure.Action);
            }

            text.Append('\n');
        }

        if (failure.Invariant is not null)
        {
            text.Append("  invariant ").Append(failure.Invariant).Append('\n');
        }

        for (var i = 0; i < failure.Explanation.Length; i++)
        {
            text.Append(i == 0 ? "  false: " : "  " + new string(' ', 2 * i) + "because: ").Append(failure.Explanation[i]).Append('\n');
        }

        if (!failure.SpecDifferences.IsEmpty)
        {
            text.Append("  the spec's closest successor under this action differs from the trace's state in:\n");
            foreach (var difference in failure.SpecDifferences)
            {
                text.Append("    ").Append(difference.Variable).Append(": trace ").Append(CanonicalValuePrinter.Print(difference.Trace))
                    .Append(", spec ").Append(CanonicalValuePrinter.Print(difference.Spec)).Append('\n');
            }
        }

        if (!failure.EnabledActions.IsEmpty)
        {
            text.Append("  the spec can take: ").Append(string.Join(", ", failure.EnabledActions)).Append('\n');
        }

        if (!failure.Before.IsEmpty)
        {
            text.Append("State before").Append(failure.Step is { } n ? $" (after step {n - 1})" : "").Append(":\n");
            AppendState(text, result.VariableNames, failure.Before, []);
        }

        if (!failure.After.IsEmpty)
        {
            text.Append(failure.Before.IsEmpty ? "State" : "State after").Append(failure.Step is { } n ? $" (step {n})" : "");
            text.Append(failure.ChangedVariables.IsEmpty ? ":\n" : $", changed: {string.Join(", ", failure.ChangedVariables)} (marked *):\n");
            AppendState(text, result.VariableNames, failure.After, failure.ChangedVariables);
        }

        AppendNotes(text, result.Notes);
        return text.ToString();
    }

    private static void AppendState(StringBuilder text, ImmutableArray<string> names, ImmutableArray<Value> state, ImmutableArray<string> changed)
    {
        for (var i = 0; i < state.Length; i++)
        {
            var name = i < names.Length ? names[i] : $"v{i}";
            var prefix = (changed.Contains(name) ? "*" : " ") + $"/\\ {name} = ";
            var value = TlcPrettyPrinter.Format(CanonicalValuePrinter.Print(state[i])).Replace("\n", "\n" + new string(' ', prefix.Length));
            text.Append(prefix).Append(value).Append('\n');
        }
    }

    private static void AppendNotes(StringBuilder text, ImmutableArray<string> notes)
    {
        foreach (var note in notes)
        {
            text.Append("note: ").Append(note).Append('\n');
        }
    }
}
