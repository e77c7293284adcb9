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
                return Utf8Interning.Current.String(ref reader);
            case JsonTokenType.StartArray:
                {
                    var mark = ReadItems(ref reader, depth);
                    try
                    {
                        return FunctionValue.Sequence(Items.Since(mark));
                    }
                    finally
                    {
                        Items.PopTo(mark);
                    }
                }
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

    // Items and field names of the values being read, shared by the nested reads of one thread.
    [ThreadStatic]
    private static ScratchStack<Value>? items;
    [ThreadStatic]
    private static ScratchStack<string>? fieldNames;

    [ThreadStatic]
    private static ScratchStack<Value>? mapValues;

    private static ScratchStack<Value> Items => items ??= new ScratchStack<Value>();

    private static ScratchStack<Value> MapValues => mapValues ??= new ScratchStack<Value>();

    private static ScratchStack<string> FieldNames => fieldNames ??= new ScratchStack<string>();

    /// <summary>Pushes the array's items on <see cref="Items"/>; returns the mark they start at.</summary>
    private static int ReadItems(ref Utf8JsonReader reader, int depth)
    {
        var mark = Items.Mark;
        try
        {
            while (Advance(ref reader) != JsonTokenType.EndArray)
            {
                Items.Push(Read(ref reader, depth + 1));
            }
        }
        catch
        {
            Items.PopTo(mark);
            throw;
        }

        return mark;
    }

    private static Value ReadObject(ref Utf8JsonReader reader, int depth)
    {
        if (Advance(ref reader) == JsonTokenType.EndObject)
        {
            return FunctionValue.EmptySequence; // {}: the record without fields, the empty function
        }

        if (reader.ValueSpan.Length > 0 && reader.ValueSpan[0] == (byte)'#' || reader.ValueIsEscaped && reader.GetString()!.StartsWith('#'))
        {
            var firstName = Utf8Interning.Current.Name(ref reader); // the tag: no new string per value
            var tagStart = reader.TokenStartIndex;
            Advance(ref reader);
            var value = ReadTagged(ref reader, firstName, tagStart, depth);
            if (Advance(ref reader) != JsonTokenType.EndObject)
            {
                throw new TraceFormatException(reader.TokenStartIndex, $"an object with the key \"{firstName}\" must have no other key");
            }

            return value;
        }

        var names = FieldNames;
        var values = Items;
        var (nameMark, valueMark) = (names.Mark, values.Mark);
        try
        {
            while (true)
            {
                var name = Utf8Interning.Current.Name(ref reader);
                if (name.StartsWith('#'))
                {
                    throw new TraceFormatException(reader.TokenStartIndex, $"the record field \"{name}\" starts with '#', which marks a tagged value");
                }

                if (names.Since(nameMark).Contains(name))
                {
                    throw new TraceFormatException(reader.TokenStartIndex, $"the record field \"{name}\" occurs twice");
                }

                names.Push(name);
                Advance(ref reader);
                values.Push(Read(ref reader, depth + 1));
                if (Advance(ref reader) == JsonTokenType.EndObject)
                {
                    break;
                }
            }

            return FunctionValue.Record(names.Since(nameMark), values.Since(valueMark));
        }
        finally
        {
            names.PopTo(nameMark);
            values.PopTo(valueMark);
        }
    }

    private static Value ReadTagged(ref Utf8JsonReader reader, string tag, long tagStart, int depth)
    {
        switch (tag)
        {
            case "#mv":
                return reader.TokenType == JsonTokenType.String && (reader.ValueIsEscaped || reader.ValueSpan.Length > 0)
                    ? Utf8Interning.Current.Model(ref reader)
                    : throw new TraceFormatException(reader.TokenStartIndex, "a model value is {\"#mv\":\"name\"} with a non-empty name");
            case "#bigint":
                return reader.TokenType == JsonTokenType.String
                       && BigInteger.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big)
                    ? IntValue.Of(big)
                    : throw new TraceFormatException(reader.TokenStartIndex, "#bigint takes a string of decimal digits");
            case "#set":
                {
                    ExpectArray(ref reader, "#set takes an array of elements");
                    var mark = ReadItems(ref reader, depth);
                    try
                    {
                        return FiniteSetValue.Of(Items.Since(mark));
                    }
                    finally
                    {
                        Items.PopTo(mark);
                    }
                }
            case "#map":
                ExpectArray(ref reader, "#map takes an array of [key, value] pairs");
                return ReadMap(ref reader, depth, tagStart);
            default:
                throw new TraceFormatException(tagStart, $"unknown tag \"{tag}\" (expected #mv, #set, #map or #bigint)");
        }
    }

    private static FunctionValue ReadMap(ref Utf8JsonReader reader, int depth, long tagStart)
    {
        // Keys go on Items, values on MapValues: nested reads push above both and pop back.
        var keys = Items;
        var values = MapValues;
        var (keyMark, valueMark) = (keys.Mark, values.Mark);
        try
        {
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

                keys.Push(key);
                values.Push(value);
            }

            return FunctionValue.FromPairs(keys.Since(keyMark), values.Since(valueMark));
        }
        catch (EvaluationException e)
        {
            throw new TraceFormatException(tagStart, "#map: " + e.Message.Replace('\n', ' '));
        }
        finally
        {
            keys.PopTo(keyMark);
            values.PopTo(valueMark);
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
