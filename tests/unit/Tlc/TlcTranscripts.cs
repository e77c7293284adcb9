using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphSpec.Oracle.Checking.Traces;
using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.UnitTests.Tlc;

/// <summary>Reads the recorded TLC transcripts of tests/fixtures/tlc and compares values with TLC's JSON encoding.</summary>
internal static class TlcTranscripts
{
    public static string ConformanceFolder => Path.Combine(TestPaths.TlcFixtures, "conformance");

    public static string SmokeFolder => Path.Combine(TestPaths.TlcFixtures, "smoke");

    /// <summary>The conformance cases that have a transcript.</summary>
    public static IReadOnlyList<string> ConformanceCases() =>
        Directory.GetFiles(ConformanceFolder, "*.tool.out")
            .Select(f => Path.GetFileName(f)[..^".tool.out".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The transcript of a case. Strings, record fields and model values sort in the order a process
    /// first meets them, and TLC met them while parsing the spec; loading the spec with our front end
    /// first gives this process the same order before the transcript's values are built (and keeps
    /// the order the rest of the sequential test suite relies on).
    /// </summary>
    public static string Output(string caseName)
    {
        var folder = TestPaths.CaseFolder(caseName);
        ModelLoader.LoadFiles(Path.Combine(folder, "Spec.tla"), Path.Combine(folder, "Spec.cfg"));
        return File.ReadAllText(Path.Combine(ConformanceFolder, caseName + ".tool.out"));
    }

    public static int Exit(string caseName) => int.Parse(File.ReadAllText(Path.Combine(ConformanceFolder, caseName + ".exit")).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    public static string? JsonTrace(string caseName)
    {
        var path = Path.Combine(ConformanceFolder, caseName + ".trace.json");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>The value in TLC's <c>-dumpTrace json</c> encoding, as a node to compare structurally.</summary>
    public static JsonNode? TlcJson(Value value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            TraceValueJson.WriteTlc(writer, value);
        }

        return JsonNode.Parse(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The <c>var = text</c> pairs TLC printed in every 2217 state message of a transcript, in order.</summary>
    public static List<List<(string Name, string Text)>> PrintedStates(string output)
    {
        var states = new List<List<(string, string)>>();
        var blocks = output.Split("@!@!@STARTMSG 2217:4 @!@!@\n").Skip(1);
        foreach (var block in blocks)
        {
            var body = block[..block.IndexOf("@!@!@ENDMSG 2217", StringComparison.Ordinal)];
            var lines = body.Split('\n').Skip(1).Where(l => l.Length > 0).ToList();
            var state = new List<(string, string)>();
            foreach (var line in lines)
            {
                var text = line.StartsWith("/\\ ", StringComparison.Ordinal) ? line[3..] : line;
                var equals = text.IndexOf(" = ", StringComparison.Ordinal);
                state.Add((text[..equals], text[(equals + 3)..]));
            }

            states.Add(state);
        }

        return states;
    }
}
