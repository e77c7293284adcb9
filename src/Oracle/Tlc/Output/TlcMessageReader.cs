using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GraphSpec.Oracle.Tlc.Output;

/// <summary>
/// Splits TLC's <c>-tool</c> output into messages and plain lines. Envelope markers may start in the
/// middle of a line (a nested message follows its parent's text on the same line), so the reader
/// scans for markers, not for lines.
/// </summary>
public static partial class TlcMessageReader
{
    /// <summary>The messages and plain lines of <paramref name="output"/>; <c>Error</c> is set when an
    /// envelope is not closed or closed with another code (output cut short or corrupted).</summary>
    public static (ImmutableArray<TlcOutputItem> Items, string? Error) Read(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var items = ImmutableArray.CreateBuilder<TlcOutputItem>();
        var open = new Stack<OpenMessage>();
        string? error = null;
        var position = 0;
        foreach (Match marker in MarkerPattern().Matches(output))
        {
            AddText(output[position..marker.Index], open, items);
            position = marker.Index + marker.Length;
            var code = int.Parse(marker.Groups["code"].Value, CultureInfo.InvariantCulture);
            if (marker.Groups["start"].Success)
            {
                open.Push(new OpenMessage(code, int.Parse(marker.Groups["class"].Value, CultureInfo.InvariantCulture)));
                continue;
            }

            if (open.Count == 0 || open.Peek().Code != code)
            {
                error ??= $"TLC output: unexpected end of message {code}";
                continue;
            }

            Close(open, items);
        }

        AddText(output[position..], open, items);
        if (open.Count > 0)
        {
            error ??= $"TLC output ends inside message {open.Peek().Code}";
            while (open.Count > 0)
            {
                Close(open, items);
            }
        }

        return (items.ToImmutable(), error);
    }

    private static void AddText(string text, Stack<OpenMessage> open, ImmutableArray<TlcOutputItem>.Builder items)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (open.Count > 0)
        {
            open.Peek().Text.Append(text);
            return;
        }

        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length > 0)
            {
                items.Add(new TlcOutputItem(null, trimmed));
            }
        }
    }

    private static void Close(Stack<OpenMessage> open, ImmutableArray<TlcOutputItem>.Builder items)
    {
        var finished = open.Pop();
        var message = new TlcMessage(finished.Code, finished.Severity, finished.Text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'), finished.Nested.ToImmutable());
        if (open.Count > 0)
        {
            open.Peek().Nested.Add(message);
        }
        else
        {
            items.Add(new TlcOutputItem(message, null));
        }
    }

    [GeneratedRegex(@"@!@!@(?:(?<start>STARTMSG) (?<code>\d+):(?<class>\d+)|ENDMSG (?<code>\d+)) @!@!@\r?\n?")]
    private static partial Regex MarkerPattern();

    private sealed class OpenMessage(int code, int severity)
    {
        public int Code { get; } = code;

        public int Severity { get; } = severity;

        public StringBuilder Text { get; } = new();

        public ImmutableArray<TlcMessage>.Builder Nested { get; } = ImmutableArray.CreateBuilder<TlcMessage>();
    }
}
