using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tlc.Output;

/// <summary>
/// Reads the action TLC names in a trace state's header, between angle brackets:
/// <c>Initial predicate</c>, or <c>Set(1) line 17, col 13 to line 19, col 44 of module M</c>.
/// </summary>
public static partial class TlcActionHeader
{
    public static (TraceAction? Action, string? Error) Parse(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var text = header.Trim();
        if (text == TraceAction.InitialName)
        {
            return (TraceAction.Initial, null);
        }

        var match = ActionPattern().Match(text);
        if (!match.Success)
        {
            // An action TLC describes another way: keep its text as the name.
            return (new TraceAction(text, [], Tla.Syntax.SourceSpan.None, "", []), null);
        }

        ImmutableArray<Value> arguments = [];
        if (match.Groups["args"].Success)
        {
            var (values, error) = TlcValueParser.ParseList(match.Groups["args"].Value);
            if (values is null)
            {
                return (null, $"action '{text}': {error}");
            }

            arguments = [.. values];
        }

        var range = TlcSourceRange.Find(match.Groups["range"].Value);
        return range is { } r
            ? (new TraceAction(match.Groups["name"].Value, arguments, r.Span, r.Module, []), null)
            : (null, $"action '{text}': no source range");
    }

    [GeneratedRegex(@"^(?<name>[^\s(]+)(?:\((?<args>.*)\))? (?<range>line \d+, col \d+ to line \d+, col \d+ of module \S+)$", RegexOptions.Singleline)]
    private static partial Regex ActionPattern();
}
