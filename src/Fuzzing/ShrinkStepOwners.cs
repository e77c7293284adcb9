using System.Collections.Immutable;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;

namespace GraphSpec.Fuzzing;

/// <summary>
/// Which request each step of a run served, read from its trace: an environment step names its
/// request (Submit, IoComplete); a thread's step serves request r when r is the only request its
/// thread-local state mentions (every state variable that maps the thread to something, e.g. its
/// call stack with the coroutine's argument) before or after the step. A step with no or several
/// requests there serves none. The shrinker removes a request together with the steps that served
/// it: the other threads' steps, replayed by name, then still do what they did (a request whose
/// bottom half an IOThread ran takes those IOThread steps with it).
/// </summary>
internal static class ShrinkStepOwners
{
    /// <summary>Deeper values are not searched (trace states are a few levels deep).</summary>
    private const int MaxDepth = 32;

    /// <summary>
    /// The request served by each of the first <paramref name="count"/> steps (index i: step i + 1),
    /// null where none or unknown; empty when the trace does not read or holds no states.
    /// </summary>
    public static ImmutableArray<string?> Of(CaseVerdict verdict, Scenario scenario, int count)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(scenario);
        var read = TraceReader.Read(verdict.TraceUtf8.Span, "<trace>");
        if (read.Document is not { } trace || trace.IsLabelOnly || trace.Steps.Length <= count)
        {
            return [];
        }

        var requests = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in scenario.Requests)
        {
            requests.Add(r.Name);
        }

        var owners = ImmutableArray.CreateBuilder<string?>(count);
        for (var i = 1; i <= count; i++)
        {
            owners.Add(OwnerOf(trace.Steps[i - 1], trace.Steps[i], requests));
        }

        return owners.MoveToImmutable();
    }

    private static string? OwnerOf(TraceStep before, TraceStep step, HashSet<string> requests)
    {
        if (step.Thread is null || step.Thread == TraceStep.EnvironmentThread)
        {
            foreach (var parameter in step.Parameters)
            {
                if (parameter.Value is ModelValue m && requests.Contains(m.Name))
                {
                    return m.Name;
                }
            }

            return null;
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        var complete = Collect(before.State!, step.Thread, requests, found) && Collect(step.State!, step.Thread, requests, found);
        return complete && found.Count == 1 ? found.First() : null;
    }

    /// <summary>Adds the requests in <paramref name="thread"/>'s entries of the state; false when a value is too deep to search.</summary>
    private static bool Collect(IReadOnlyList<NamedValue> state, string thread, HashSet<string> requests, HashSet<string> found)
    {
        foreach (var variable in state)
        {
            if (FunctionValue.AsFunction(variable.Value) is not { IsSequence: false } function)
            {
                continue;
            }

            for (var k = 0; k < function.Count; k++)
            {
                if (function.KeyAt(k) is ModelValue key && key.Name == thread && !Mentions(function.ValueAt(k), requests, found, 0))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Mentions(Value value, HashSet<string> requests, HashSet<string> found, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (value)
        {
            case ModelValue m:
                if (requests.Contains(m.Name))
                {
                    found.Add(m.Name);
                }

                return true;
            case FiniteSetValue set:
                foreach (var item in set.Items)
                {
                    if (!Mentions(item, requests, found, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                if (FunctionValue.AsFunction(value) is not { } function)
                {
                    return true;
                }

                for (var k = 0; k < function.Count; k++)
                {
                    if (!Mentions(function.KeyAt(k), requests, found, depth + 1) || !Mentions(function.ValueAt(k), requests, found, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
        }
    }
}
