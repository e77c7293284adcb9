using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GraphSpec.Cli.Conformance;

/// <summary>
/// What TLC reported for a conformance case (its <c>expected.json</c>): outcome and exit code, the
/// first error TLC or SANY reported, the violated name, the final statistics and the length of the
/// counterexample (see tests/conformance/README.md for the fields).
/// </summary>
internal sealed partial record ExpectedResult(string Outcome, int TlcExit, string? ErrorMessage)
{
    public string? Violated { get; init; }
    public long? Distinct { get; init; }
    public long? Generated { get; init; }
    public int? Depth { get; init; }
    public int? TraceLength { get; init; }
    public string? TraceEnd { get; init; }

    /// <summary>A lasso counterexample (a temporal property): TLC's is not always the shortest, so its length is not compared.</summary>
    public bool HasLasso => TraceEnd is not null && TraceEnd.StartsWith("back_to_state", StringComparison.Ordinal)
        || TraceEnd == "stuttering";

    public const string ParseError = "parse_error";
    public const string ConfigError = "config_error";

    /// <summary>True for outcomes decided before any state is explored (parse and config errors).</summary>
    public bool IsFrontEndError => Outcome is ParseError or ConfigError;

    /// <summary>
    /// The first line number TLC's message names ("at line 8", "line 14, col 17"), or null.
    /// </summary>
    public int? MessageLine
    {
        get
        {
            var match = ErrorMessage is null ? null : LinePattern().Match(ErrorMessage);
            return match is { Success: true } ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }
    }

    /// <summary>Reads <c>expected.json</c>; a missing or malformed file is reported as a message.</summary>
    public static (ExpectedResult? Result, string? Error) Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var outcome = root.GetProperty("outcome").GetString();
            var exit = root.GetProperty("tlc_exit").GetInt32();
            return outcome is null
                ? (null, $"{path}: 'outcome' is not a string")
                : (new ExpectedResult(outcome, exit, String(root, "error_message"))
                {
                    Violated = String(root, "violated"),
                    Distinct = Long(root, "distinct_states"),
                    Generated = Long(root, "states_generated"),
                    Depth = (int?)Long(root, "depth"),
                    TraceLength = (int?)Long(root, "trace_length"),
                    TraceEnd = String(root, "trace_end"),
                }, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException
            or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return (null, $"{path}: {e.Message}");
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static long? Long(JsonElement root, string name) =>
        root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt64() : null;

    [GeneratedRegex(@"\bline (\d+)")]
    private static partial Regex LinePattern();
}
