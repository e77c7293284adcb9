using System.Text;
using System.Text.Json;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Traces;

/// <summary>
/// Decodes the values of one trace's lines, each distinct JSON text once. A step changes few
/// variables, and the values a variable takes recur (a lock's owner, an empty queue), so most
/// texts were met before: in the same variable on the line before (one byte comparison) or
/// anywhere earlier in the trace (one hash lookup). Equal texts give the same value object, which
/// makes the validator's comparisons of unchanged variables reference checks. Also hands out the
/// names of state variables and parameters without allocating a string per line.
/// </summary>
internal sealed class StateValueCache
{
    // A trace of a few thousand states repeats its values; a bound keeps a pathological one small.
    private const int MaxMemoBytes = 16 << 20;
    private const int MaxNames = 4096;

    private readonly Dictionary<byte[], Value> memo = new(ByteArrayComparer.Instance);
    private readonly Dictionary<byte[], Value>.AlternateLookup<ReadOnlySpan<byte>> memoBySpan;
    private readonly Dictionary<byte[], string> names = new(ByteArrayComparer.Instance);
    private readonly Dictionary<byte[], string>.AlternateLookup<ReadOnlySpan<byte>> namesBySpan;
    private (byte[] Json, Value Value)[] previous = [];
    private long memoBytes;

    [ThreadStatic]
    private static StateValueCache? threadCache;

    public StateValueCache()
    {
        memoBySpan = memo.GetAlternateLookup<ReadOnlySpan<byte>>();
        namesBySpan = names.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    /// <summary>
    /// This thread's cache, emptied: traces are read one after another, and the tables keep their
    /// capacity from one to the next instead of growing again for each.
    /// </summary>
    public static StateValueCache ForNextTrace()
    {
        var cache = threadCache ??= new StateValueCache();
        cache.Clear();
        return cache;
    }

    /// <summary>Forgets the trace read last (its values are not kept alive by the cache).</summary>
    public void Clear()
    {
        memo.Clear();
        memoBytes = 0;
        Array.Clear(previous);
        PreviousNames = [];
    }

    /// <summary>The names a state line gave, in order: the next line is expected to repeat them.</summary>
    public string[] PreviousNames
    {
        get;
        set
        {
            field = value;
            PreviousNameUtf8 = value.All(IsPlain) ? [.. value.Select(name => Encoding.UTF8.GetBytes(name))] : [];
        }
    } = [];

    /// <summary>
    /// The UTF-8 bytes of <see cref="PreviousNames"/>; empty when a name would need escaping in
    /// JSON, so that its bytes and its text in a line can differ.
    /// </summary>
    public byte[][] PreviousNameUtf8 { get; private set; } = [];

    /// <summary>
    /// The value of <paramref name="json"/>, the complete text of the value at position
    /// <paramref name="position"/> of a state line, starting at byte <paramref name="offset"/>.
    /// </summary>
    public Value Decode(int position, ReadOnlySpan<byte> json, long offset)
    {
        if (position < previous.Length && previous[position].Json is { } last && json.SequenceEqual(last))
        {
            return previous[position].Value;
        }

        var (key, value) = Lookup(json, offset);
        if (position >= previous.Length)
        {
            Array.Resize(ref previous, Math.Max(position + 1, previous.Length * 2));
        }

        previous[position] = (key, value);
        return value;
    }

    /// <summary>
    /// True when <paramref name="rest"/> (the text from a value's start to the end of its line)
    /// starts with the text of the value at this position on the line before, followed by the end
    /// of the text, a space, a comma or a closing brace: then that is the value, of that length.
    /// </summary>
    public bool TryPrevious(int position, ReadOnlySpan<byte> rest, out Value value, out int length)
    {
        // (A position the line before did not have holds no text.)
        if (position < previous.Length && previous[position].Json is { Length: > 0 } last && rest.StartsWith(last))
        {
            length = previous[position].Json.Length;
            if (length == rest.Length || rest[length] is (byte)',' or (byte)'}' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                value = previous[position].Value;
                return true;
            }
        }

        value = null!;
        length = 0;
        return false;
    }

    /// <summary><see cref="Decode(int, ReadOnlySpan{byte}, long)"/>, false instead of an exception when the text is not a value.</summary>
    public bool TryDecode(int position, ReadOnlySpan<byte> json, long offset, out Value value)
    {
        try
        {
            value = Decode(position, json, offset);
            return true;
        }
        catch (TraceFormatException)
        {
            value = null!;
            return false;
        }
    }

    /// <summary>The value of <paramref name="json"/> (a parameter's), through the memo only.</summary>
    public Value Decode(ReadOnlySpan<byte> json, long offset) => Lookup(json, offset).Value;

    /// <summary>The name whose JSON text (unescaped) is <paramref name="raw"/>, if this trace showed it before.</summary>
    public bool TryGetName(ReadOnlySpan<byte> raw, out string name) => namesBySpan.TryGetValue(raw, out name!);

    public void AddName(ReadOnlySpan<byte> raw, string name)
    {
        if (names.Count < MaxNames)
        {
            namesBySpan[raw] = name;
        }
    }

    private (byte[] Key, Value Value) Lookup(ReadOnlySpan<byte> json, long offset)
    {
        // The dictionary's own key array comes back: the memo keeps one copy of each text.
        if (memoBySpan.TryGetValue(json, out var key, out var known))
        {
            return (key, known);
        }

        var value = DecodeAt(json, offset);
        var copy = json.ToArray();
        if (memoBytes + copy.Length <= MaxMemoBytes)
        {
            memo[copy] = value;
            memoBytes += copy.Length;
        }

        return (copy, value);
    }

    // No quote, backslash or control character: the name's JSON text is its UTF-8 bytes.
    private static bool IsPlain(string name)
    {
        foreach (var c in name)
        {
            if (c is '"' or '\\' or < ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static Value DecodeAt(ReadOnlySpan<byte> json, long offset)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = TraceValueReader.MaxDepth + 16 });
            reader.Read();
            var value = TraceValueReader.Read(ref reader);
            if (reader.Read())
            {
                throw new TraceFormatException(offset + reader.TokenStartIndex, "only one JSON value may stand here");
            }

            return value;
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
