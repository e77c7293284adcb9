using System.Text.Json;

namespace GraphSpec.UnitTests.Checking;

/// <summary>What TLC reported for a conformance case (its expected.json).</summary>
internal sealed record ExpectedOutcome(
    string Outcome,
    int TlcExit,
    string? Violated,
    long? Distinct,
    long? Generated,
    long? LeftOnQueue,
    int? Depth,
    int? TraceLength,
    string? TraceEnd)
{
    public static ExpectedOutcome Read(string caseFolder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(caseFolder, "expected.json")));
        var root = json.RootElement;
        return new ExpectedOutcome(
            root.GetProperty("outcome").GetString()!,
            root.GetProperty("tlc_exit").GetInt32(),
            String(root, "violated"),
            Long(root, "distinct_states"),
            Long(root, "states_generated"),
            Long(root, "states_left_on_queue"),
            (int?)Long(root, "depth"),
            (int?)Long(root, "trace_length"),
            String(root, "trace_end"));
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static long? Long(JsonElement root, string name) =>
        root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt64() : null;
}
