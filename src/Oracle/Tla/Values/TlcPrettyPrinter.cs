using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// TLC's line breaking of long values (<c>Values.ppr</c>, width 80), used for state values in
/// traces and for values quoted in error messages. A value whose text fits the width is printed
/// unchanged; a longer set, sequence, record, function or SUBSET is split one element per line:
/// <code>
/// { &lt;&lt;1, 2&gt;&gt;,
///   &lt;&lt;3, 4&gt;&gt; }
/// </code>
/// </summary>
/// <remarks>
/// TLC re-reads the printed text rather than the value, so this works on the text too and keeps
/// TLC's behaviour in its corner cases: text it cannot read back (a model value with an
/// underscore, a string with an escaped quote, a negative interval, a lazily printed set such as
/// <c>SUBSET (1..7)</c>) is printed unchanged, however long.
/// </remarks>
public static class TlcPrettyPrinter
{
    public const int DefaultWidth = 80;

    /// <summary>The value's TLC text, broken into lines as TLC does.</summary>
    public static string Format(Value value, int width = DefaultWidth) => Format(value.ToString(), width);

    /// <summary>Breaks a printed TLC value into lines of at most <paramref name="width"/> columns.</summary>
    public static string Format(string text, int width = DefaultWidth)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var reader = new TextReader(text);
        if (!reader.TryRead(0, out Node? tree) || tree.Last < text.Length - 1)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16);
        new Layout(text, builder).Write(tree, width, 0, string.Empty);
        return builder.ToString();
    }

    private enum NodeKind
    {
        Constant,
        Set,
        Sequence,
        Record,
        Function,
        Pair,
        Subset,
    }

    /// <summary>A piece of the text: its kind, first and last character, and its parts.</summary>
    private sealed class Node(NodeKind kind, int first)
    {
        public NodeKind Kind { get; } = kind;

        public int First { get; } = first;

        public int Last { get; set; }

        public List<Node> Parts { get; } = [];

        public int Length => Last - First + 1;
    }

    /// <summary>Reads the printed value back into nodes; fails on text TLC cannot read either.</summary>
    private sealed class TextReader(string text)
    {
        public bool TryRead(int index, [NotNullWhen(true)] out Node? node)
        {
            node = null;
            StackGuard.Ensure();
            if (index < 0 || index >= text.Length || !TrySkipSpace(index, out int at))
            {
                return false;
            }
            return text[at] switch
            {
                '{' => TryReadList(at, NodeKind.Set, 1, '}', out node),
                '<' => TryReadList(at, NodeKind.Sequence, 2, '>', out node),
                '[' => TryReadPairs(at, NodeKind.Record, ']', "|->", ",", out node),
                '(' => TryReadPairs(at, NodeKind.Function, ')', ":>", "@@", out node),
                _ => string.CompareOrdinal(text, at, "SUBSET", 0, 6) == 0
                    ? TryReadSubset(at, out node)
                    : TryReadConstant(at, out node),
            };
        }

        private bool TryReadList(int start, NodeKind kind, int openLength, char close, [NotNullWhen(true)] out Node? node)
        {
            node = new Node(kind, start);
            if (!TrySkipSpace(start + openLength, out int at))
            {
                return false;
            }
            while (true)
            {
                if (at >= text.Length)
                {
                    return false;
                }
                if (text[at] == close)
                {
                    break;
                }
                if (!TryRead(at, out Node? element))
                {
                    return false;
                }
                node.Parts.Add(element);
                if (!TrySkipSeparator(element.Last + 1, ",", out at))
                {
                    return false;
                }
            }
            // A sequence ends with two closing characters.
            node.Last = kind == NodeKind.Sequence ? at + 1 : at;
            return true;
        }

        private bool TryReadPairs(int start, NodeKind kind, char close, string divider, string separator, [NotNullWhen(true)] out Node? node)
        {
            node = new Node(kind, start);
            if (!TrySkipSpace(start + 1, out int at))
            {
                return false;
            }
            while (true)
            {
                if (at >= text.Length)
                {
                    return false;
                }
                if (text[at] == close)
                {
                    break;
                }
                if (!TryReadPair(at, divider, out Node? pair))
                {
                    return false;
                }
                node.Parts.Add(pair);
                if (!TrySkipSeparator(pair.Last + 1, separator, out at))
                {
                    return false;
                }
            }
            node.Last = at;
            return true;
        }

        private bool TryReadPair(int start, string divider, [NotNullWhen(true)] out Node? pair)
        {
            pair = null;
            if (!TryRead(start, out Node? left)
                || !TrySkipSpace(left.Last + 1, out int at)
                || string.CompareOrdinal(text, at, divider, 0, divider.Length) != 0
                || !TrySkipSpace(at + divider.Length, out at)
                || !TryRead(at, out Node? right))
            {
                return false;
            }
            pair = new Node(NodeKind.Pair, start) { Last = right.Last };
            pair.Parts.Add(left);
            pair.Parts.Add(right);
            return true;
        }

        private bool TryReadSubset(int start, [NotNullWhen(true)] out Node? node)
        {
            node = null;
            if (!TrySkipSpace(start + 6, out int at) || !TryRead(at, out Node? operand))
            {
                return false;
            }
            node = new Node(NodeKind.Subset, start) { Last = operand.Last };
            node.Parts.Add(operand);
            return true;
        }

        private bool TryReadConstant(int start, [NotNullWhen(true)] out Node? node)
        {
            node = null;
            int last = start;
            char c = text[start];
            if (c == '"')
            {
                // Up to the next quote character: an escaped quote ends the constant early, and the
                // rest then fails to read, as in TLC.
                int close = text.IndexOf('"', start + 1);
                if (close < 0)
                {
                    return false;
                }
                node = new Node(NodeKind.Constant, start) { Last = close };
                return true;
            }
            if (char.IsDigit(c) && TryReadInterval(start, out node))
            {
                return true;
            }
            if (c == '-')
            {
                last++;
                if (last >= text.Length)
                {
                    return false;
                }
                while (last < text.Length && char.IsDigit(text[last]))
                {
                    last++;
                }
                node = new Node(NodeKind.Constant, start) { Last = last - 1 };
                return true;
            }
            if (char.IsLetterOrDigit(c))
            {
                while (last < text.Length && char.IsLetterOrDigit(text[last]))
                {
                    last++;
                }
                node = new Node(NodeKind.Constant, start) { Last = last - 1 };
                return true;
            }
            return false;
        }

        private bool TryReadInterval(int start, [NotNullWhen(true)] out Node? node)
        {
            node = null;
            int at = start;
            while (at < text.Length && char.IsDigit(text[at]))
            {
                at++;
            }
            if (string.CompareOrdinal(text, at, "..", 0, 2) != 0)
            {
                return false;
            }
            at += 2;
            if (at >= text.Length || !char.IsDigit(text[at]))
            {
                return false;
            }
            while (at < text.Length && char.IsDigit(text[at]))
            {
                at++;
            }
            node = new Node(NodeKind.Constant, start) { Last = at - 1 };
            return true;
        }

        /// <summary>Skips white space, an optional separator, and white space again.</summary>
        private bool TrySkipSeparator(int index, string separator, out int at)
        {
            if (!TrySkipSpace(index, out at))
            {
                return false;
            }
            if (string.CompareOrdinal(text, at, separator, 0, separator.Length) == 0)
            {
                at += separator.Length;
            }
            return TrySkipSpace(at, out at);
        }

        /// <summary>The first non-space position from <paramref name="index"/>; fails at the end of the text.</summary>
        private bool TrySkipSpace(int index, out int at)
        {
            at = index;
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }
            return at < text.Length;
        }
    }

    /// <summary>Writes nodes within a column budget, breaking lists one element per line.</summary>
    private sealed class Layout(string text, StringBuilder output)
    {
        public void Write(Node node, int width, int trailer, string indent)
        {
            if (node.Length <= width - trailer || node.Kind == NodeKind.Constant)
            {
                output.Append(text, node.First, node.Length);
                return;
            }
            StackGuard.Ensure();
            switch (node.Kind)
            {
                case NodeKind.Set:
                    WriteList(node, width, trailer, indent, "{ ", " }", "  ");
                    break;
                case NodeKind.Sequence:
                    WriteList(node, width, trailer, indent, "<< ", " >>", "   ");
                    break;
                case NodeKind.Subset:
                    WriteList(node, width, trailer, indent, "SUBSET ", " ", " ");
                    break;
                case NodeKind.Record:
                    WritePairs(node, width, trailer, indent, "[ ", " ]", "  ", ",", " |->");
                    break;
                default:
                    WritePairs(node, width, trailer, indent, "( ", " )", "  ", " @@", " :>");
                    break;
            }
        }

        private void WriteList(Node node, int width, int trailer, string indent, string open, string close, string pad)
        {
            const string Separator = ",";
            output.Append(open);
            int innerWidth = width - Math.Max(open.Length, pad.Length);
            string innerIndent = indent + pad;
            List<Node> parts = node.Parts;
            for (int i = 0; i < parts.Count; i++)
            {
                if (i < parts.Count - 1)
                {
                    Write(parts[i], innerWidth, Separator.Length, innerIndent);
                    output.Append(Separator).Append('\n').Append(innerIndent);
                }
                else
                {
                    Write(parts[i], innerWidth, trailer + close.Length, innerIndent);
                }
            }
            output.Append(close);
        }

        private void WritePairs(
            Node node, int width, int trailer, string indent, string open, string close, string pad, string separator, string divider)
        {
            // The value of a pair that does not fit after its key goes on the next line, indented further.
            const string ValueIndent = "    ";
            output.Append(open);
            int innerWidth = width - Math.Max(open.Length, pad.Length);
            int innerTrailer = trailer + close.Length;
            string innerIndent = indent + pad;
            List<Node> pairs = node.Parts;
            for (int i = 0; i < pairs.Count; i++)
            {
                Node key = pairs[i].Parts[0];
                Node value = pairs[i].Parts[1];
                bool isLast = i == pairs.Count - 1;
                int room = isLast ? innerWidth - innerTrailer : innerWidth - separator.Length;
                int valueTrailer = isLast ? innerTrailer : separator.Length;
                if (key.Length + divider.Length + 1 + value.Length <= room)
                {
                    output.Append(text, key.First, key.Length).Append(divider).Append(' ').Append(text, value.First, value.Length);
                }
                else
                {
                    if (key.Length + divider.Length <= innerWidth)
                    {
                        output.Append(text, key.First, key.Length);
                    }
                    else
                    {
                        Write(key, innerWidth, innerTrailer + divider.Length, innerIndent);
                    }
                    output.Append(divider).Append('\n').Append(innerIndent).Append(ValueIndent);
                    Write(value, innerWidth - ValueIndent.Length, valueTrailer, innerIndent + ValueIndent);
                }
                if (!isLast)
                {
                    output.Append(separator).Append('\n').Append(innerIndent);
                }
            }
            output.Append(close);
        }
    }
}
