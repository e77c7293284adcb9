using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphSpec.Cli.Checking;
using GraphSpec.Oracle.Checking;

namespace GraphSpec.Cli.ModelSuite;

/// <summary>
/// <c>graphspec check --json</c> without a SPEC: one JSON object with a row per model and, with
/// <c>--coverage</c>, each model's action counts and the suite-wide coverage per spec.
/// </summary>
internal static class SuiteJsonWriter
{
    public static string Serialize(IReadOnlyList<ModelVerdict> verdicts, SuiteCoverage? coverage)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            var mismatches = 0;
            writer.WriteStartArray("models");
            foreach (var verdict in verdicts)
            {
                mismatches += verdict.Matches ? 0 : 1;
                WriteModel(writer, verdict, coverage is not null);
            }

            writer.WriteEndArray();
            writer.WriteNumber("mismatches", mismatches);
            if (coverage is not null)
            {
                WriteSuiteCoverage(writer, coverage);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteModel(Utf8JsonWriter writer, ModelVerdict verdict, bool withCoverage)
    {
        var result = verdict.Result;
        writer.WriteStartObject();
        writer.WriteString("name", verdict.Model.Name);
        writer.WriteString("cfg", verdict.Model.ConfigPath);
        WriteNullable(writer, "spec", verdict.Model.SpecPath);
        WriteNullable(writer, "expected", verdict.Model.Expectation?.ToString());
        writer.WriteString("got", verdict.Got);
        writer.WriteBoolean("match", verdict.Matches);
        if (verdict.Engines is { } engines)
        {
            // --engine tlc|both: TLC's outcome, its failure, and where the two engines differ.
            WriteNullable(writer, "tlc", verdict.TlcGot);
            WriteNullable(writer, "tlcError", engines.TlcError);
            writer.WriteStartArray("engineDifferences");
            foreach (var difference in engines.Differences)
            {
                writer.WriteStringValue(difference);
            }

            writer.WriteEndArray();
        }

        if (result is { HasStatistics: true })
        {
            writer.WriteNumber("distinct", result.Statistics.Distinct);
            writer.WriteNumber("generated", result.Statistics.Generated);
            writer.WriteNumber("depth", result.Statistics.Depth);
        }
        else
        {
            writer.WriteNull("distinct");
            writer.WriteNull("generated");
            writer.WriteNull("depth");
        }

        if (result is null || result.Trace.IsEmpty)
        {
            writer.WriteNull("traceLength");
        }
        else
        {
            writer.WriteNumber("traceLength", result.Trace.Length);
        }

        if (result is null)
        {
            writer.WriteNull("seconds");
        }
        else
        {
            writer.WriteNumber("seconds", Math.Round(result.Elapsed.TotalSeconds, 3));
        }

        WriteNullable(writer, "problem", verdict.Matches ? null : verdict.Reason);
        if (verdict.Matches is false)
        {
            writer.WriteString("rerun", verdict.RerunCommand);
        }

        if (withCoverage && result is not null)
        {
            CheckJsonWriter.WriteCoverage(writer, result);
        }

        writer.WriteEndObject();
    }

    private static void WriteSuiteCoverage(Utf8JsonWriter writer, SuiteCoverage coverage)
    {
        writer.WriteStartArray("coverage");
        foreach (var spec in coverage.Specs)
        {
            writer.WriteStartObject();
            writer.WriteString("spec", spec.SpecPath);
            writer.WriteStartArray("okModels");
            foreach (var model in spec.OkModels)
            {
                writer.WriteStringValue(model);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("actions");
            foreach (var action in spec.Actions)
            {
                writer.WriteStartObject();
                writer.WriteString("action", action.Name);
                writer.WriteString("location", action.Location);
                writer.WriteNumber("generatedInOkModels", action.GeneratedInOkModels);
                writer.WriteBoolean("firedInOkModel", action.Fired);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
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
}
