using System.Collections.Immutable;
using System.Text.Json;

namespace GraphSpec.Oracle.Tlc.Output;

/// <summary>One edge of a JSON trace: the action that led to state <see cref="Target"/>, with its
/// parameter names (TLC writes <c>context</c> and <c>parameters</c> for parameterized actions only).</summary>
public sealed record TlcJsonEdge(int Source, int Target, string Name, ImmutableArray<string> ParameterNames);

/// <summary>
/// TLC's <c>-dumpTrace json</c> file: <c>{"counterexample":{"action":[..],"state":[[n,{..}],..]},"vars":[..]}</c>.
/// Values stay JSON until <see cref="TlcJsonValue"/> decodes them with the text trace as a hint.
/// </summary>
public sealed class TlcJsonTrace : IDisposable
{
    private readonly JsonDocument _document;

    private TlcJsonTrace(JsonDocument document, ImmutableArray<string> variables, ImmutableArray<(int Number, JsonElement State)> states, ImmutableArray<TlcJsonEdge> edges)
    {
        _document = document;
        Variables = variables;
        States = states;
        Edges = edges;
    }

    /// <summary>The variables in declaration order.</summary>
    public ImmutableArray<string> Variables { get; }

    public ImmutableArray<(int Number, JsonElement State)> States { get; }

    public ImmutableArray<TlcJsonEdge> Edges { get; }

    /// <summary>Reads the file's text; a malformed file is an error message, not an exception.</summary>
    public static (TlcJsonTrace? Trace, string? Error) Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            return (null, $"TLC JSON trace: {e.Message}");
        }

        try
        {
            var root = document.RootElement;
            var variables = root.GetProperty("vars").EnumerateArray().Select(v => v.GetString() ?? "").ToImmutableArray();
            var counterexample = root.GetProperty("counterexample");
            var states = counterexample.GetProperty("state").EnumerateArray()
                .Select(s => (s[0].GetInt32(), s[1]))
                .ToImmutableArray();
            var edges = ImmutableArray.CreateBuilder<TlcJsonEdge>();
            if (counterexample.TryGetProperty("action", out var actions))
            {
                foreach (var edge in actions.EnumerateArray())
                {
                    var info = edge[1];
                    var parameters = info.TryGetProperty("parameters", out var p)
                        ? p.EnumerateArray().Select(n => n.GetString() ?? "").ToImmutableArray()
                        : [];
                    edges.Add(new TlcJsonEdge(edge[0][0].GetInt32(), edge[2][0].GetInt32(), info.GetProperty("name").GetString() ?? "", parameters));
                }
            }

            return (new TlcJsonTrace(document, variables, states, edges.ToImmutable()), null);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            document.Dispose();
            return (null, "TLC JSON trace: not the shape of -dumpTrace json (" + e.Message + ")");
        }
    }

    public void Dispose() => _document.Dispose();
}
