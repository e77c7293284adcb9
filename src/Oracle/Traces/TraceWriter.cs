using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphSpec.Oracle.Traces;

/// <summary>
/// Writes traces in the JSON Lines format of docs/trace-format.md, keys in the documented order,
/// so the same run always gives the same bytes. Lines can be written one at a time (a running
/// implementation) or a whole <see cref="TraceDocument"/> at once.
/// </summary>
public static class TraceWriter
{
    // Relaxed escaping writes '<', '>', '+' and non-ASCII text as themselves; the output is not HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The whole trace, one line per header, state and footer, each ending in '\n'.</summary>
    public static string Write(TraceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        text.Append(HeaderLine(document.Header)).Append('\n');
        foreach (var step in document.Steps)
        {
            text.Append(StepLine(step)).Append('\n');
        }

        text.Append(FooterLine(document.Footer)).Append('\n');
        return text.ToString();
    }

    /// <summary>Writes the trace to <paramref name="path"/> through a temporary file and a rename.</summary>
    public static void WriteFile(TraceDocument document, string path)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temporary, Write(document), new UTF8Encoding(false));
        File.Move(temporary, full, overwrite: true);
    }

    public static string HeaderLine(TraceHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return Line(writer =>
        {
            writer.WriteString("trace", TraceHeader.FormatTag);
            writer.WriteString("spec", header.Spec);
            WriteNamedValues(writer, "constants", header.Constants);
            if (header.Scenario is null)
            {
                writer.WriteNull("scenario");
            }
            else
            {
                writer.WriteString("scenario", header.Scenario);
            }

            WriteStrings(writer, "mutants", header.Mutants);
            if (header.Seed is { } seed)
            {
                writer.WriteNumber("seed", seed);
            }
            else
            {
                writer.WriteNull("seed");
            }

            if (header.Schedule is { } schedule)
            {
                WriteStrings(writer, "schedule", schedule);
            }
            else
            {
                writer.WriteNull("schedule");
            }
        });
    }

    /// <summary>A state line: <c>{"i":0,"action":"Init","state":...}</c> or a step with thread, action, params and (unless label-only) state.</summary>
    public static string StepLine(TraceStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Line(writer =>
        {
            writer.WriteNumber("i", step.Index);
            if (step.Thread is not null)
            {
                writer.WriteString("thread", step.Thread);
            }

            writer.WriteString("action", step.Action);
            if (step.Index > 0)
            {
                WriteNamedValues(writer, "params", step.Parameters);
            }

            if (step.State is not null)
            {
                WriteNamedValues(writer, "state", step.State);
            }
        });
    }

    public static string FooterLine(TraceFooter footer)
    {
        ArgumentNullException.ThrowIfNull(footer);
        return Line(writer =>
        {
            writer.WriteString("end", TraceFooter.Spelling(footer.End));
            writer.WriteNumber("steps", footer.Steps);
            if (footer.End == RunEnd.Deadlock)
            {
                writer.WriteStartArray("waitFor");
                foreach (var edge in footer.WaitFor)
                {
                    writer.WriteStartObject();
                    writer.WriteString("thread", edge.Thread);
                    writer.WriteString("waitsFor", edge.WaitsFor);
                    if (edge.Context is not null)
                    {
                        writer.WriteString("ctx", edge.Context);
                    }

                    if (edge.Owner is not null)
                    {
                        writer.WriteString("owner", edge.Owner);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (footer.Message is not null)
            {
                writer.WriteString("message", footer.Message);
            }
        });
    }

    private static string Line(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteNamedValues(Utf8JsonWriter writer, string key, IReadOnlyList<NamedValue> values)
    {
        writer.WriteStartObject(key);
        foreach (var (name, value) in values)
        {
            writer.WritePropertyName(name);
            TraceValueWriter.Write(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string key, IEnumerable<string> items)
    {
        writer.WriteStartArray(key);
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
