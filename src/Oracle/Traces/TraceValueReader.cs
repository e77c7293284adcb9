using System.Globalization;
using System.Numerics;
using System.Text.Json;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Traces;

/// <summary>
/// Reads one value in the canonical JSON encoding of docs/trace-format.md into an engine value:
/// booleans, integers (<c>#bigint</c> beyond 64 bits), strings, model values <c>{"#mv":name}</c>,
/// sequences as arrays, records as objects, <c>{"#set":[...]}</c> and <c>{"#map":[[k,v],...]}</c>.
/// Errors throw <see cref="TraceFormatException"/> at the offending token.
/// </summary>
internal static class TraceValueReader
{
    /// <summary>Values nested deeper than this are rejected (a state is never this deep).</summary>
    public const int MaxDepth = 100;

    /// <summary>Reads the value whose first token the reader is on; leaves the reader on its last token.</summary>
    public static Value Read(ref Utf8JsonReader reader, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new TraceFormatException(reader.TokenStartIndex, $"the value is nested more than {MaxDepth} levels deep");
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return BoolValue.True;
            case JsonTokenType.False:
                return BoolValue.False;
            case JsonTokenType.Number:
                return ReadInteger(ref reader);
            case JsonTokenType.String:
                return StringValue.Of(reader.GetString()!);
            case JsonTokenType.StartArray:
                return FunctionValue.Sequence(ReadItems(ref reader, depth).AsSpan());
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, depth);
            case JsonTokenType.Null:
                throw new TraceFormatException(reader.TokenStartIndex, "null is not a TLA+ value");
            default:
                throw new TraceFormatException(reader.TokenStartIndex, $"unexpected JSON token {reader.TokenType}");
        }
    }

    private static IntValue ReadInteger(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt64(out var number))
        {
            return IntValue.Of(number);
        }

        var text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
        throw new TraceFormatException(reader.TokenStartIndex,
            BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                ? $"the integer {text} is beyond the 64-bit range: write it as {{\"#bigint\":\"{text}\"}}"
                : $"{text} is not an integer (TLA+ values have no fractions or exponents)");
    }

    private static Value[] ReadItems(ref Utf8JsonReader reader, int depth)
    {
        var items = new List<Value>();
        while (Advance(ref reader) != JsonTokenType.EndArray)
        {
            items.Add(Read(ref reader, depth + 1));
        }

        return [.. items];
    }

    private static Value ReadObject(ref Utf8JsonReader reader, int depth)
    {
        if (Advance(ref reader) == JsonTokenType.EndObject)
        {
            return FunctionValue.EmptySequence; // {}: the record without fields, the empty function
        }

        var firstName = reader.GetString()!;
        if (firstName.StartsWith('#'))
        {
            var tagStart = reader.TokenStartIndex;
            Advance(ref reader);
            var value = ReadTagged(ref reader, firstName, tagStart, depth);
            if (Advance(ref reader) != JsonTokenType.EndObject)
            {
                throw new TraceFormatException(reader.TokenStartIndex, $"an object with the key \"{firstName}\" must have no other key");
            }

            return value;
        }

        var names = new List<string>();
        var values = new List<Value>();
        while (true)
        {
            var name = reader.GetString()!;
            if (name.StartsWith('#'))
            {
                throw new TraceFormatException(reader.TokenStartIndex, $"the record field \"{name}\" starts with '#', which marks a tagged value");
            }

            if (names.Contains(name))
            {
                throw new TraceFormatException(reader.TokenStartIndex, $"the record field \"{name}\" occurs twice");
            }

            names.Add(name);
            Advance(ref reader);
            values.Add(Read(ref reader, depth + 1));
            if (Advance(ref reader) == JsonTokenType.EndObject)
            {
                break;
            }
        }

        return FunctionValue.Record(names.ToArray(), values.ToArray());
    }

    private static Value ReadTagged(ref Utf8JsonReader reader, string tag, long tagStart, int depth)
    {
        switch (tag)
        {
            case "#mv":
                return reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } name
                    ? ModelValue.Of(name)
                    : throw new TraceFormatException(reader.TokenStartIndex, "a model value is {\"#mv\":\"name\"} with a non-empty name");
            case "#bigint":
                return reader.TokenType == JsonTokenType.String
                       && BigInteger.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big)
                    ? IntValue.Of(big)
                    : throw new TraceFormatException(reader.TokenStartIndex, "#bigint takes a string of decimal digits");
            case "#set":
                ExpectArray(ref reader, "#set takes an array of elements");
                return FiniteSetValue.Of(ReadItems(ref reader, depth));
            case "#map":
                ExpectArray(ref reader, "#map takes an array of [key, value] pairs");
                return ReadMap(ref reader, depth, tagStart);
            default:
                throw new TraceFormatException(tagStart, $"unknown tag \"{tag}\" (expected #mv, #set, #map or #bigint)");
        }
    }

    private static FunctionValue ReadMap(ref Utf8JsonReader reader, int depth, long tagStart)
    {
        var keys = new List<Value>();
        var values = new List<Value>();
        while (Advance(ref reader) != JsonTokenType.EndArray)
        {
            var pairStart = reader.TokenStartIndex;
            const string PairMessage = "each #map entry is a [key, value] pair";
            ExpectArray(ref reader, PairMessage);
            if (Advance(ref reader) == JsonTokenType.EndArray)
            {
                throw new TraceFormatException(pairStart, PairMessage);
            }

            var key = Read(ref reader, depth + 2);
            if (Advance(ref reader) == JsonTokenType.EndArray)
            {
                throw new TraceFormatException(pairStart, PairMessage);
            }

            var value = Read(ref reader, depth + 2);
            if (Advance(ref reader) != JsonTokenType.EndArray)
            {
                throw new TraceFormatException(pairStart, PairMessage);
            }

            keys.Add(key);
            values.Add(value);
        }

        try
        {
            return FunctionValue.FromPairs(keys.ToArray(), values.ToArray());
        }
        catch (EvaluationException e)
        {
            throw new TraceFormatException(tagStart, "#map: " + e.Message.Replace('\n', ' '));
        }
    }

    private static void ExpectArray(ref Utf8JsonReader reader, string message)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new TraceFormatException(reader.TokenStartIndex, message);
        }
    }

    /// <summary>Moves to the next token (the line is complete in memory, so Read only fails on bad JSON).</summary>
    public static JsonTokenType Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new TraceFormatException(reader.BytesConsumed, "the line ends in the middle of a JSON value");
        }

        return reader.TokenType;
    }
}
