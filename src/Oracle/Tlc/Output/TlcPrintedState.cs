using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tlc.Output;

/// <summary>A variable and its value as TLC printed them in a state.</summary>
public sealed record TlcAssignment(string Variable, Value Value);

/// <summary>
/// A state as TLC prints it in an error trace: <c>N: &lt;Action ...&gt;</c> then the variables, as
/// <c>/\ x = v</c> lines (or <c>x = v</c> for a single variable). Values may span several lines.
/// </summary>
public sealed partial record TlcPrintedState(int Number, TraceAction Action, ImmutableArray<TlcAssignment> Assignments)
{
    /// <summary>Parses a 2217 message text.</summary>
    public static (TlcPrintedState? State, string? Error) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var first = newline < 0 ? text : text[..newline];
        var match = HeaderPattern().Match(first.TrimEnd());
        if (!match.Success)
        {
            return (null, $"TLC state: unexpected header '{first}'");
        }

        var (action, actionError) = TlcActionHeader.Parse(match.Groups["action"].Value);
        if (action is null)
        {
            return (null, actionError);
        }

        var (assignments, error) = ParseAssignments(newline < 0 ? "" : text[(newline + 1)..]);
        return assignments is null
            ? (null, error)
            : (new TlcPrintedState(int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), action, assignments.Value), null);
    }

    /// <summary>The number in a <c>N: Back to state: &lt;..&gt;</c> or <c>N: Stuttering</c> line, and the action of the former.</summary>
    public static (int Number, TraceAction? Action)? ParseLassoEnd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = LassoPattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (!match.Groups["action"].Success)
        {
            return (number, null);
        }

        var (action, _) = TlcActionHeader.Parse(match.Groups["action"].Value);
        return (number, action);
    }

    /// <summary>Parses <c>/\ x = v</c> lines, or one <c>x = v</c>; a line that does not start a new
    /// conjunct continues the previous value.</summary>
    public static (ImmutableArray<TlcAssignment>? Assignments, string? Error) ParseAssignments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("/\\ ", StringComparison.Ordinal))
            {
                parts.Add(line[3..]);
            }
            else if (parts.Count > 0)
            {
                parts[^1] += "\n" + line;
            }
            else if (line.Trim().Length > 0)
            {
                parts.Add(line);
            }
        }

        var builder = ImmutableArray.CreateBuilder<TlcAssignment>(parts.Count);
        foreach (var part in parts)
        {
            var match = AssignmentPattern().Match(part);
            if (!match.Success)
            {
                return (null, $"TLC state: expected 'variable = value', got '{Shorten(part)}'");
            }

            var (value, error) = TlcValueParser.Parse(match.Groups["value"].Value);
            if (value is null)
            {
                return (null, $"TLC state: variable {match.Groups["name"].Value}: {error}");
            }

            builder.Add(new TlcAssignment(match.Groups["name"].Value, value));
        }

        return (builder.ToImmutable(), null);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "...";

    [GeneratedRegex(@"^(?<n>\d+): <(?<action>.*)>$")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^(?<n>\d+): (?:Stuttering|Back to state: <(?<action>.*)>)$")]
    private static partial Regex LassoPattern();

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_]+) = (?<value>.*)$", RegexOptions.Singleline)]
    private static partial Regex AssignmentPattern();
}
