using System.Text.Json;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Traces;

/// <summary>
/// Decodes the variables of consecutive state lines, reusing the previous value of a variable
/// whose JSON text did not change. Most variables are unchanged by a step, so this skips most of
/// the decoding, and unchanged variables hold the same value object in both states, which makes
/// the validator's comparisons reference checks.
/// </summary>
internal sealed class StateValueCache
{
    private readonly Dictionary<string, (byte[] Json, Value Value)> previous = new(StringComparer.Ordinal);

    /// <summary>The value of <paramref name="json"/> (the complete text of one value, at byte <paramref name="offset"/> of its line).</summary>
    public Value Decode(string name, ReadOnlySpan<byte> json, long offset)
    {
        if (previous.TryGetValue(name, out var last) && json.SequenceEqual(last.Json))
        {
            return last.Value;
        }

        var value = DecodeAt(json, offset);
        previous[name] = (json.ToArray(), value);
        return value;
    }

    private static Value DecodeAt(ReadOnlySpan<byte> json, long offset)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = TraceValueReader.MaxDepth + 16 });
            reader.Read();
            return TraceValueReader.Read(ref reader);
        }
        catch (TraceFormatException e)
        {
            throw new TraceFormatException(offset + e.ByteOffset, e.Message);
        }
        catch (JsonException e)
        {
            throw new TraceFormatException(offset + (e.BytePositionInLine ?? 0), "malformed JSON: " + e.Message);
        }
    }
}
