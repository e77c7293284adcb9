using System.Collections.Immutable;
using System.Text;

namespace GraphSpec.Oracle.Tlc.Output;

/// <summary>
/// One message of TLC's <c>-tool</c> output: the code and class of its
/// <c>@!@!@STARTMSG code:class @!@!@</c> envelope, its own text and the messages nested in it
/// (TLC nests, for example, a cfg error inside a general error).
/// </summary>
public sealed record TlcMessage(int Code, int Severity, string Text, ImmutableArray<TlcMessage> Nested)
{
    /// <summary>The class TLC gives ordinary output.</summary>
    public const int NoneSeverity = 0;

    /// <summary>The class of errors.</summary>
    public const int ErrorSeverity = 1;

    /// <summary>The class of a state of an error trace.</summary>
    public const int StateSeverity = 4;

    /// <summary>The text with every nested message's text appended, one per line.</summary>
    public string FullText
    {
        get
        {
            if (Nested.IsEmpty)
            {
                return Text;
            }

            var builder = new StringBuilder(Text);
            foreach (var nested in Nested)
            {
                if (builder.Length > 0 && builder[^1] != '\n')
                {
                    builder.Append('\n');
                }

                builder.Append(nested.FullText);
            }

            return builder.ToString();
        }
    }

    /// <summary>True when this message or one nested in it has <paramref name="code"/>.</summary>
    public bool Contains(int code)
    {
        if (Code == code)
        {
            return true;
        }

        foreach (var nested in Nested)
        {
            if (nested.Contains(code))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>One element of TLC's output in order: a message, or a line printed outside any envelope
/// (SANY's reports, the spec's <c>Print</c>, <c>CounterExample written: ...</c>).</summary>
public sealed record TlcOutputItem(TlcMessage? Message, string? PlainLine);
