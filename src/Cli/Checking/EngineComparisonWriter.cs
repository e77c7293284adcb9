using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphSpec.Oracle.Checking;

namespace GraphSpec.Cli.Checking;

/// <summary>Prints <c>--engine both</c>'s comparison: the compared fields of both engines side by side, then agreement or each difference.</summary>
internal static class EngineComparisonWriter
{
    public static void Text(EngineResults results, TextWriter writer)
    {
        var embedded = results.Embedded!;
        var tlc = results.Tlc!;
        string[][] rows =
        [
            ["", "embedded", "TLC"],
            ["outcome", embedded.Outcome.Name(), tlc.Outcome.Name()],
            ["violated", embedded.ViolatedName ?? "–", tlc.ViolatedName ?? "–"],
            ["distinct states", Count(embedded, r => r.Statistics.Distinct), Count(tlc, r => r.Statistics.Distinct)],
            ["states generated", Count(embedded, r => r.Statistics.Generated), Count(tlc, r => r.Statistics.Generated)],
            ["depth", Count(embedded, r => r.Statistics.Depth), Count(tlc, r => r.Statistics.Depth)],
            ["counterexample", embedded.Trace.Length.ToString(CultureInfo.InvariantCulture), tlc.Trace.Length.ToString(CultureInfo.InvariantCulture)],
            ["exit code", embedded.ExitCode.ToString(CultureInfo.InvariantCulture), tlc.ExitCode.ToString(CultureInfo.InvariantCulture)],
        ];
        var first = rows.Max(r => r[0].Length);
        var second = rows.Max(r => r[1].Length);
        writer.WriteLine("== comparison ==");
        foreach (var row in rows)
        {
            writer.WriteLine($"{row[0].PadRight(first)}  {row[1].PadRight(second)}  {row[2]}".TrimEnd());
        }

        if (!results.Disagree)
        {
            writer.WriteLine("The engines agree.");
            return;
        }

        writer.WriteLine("ENGINES DISAGREE:");
        foreach (var difference in results.Differences)
        {
            writer.WriteLine($"  {difference}");
        }
    }

    /// <summary><c>{"engine":"both","agree":..,"differences":[..],"embedded":{..},"tlc":{..}|null,"tlcError":..}</c>.</summary>
    public static string Json(EngineResults results)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("engine", "both");
            writer.WriteBoolean("agree", results.Tlc is not null && !results.Disagree);
            writer.WriteStartArray("differences");
            foreach (var difference in results.Differences)
            {
                writer.WriteStringValue(difference);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("embedded");
            writer.WriteRawValue(CheckJsonWriter.Serialize(results.Embedded!));
            writer.WritePropertyName("tlc");
            if (results.Tlc is { } tlc)
            {
                writer.WriteRawValue(CheckJsonWriter.Serialize(tlc));
            }
            else
            {
                writer.WriteNullValue();
            }

            if (results.TlcError is { } error)
            {
                writer.WriteString("tlcError", error);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Count(CheckResult result, Func<CheckResult, long> count) =>
        result.HasStatistics ? count(result).ToString(CultureInfo.InvariantCulture) : "–";
}
