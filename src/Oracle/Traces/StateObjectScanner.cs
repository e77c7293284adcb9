using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace GraphSpec.Oracle.Traces;

/// <summary>
/// The fast path for the <c>"state"</c> object of a state line that names the variables of the
/// line before, in its order, and closes the line: values are delimited by bracket matching and
/// looked up by their bytes, so a text this trace already showed is never tokenized again (a step
/// changes few variables; tokenizing every value was half the cost of reading a trace). Any text
/// it does not recognise, including every error, makes it give up; the full parser then reads the
/// line and reports what is wrong, so messages and positions do not depend on this path.
/// </summary>
internal static class StateObjectScanner
{
    private static readonly SearchValues<byte> ScalarEnd = SearchValues.Create(",}] \t\r\n"u8);

    /// <summary>
    /// Reads the object that starts at <paramref name="start"/> (its <c>{</c>) up to the end of
    /// <paramref name="line"/>, which must be the closing brace of the line; false if the object
    /// or the rest of the line is not in the expected shape.
    /// </summary>
    public static bool TryScan(ReadOnlySpan<byte> line, int start, StateValueCache cache, out ImmutableArray<NamedValue> state)
    {
        state = default;
        var names = cache.PreviousNames;
        var nameBytes = cache.PreviousNameUtf8;
        if (nameBytes.Length == 0 || line[start] != (byte)'{')
        {
            return false;
        }

        var values = new NamedValue[names.Length];
        var at = start + 1;
        for (var position = 0; position < names.Length; position++)
        {
            // "name" : value (, or })
            at = SkipSpace(line, at);
            var name = nameBytes[position];
            if (at + name.Length + 2 > line.Length || line[at] != (byte)'"' || !line.Slice(at + 1, name.Length).SequenceEqual(name) || line[at + 1 + name.Length] != (byte)'"')
            {
                return false;
            }

            at = SkipSpace(line, at + name.Length + 2);
            if (at >= line.Length || line[at] != (byte)':')
            {
                return false;
            }

            // The variable's text on the line before is a complete value: if the line goes on with
            // it, that is this value too (a JSON value ends where its text says), found unscanned.
            at = SkipSpace(line, at + 1);
            if (!cache.TryPrevious(position, line[at..], out var value, out var length))
            {
                length = ValueLength(line[at..]);
                if (length < 0 || !cache.TryDecode(position, line.Slice(at, length), at, out value))
                {
                    return false;
                }
            }

            var end = at + length;

            values[position] = new NamedValue(names[position], value);
            at = SkipSpace(line, end);
            var expected = position == names.Length - 1 ? (byte)'}' : (byte)',';
            if (at >= line.Length || line[at] != expected)
            {
                return false;
            }

            at++;
        }

        // The state object closes the line: only the line's own closing brace may follow.
        at = SkipSpace(line, at);
        if (at >= line.Length || line[at] != (byte)'}' || SkipSpace(line, at + 1) != line.Length)
        {
            return false;
        }

        state = ImmutableCollectionsMarshal.AsImmutableArray(values); // the array is not shared: no copy
        return true;
    }

    /// <summary>The length of the JSON value <paramref name="text"/> starts with, or -1.</summary>
    private static int ValueLength(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty)
        {
            return -1;
        }

        if (text[0] is not ((byte)'{' or (byte)'[' or (byte)'"'))
        {
            var scalar = text.IndexOfAny(ScalarEnd);
            return scalar <= 0 ? -1 : scalar;
        }

        // Brackets are matched without checking their kinds: a text that is not a well-formed
        // value is refused when it is decoded.
        var depth = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                    if (depth == 0)
                    {
                        return i + 1;
                    }
                }

                continue;
            }

            switch (b)
            {
                case (byte)'"':
                    inString = true;
                    break;
                case (byte)'{' or (byte)'[':
                    depth++;
                    break;
                case (byte)'}' or (byte)']':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return -1;
    }

    private static int SkipSpace(ReadOnlySpan<byte> line, int at)
    {
        while (at < line.Length && line[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            at++;
        }

        return at;
    }
}
