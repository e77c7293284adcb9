using System.Collections.Immutable;
using System.Text.Json;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tlc.Output;

/// <summary>
/// Builds the counterexample from the states TLC printed and, when present, its JSON trace file.
/// The JSON file is preferred: it gives the variables in declaration order, every state (also where
/// the printed trace omits one) and the actions' parameter names; the printed values tell which JSON
/// strings are model values and which keys are numbers.
/// </summary>
public static class TlcTraceAssembler
{
    public static (ImmutableArray<TraceState> Trace, ImmutableArray<string> Variables, string? Error) Assemble(
        IReadOnlyList<TlcPrintedState> printed, string? jsonTrace)
    {
        ArgumentNullException.ThrowIfNull(printed);
        if (jsonTrace is not null)
        {
            var (json, error) = TlcJsonTrace.Parse(jsonTrace);
            if (json is null)
            {
                return ([], [], error);
            }

            using (json)
            {
                try
                {
                    return FromJson(json, printed);
                }
                catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or EvaluationException)
                {
                    return ([], [], "TLC JSON trace: " + e.Message);
                }
            }
        }

        return FromText(printed);
    }

    private static (ImmutableArray<TraceState>, ImmutableArray<string>, string?) FromText(IReadOnlyList<TlcPrintedState> printed)
    {
        if (printed.Count == 0)
        {
            return ([], [], null);
        }

        // The printed order of the first state names the variables; every state prints all of them.
        var variables = printed[0].Assignments.Select(a => a.Variable).ToImmutableArray();
        var trace = ImmutableArray.CreateBuilder<TraceState>(printed.Count);
        foreach (var state in printed)
        {
            var values = new Value[variables.Length];
            for (var i = 0; i < variables.Length; i++)
            {
                var assignment = state.Assignments.FirstOrDefault(a => a.Variable == variables[i]);
                if (assignment is null)
                {
                    return ([], [], $"TLC state {state.Number} has no value for {variables[i]}");
                }

                values[i] = assignment.Value;
            }

            trace.Add(new TraceState(state.Number, [.. values], state.Action));
        }

        return (trace.ToImmutable(), variables, null);
    }

    private static (ImmutableArray<TraceState>, ImmutableArray<string>, string?) FromJson(TlcJsonTrace json, IReadOnlyList<TlcPrintedState> printed)
    {
        var byNumber = new Dictionary<int, TlcPrintedState>();
        foreach (var state in printed)
        {
            byNumber.TryAdd(state.Number, state);
        }

        var trace = ImmutableArray.CreateBuilder<TraceState>(json.States.Length);
        foreach (var (number, element) in json.States)
        {
            byNumber.TryGetValue(number, out var text);
            var values = new Value[json.Variables.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var name = json.Variables[i];
                if (!element.TryGetProperty(name, out var value))
                {
                    return ([], [], $"TLC JSON trace: state {number} has no value for {name}");
                }

                values[i] = TlcJsonValue.Decode(value, text?.Assignments.FirstOrDefault(a => a.Variable == name)?.Value);
            }

            trace.Add(new TraceState(number, [.. values], ActionOf(number, text, json)));
        }

        return (trace.ToImmutable(), json.Variables, null);
    }

    private static TraceAction ActionOf(int number, TlcPrintedState? text, TlcJsonTrace json)
    {
        // The edge into this state from the one before it (a lasso's closing edge goes backwards).
        var edge = json.Edges.FirstOrDefault(e => e.Target == number && e.Source == number - 1);
        if (text is null)
        {
            return number == 1 || edge is null ? TraceAction.Initial : new TraceAction(edge.Name, [], Tla.Syntax.SourceSpan.None, "", []);
        }

        return edge is null || text.Action.IsInitial ? text.Action : text.Action with { ParameterNames = edge.ParameterNames };
    }
}
