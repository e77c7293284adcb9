using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking.Traces;

/// <summary>The formats of <c>--dump-trace</c>.</summary>
public enum TraceFileFormat
{
    /// <summary>Apalache's Informal Trace Format.</summary>
    Itf,
    /// <summary>The shape of TLC's <c>-dumpTrace json</c>.</summary>
    TlcJson,
}

/// <summary>Serializes a counterexample as ITF or as TLC's JSON trace; writes files atomically.</summary>
public static class TraceFiles
{
    public static string Serialize(CheckResult result, TraceFileFormat format, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        // Relaxed escaping writes "+" and "<" as themselves, as TLC does; the output is not embedded in HTML.
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (format == TraceFileFormat.Itf)
            {
                WriteItf(writer, result);
            }
            else
            {
                WriteTlcJson(writer, result);
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the trace to <paramref name="path"/> through a temporary file and a rename, so a reader never sees half a file.</summary>
    public static void Write(CheckResult result, TraceFileFormat format, string path)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temporary, Serialize(result, format));
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>The ITF object: <c>#meta</c>, <c>vars</c>, <c>states</c> (each with <c>#meta.index</c> and the action).</summary>
    public static void WriteItf(Utf8JsonWriter writer, CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteStartObject("#meta");
        writer.WriteString("format", "ITF");
        writer.WriteString("source", "graphspec check");
        writer.WriteString("outcome", result.Outcome.Name());
        if (result.ViolatedName is not null)
        {
            writer.WriteString("violated", result.ViolatedName);
        }

        if (result.TraceEnd.Kind == TraceEndKind.BackToState)
        {
            writer.WriteNumber("loop", result.TraceEnd.BackToState - 1);
        }
        else if (result.TraceEnd.Kind == TraceEndKind.Stuttering)
        {
            writer.WriteBoolean("stuttering", true);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("vars");
        foreach (var name in result.VariableNames)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("states");
        foreach (var state in result.Trace)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("#meta");
            writer.WriteNumber("index", state.Number - 1);
            writer.WriteString("action", state.Action.ToTlcString());
            writer.WriteEndObject();
            for (var i = 0; i < state.Values.Length && i < result.VariableNames.Length; i++)
            {
                writer.WritePropertyName(result.VariableNames[i]);
                TraceValueJson.WriteItf(writer, state.Values[i]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>TLC's shape: <c>{"counterexample":{"action":[...],"state":[...]},"vars":[...]}</c>.</summary>
    public static void WriteTlcJson(Utf8JsonWriter writer, CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteStartObject("counterexample");
        writer.WriteStartArray("action");
        var trace = result.Trace;
        for (var k = 1; k < trace.Length; k++)
        {
            WriteEdge(writer, result, trace[k - 1], trace[k].Action, trace[k]);
        }

        if (trace.Length > 0 && result.TraceEnd.Kind == TraceEndKind.BackToState && result.TraceEnd.BackToState - 1 < trace.Length)
        {
            var target = trace[result.TraceEnd.BackToState - 1];
            WriteEdge(writer, result, trace[^1], result.LoopAction ?? target.Action, target);
        }
        else if (trace.Length > 0 && result.TraceEnd.Kind == TraceEndKind.Stuttering)
        {
            var stutter = new TraceAction("UnnamedAction", [], new Tla.Syntax.SourceSpan("", 0, 0, 0, 0), "--TLA+ BUILTINS--", []);
            WriteEdge(writer, result, trace[^1], stutter, trace[^1], forceLocation: true);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("state");
        foreach (var state in trace)
        {
            WriteNumberedState(writer, result, state);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartArray("vars");
        foreach (var name in result.VariableNames)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter writer, CheckResult result, TraceState from, TraceAction action, TraceState to, bool forceLocation = false)
    {
        writer.WriteStartArray();
        WriteNumberedState(writer, result, from);
        writer.WriteStartObject();
        writer.WriteString("name", action.Name);
        if (!action.Span.IsNone || forceLocation)
        {
            writer.WriteStartObject("location");
            writer.WriteNumber("beginLine", action.Span.StartLine);
            writer.WriteNumber("beginColumn", action.Span.StartColumn);
            writer.WriteNumber("endLine", action.Span.EndLine);
            writer.WriteNumber("endColumn", action.Span.EndColumn);
            writer.WriteString("module", action.Module);
            writer.WriteEndObject();
        }

        if (!action.ParameterNames.IsEmpty)
        {
            writer.WriteStartObject("context");
            for (var i = 0; i < action.ParameterNames.Length && i < action.Arguments.Length; i++)
            {
                writer.WritePropertyName(action.ParameterNames[i]);
                TraceValueJson.WriteTlc(writer, action.Arguments[i]);
            }

            writer.WriteEndObject();
            writer.WriteStartArray("parameters");
            foreach (var name in action.ParameterNames)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        WriteNumberedState(writer, result, to);
        writer.WriteEndArray();
    }

    private static void WriteNumberedState(Utf8JsonWriter writer, CheckResult result, TraceState state)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(state.Number);
        WriteStateObject(writer, result, state.Values);
        writer.WriteEndArray();
    }

    internal static void WriteStateObject(Utf8JsonWriter writer, CheckResult result, IReadOnlyList<Value> values)
    {
        writer.WriteStartObject();
        for (var i = 0; i < values.Count && i < result.VariableNames.Length; i++)
        {
            writer.WritePropertyName(result.VariableNames[i]);
            TraceValueJson.WriteTlc(writer, values[i]);
        }

        writer.WriteEndObject();
    }
}
