using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GraphSpec.Cli.Conformance;

/// <summary>
/// The part of a conformance case's <c>expected.json</c> the front end is compared with: TLC's
/// outcome and exit code, and the first error TLC or SANY reported.
/// </summary>
internal sealed partial record ExpectedResult(string Outcome, int TlcExit, string? ErrorMessage)
{
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
            var message = root.TryGetProperty("error_message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return outcome is null
                ? (null, $"{path}: 'outcome' is not a string")
                : (new ExpectedResult(outcome, exit, message), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException
            or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return (null, $"{path}: {e.Message}");
        }
    }

    [GeneratedRegex(@"\bline (\d+)")]
    private static partial Regex LinePattern();
}
