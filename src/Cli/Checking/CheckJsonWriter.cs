using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Checking.Traces;

namespace GraphSpec.Cli.Checking;

/// <summary>
/// <c>graphspec check --json</c>: one JSON object with the outcome, exit code, violated name,
/// statistics (null where TLC prints none), diagnostics, coverage and the trace (TLC's JSON trace
/// shape under <c>trace</c>).
/// </summary>
internal static class CheckJsonWriter
{
    public static string Serialize(CheckResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("outcome", result.Outcome.Name());
            writer.WriteNumber("exit_code", result.ExitCode);
            WriteNullableString(writer, "violated", result.ViolatedName);
            WriteNullableString(writer, "message", result.Message);
            if (result.HasStatistics)
            {
                writer.WriteNumber("states_generated", result.Statistics.Generated);
                writer.WriteNumber("distinct_states", result.Statistics.Distinct);
                writer.WriteNumber("states_left_on_queue", result.Statistics.LeftOnQueue);
                writer.WriteNumber("depth", result.Statistics.Depth);
            }
            else
            {
                writer.WriteNull("states_generated");
                writer.WriteNull("distinct_states");
                writer.WriteNull("states_left_on_queue");
                writer.WriteNull("depth");
            }

            if (result.Trace.IsEmpty)
            {
                writer.WriteNull("trace_length");
            }
            else
            {
                writer.WriteNumber("trace_length", result.Trace.Length);
            }

            var end = result.ViolatedByInitialState ? "initial_state" : result.TraceEnd.Name;
            WriteNullableString(writer, "trace_end", end);
            writer.WriteNumber("elapsed_seconds", result.Elapsed.TotalSeconds);
            writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                writer.WriteStringValue(diagnostic.ToString());
            }

            writer.WriteEndArray();
            if (!result.Coverage.IsEmpty)
            {
                WriteCoverage(writer, result);
            }

            if (result.Trace.IsEmpty)
            {
                writer.WriteNull("trace");
            }
            else
            {
                writer.WritePropertyName("trace");
                TraceFiles.WriteTlcJson(writer, result);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>The <c>coverage</c> array: per action, its location and the successors it generated and found new.</summary>
    internal static void WriteCoverage(Utf8JsonWriter writer, CheckResult result)
    {
        writer.WriteStartArray("coverage");
        foreach (var action in result.Coverage)
        {
            writer.WriteStartObject();
            writer.WriteString("action", action.Name);
            writer.WriteString("location", action.Span.ToTlcString(action.Module));
            writer.WriteNumber("generated", action.Generated);
            writer.WriteNumber("distinct", action.Distinct);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
