using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;

namespace GraphSpec.UnitTests.Validation;

/// <summary>Ways to damage a valid trace, for the tests that check what the validator reports.</summary>
internal static class TraceMutations
{
    /// <summary>The trace with the state of step <paramref name="index"/> changed in one variable.</summary>
    public static TraceDocument SetVariable(TraceDocument trace, int index, string variable, Value value) =>
        ReplaceStep(trace, index, trace.Steps[index] with
        {
            State = [.. trace.Steps[index].State!.Select(v => v.Name == variable ? new NamedValue(variable, value) : v)],
        });

    public static TraceDocument ReplaceStep(TraceDocument trace, int index, TraceStep step) =>
        trace with { Steps = trace.Steps.SetItem(index, step) };

    /// <summary>Steps renumbered 0..n after an edit, and the footer's count adjusted.</summary>
    public static TraceDocument WithSteps(TraceDocument trace, IEnumerable<TraceStep> steps, RunEnd? end = null)
    {
        var renumbered = steps.Select((s, i) => s with { Index = i }).ToImmutableArray();
        return trace with { Steps = renumbered, Footer = new TraceFooter(end ?? trace.Footer.End, renumbered.Length - 1) };
    }

    public static TraceDocument Swap(TraceDocument trace, int index)
    {
        var steps = trace.Steps.ToList();
        (steps[index], steps[index + 1]) = (steps[index + 1], steps[index]);
        return WithSteps(trace, steps);
    }

    public static TraceDocument Drop(TraceDocument trace, int index) => WithSteps(trace, trace.Steps.RemoveAt(index));

    /// <summary>The first <paramref name="count"/> steps, ending as <paramref name="end"/>.</summary>
    public static TraceDocument Truncate(TraceDocument trace, int count, RunEnd end) => WithSteps(trace, trace.Steps.Take(count + 1), end);

    /// <summary>The trace without states on step lines (the initial state stays).</summary>
    public static TraceDocument LabelOnly(TraceDocument trace) =>
        trace with { Steps = [.. trace.Steps.Select(s => s.Index == 0 ? s : s with { State = null })] };

    /// <summary>An "internal" step after step <paramref name="index"/>, with that step's state (or none).</summary>
    public static TraceDocument InsertInternal(TraceDocument trace, int index, IReadOnlyList<NamedValue>? state)
    {
        var steps = trace.Steps.ToList();
        steps.Insert(index + 1, new TraceStep(0, "Main", TraceStep.InternalAction, [], state));
        return WithSteps(trace, steps);
    }

    /// <summary>The index of the first step labelled with one of <paramref name="actions"/>, at or after <paramref name="from"/>.</summary>
    public static int FirstStep(TraceDocument trace, Func<TraceStep, bool> predicate, int from = 1)
    {
        for (var i = from; i < trace.Steps.Length; i++)
        {
            if (predicate(trace.Steps[i]))
            {
                return i;
            }
        }

        throw new InvalidOperationException("no such step in the trace");
    }

    public static Value Variable(TraceStep step, string name) => step.State!.First(v => v.Name == name).Value;
}
