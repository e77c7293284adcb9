using System.Collections.Immutable;
using System.Text.Json;

namespace GraphSpec.Oracle.Traces;

/// <summary>
/// Parses one line of a trace into a header, a state line or a footer, told apart by the first key
/// (<c>trace</c>, <c>i</c>, <c>end</c>). Keys may come in any order after the first; an unknown or
/// repeated key, a missing one or a value of the wrong type throws <see cref="TraceFormatException"/>.
/// </summary>
internal ref struct TraceLineParser
{
    private readonly ReadOnlySpan<byte> line;
    private readonly StateValueCache? states;
    private Utf8JsonReader reader;
    private int seenKeys; // bit i: the i-th allowed key of this line was read
    private bool lineRead; // the rest of the line was read without the JSON reader

    private TraceLineParser(ReadOnlySpan<byte> line, StateValueCache? states)
    {
        this.line = line;
        this.states = states;
        reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = TraceValueReader.MaxDepth + 16 });
    }

    /// <summary>
    /// A <see cref="TraceHeader"/>, a <see cref="TraceStep"/> (without location) or a <see cref="TraceFooter"/>.
    /// State variables go through <paramref name="states"/> when given (consecutive lines of one trace).
    /// </summary>
    public static object Parse(ReadOnlySpan<byte> line, StateValueCache? states = null)
    {
        var parser = new TraceLineParser(line, states);
        return parser.ParseLine();
    }

    private object ParseLine()
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new TraceFormatException(reader.TokenStartIndex, "a trace line is one JSON object");
        }

        if (Next() == JsonTokenType.EndObject)
        {
            throw new TraceFormatException(reader.TokenStartIndex, "an empty object is not a trace line");
        }

        object result = reader.ValueTextEquals("i"u8) ? ParseStateLine()
            : reader.ValueTextEquals("trace"u8) ? ParseHeader()
            : reader.ValueTextEquals("end"u8) ? ParseFooter()
            : throw new TraceFormatException(reader.TokenStartIndex,
                $"a trace line starts with the key \"trace\" (header), \"i\" (state) or \"end\" (footer), not \"{reader.GetString()}\"");
        if (!lineRead && reader.Read())
        {
            throw new TraceFormatException(reader.TokenStartIndex, "only one JSON object per line");
        }

        return result;
    }

    private TraceHeader ParseHeader()
    {
        string? format = null, spec = null, scenario = null;
        ImmutableArray<NamedValue>? constants = null;
        var mutants = ImmutableArray<string>.Empty;
        long? seed = null;
        ImmutableArray<string>? schedule = null;
        var start = reader.TokenStartIndex;
        do
        {
            switch (Key("trace", "spec", "constants", "scenario", "mutants", "seed", "schedule"))
            {
                case "trace":
                    format = String();
                    if (format != TraceHeader.FormatTag)
                    {
                        throw new TraceFormatException(reader.TokenStartIndex, $"unsupported trace format \"{format}\" (expected \"{TraceHeader.FormatTag}\")");
                    }

                    break;
                case "spec":
                    spec = String();
                    break;
                case "constants":
                    constants = NamedValues();
                    break;
                case "scenario":
                    scenario = NullableString();
                    break;
                case "mutants":
                    mutants = Strings();
                    break;
                case "seed":
                    seed = NullableInteger();
                    break;
                default:
                    schedule = NullableStrings();
                    break;
            }
        }
        while (Next() != JsonTokenType.EndObject);

        return new TraceHeader(
            spec ?? throw Missing("spec", start),
            constants ?? throw Missing("constants", start),
            scenario,
            mutants,
            seed,
            schedule);
    }

    private TraceStep ParseStateLine()
    {
        long? index = null;
        string? thread = null, action = null;
        ImmutableArray<NamedValue> parameters = [];
        ImmutableArray<NamedValue>? state = null;
        var start = reader.TokenStartIndex;
        do
        {
            switch (Key("i", "thread", "action", "params", "state"))
            {
                case "i":
                    index = Integer();
                    if (index is < 0 or > int.MaxValue)
                    {
                        throw new TraceFormatException(reader.TokenStartIndex, "\"i\" is a step number, 0 or more");
                    }

                    break;
                case "thread":
                    thread = InternedString();
                    break;
                case "action":
                    action = InternedString();
                    break;
                case "params":
                    parameters = NamedValues(states);
                    break;
                default:
                    if (states is not null && StateObjectScanner.TryScan(line, (int)reader.TokenStartIndex, states, out var scanned))
                    {
                        // The scanner read the state and checked that it closes the line.
                        state = scanned;
                        lineRead = true;
                        break;
                    }

                    state = states is null ? NamedValues() : StateValues(states);
                    break;
            }
        }
        while (!lineRead && Next() != JsonTokenType.EndObject);

        var number = (int)(index ?? throw Missing("i", start));
        if (action is null)
        {
            throw Missing("action", start);
        }

        if (number > 0 && thread is null)
        {
            throw Missing("thread", start);
        }

        return new TraceStep(number, thread, action, parameters, state);
    }

    private TraceFooter ParseFooter()
    {
        string? end = null, message = null;
        long? steps = null;
        var waitFor = ImmutableArray<WaitForEdge>.Empty;
        var start = reader.TokenStartIndex;
        var endAt = start;
        do
        {
            switch (Key("end", "steps", "waitFor", "message"))
            {
                case "end":
                    end = String();
                    endAt = reader.TokenStartIndex;
                    break;
                case "steps":
                    steps = Integer();
                    if (steps is < 0 or > int.MaxValue)
                    {
                        throw new TraceFormatException(reader.TokenStartIndex, "\"steps\" is a number of steps, 0 or more");
                    }

                    break;
                case "waitFor":
                    waitFor = WaitForEdges();
                    break;
                default:
                    message = String();
                    break;
            }
        }
        while (Next() != JsonTokenType.EndObject);

        var kind = end switch
        {
            "done" => RunEnd.Done,
            "deadlock" => RunEnd.Deadlock,
            "assert" => RunEnd.Assert,
            null => throw Missing("end", start),
            _ => throw new TraceFormatException(endAt, $"\"end\" is \"done\", \"deadlock\" or \"assert\", not \"{end}\""),
        };
        return new TraceFooter(kind, (int)(steps ?? throw Missing("steps", start)), waitFor, message);
    }

    private ImmutableArray<WaitForEdge> WaitForEdges()
    {
        Expect(JsonTokenType.StartArray, "\"waitFor\" is an array of objects");
        var edges = ImmutableArray.CreateBuilder<WaitForEdge>();
        while (Next() != JsonTokenType.EndArray)
        {
            var start = reader.TokenStartIndex;
            Expect(JsonTokenType.StartObject, "each \"waitFor\" entry is an object");
            string? thread = null, waitsFor = null, context = null, owner = null;
            while (Next() != JsonTokenType.EndObject)
            {
                var key = reader.GetString();
                var keyAt = reader.TokenStartIndex;
                Next();
                switch (key)
                {
                    case "thread":
                        thread = CurrentString();
                        break;
                    case "waitsFor":
                        waitsFor = CurrentString();
                        break;
                    case "ctx":
                        context = CurrentString();
                        break;
                    case "owner":
                        owner = CurrentString();
                        break;
                    default:
                        throw new TraceFormatException(keyAt, $"unknown key \"{key}\" in a \"waitFor\" entry (expected thread, waitsFor, ctx, owner)");
                }
            }

            edges.Add(new WaitForEdge(thread ?? throw Missing("thread", start), waitsFor ?? throw Missing("waitsFor", start), context, owner));
        }

        return edges.ToImmutable();
    }

    /// <summary>Reads a key among <paramref name="allowed"/> (once each) and moves to its value.</summary>
    private string Key(params ReadOnlySpan<string> allowed)
    {
        var at = reader.TokenStartIndex;
        var index = -1;
        for (var i = 0; i < allowed.Length && index < 0; i++)
        {
            index = reader.ValueTextEquals(allowed[i]) ? i : -1;
        }

        if (index < 0)
        {
            throw new TraceFormatException(at, $"unknown key \"{reader.GetString()}\" (expected one of {string.Join(", ", allowed.ToArray())})");
        }

        if ((seenKeys & (1 << index)) != 0)
        {
            throw new TraceFormatException(at, $"the key \"{allowed[index]}\" occurs twice");
        }

        seenKeys |= 1 << index;
        Next();
        return allowed[index];
    }

    private ImmutableArray<NamedValue> NamedValues(StateValueCache? cache = null)
    {
        Expect(JsonTokenType.StartObject, "expected an object of name: value");
        var values = ImmutableArray.CreateBuilder<NamedValue>();
        HashSet<string>? many = null;
        while (Next() != JsonTokenType.EndObject)
        {
            var name = Name(cache);
            if (Contains(values, name, ref many))
            {
                throw new TraceFormatException(reader.TokenStartIndex, $"the name \"{name}\" occurs twice");
            }

            Next();
            if (cache is null)
            {
                values.Add(new NamedValue(name, TraceValueReader.Read(ref reader)));
                continue;
            }

            // Skip the value's tokens: its text is decoded only the first time the trace shows it.
            var start = reader.TokenStartIndex;
            reader.Skip();
            values.Add(new NamedValue(name, cache.Decode(line[(int)start..(int)reader.BytesConsumed], start)));
        }

        return values.Count == values.Capacity ? values.MoveToImmutable() : values.ToImmutable();
    }

    /// <summary>
    /// The variables of a state line. They normally come in the order of the line before, so each
    /// name is matched against the previous line's name at its position (no string made, no set
    /// built); only a line whose names differ pays for the general check.
    /// </summary>
    private ImmutableArray<NamedValue> StateValues(StateValueCache cache)
    {
        Expect(JsonTokenType.StartObject, "expected an object of name: value");
        var expected = cache.PreviousNames;
        var values = ImmutableArray.CreateBuilder<NamedValue>(Math.Max(expected.Length, 4));
        var asBefore = true;
        HashSet<string>? many = null;
        while (Next() != JsonTokenType.EndObject)
        {
            var position = values.Count;
            string name;
            if (asBefore && position < expected.Length && !reader.ValueIsEscaped && reader.ValueTextEquals(expected[position]))
            {
                name = expected[position];
            }
            else
            {
                asBefore = false;
                name = Name(cache);
                if (Contains(values, name, ref many))
                {
                    throw new TraceFormatException(reader.TokenStartIndex, $"the name \"{name}\" occurs twice");
                }
            }

            Next();
            var start = reader.TokenStartIndex;
            reader.Skip();
            values.Add(new NamedValue(name, cache.Decode(position, line[(int)start..(int)reader.BytesConsumed], start)));
        }

        if (!asBefore || values.Count != expected.Length)
        {
            var names = new string[values.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = values[i].Name;
            }

            cache.PreviousNames = names;
        }

        return values.Count == values.Capacity ? values.MoveToImmutable() : values.ToImmutable();
    }

    // Names of one object are few (a state's variables, a step's parameters): a scan beats a set
    // until they are many; then the set is built once and kept for the rest of the object.
    private static bool Contains(ImmutableArray<NamedValue>.Builder values, string name, ref HashSet<string>? many)
    {
        if (many is null && values.Count > 32)
        {
            many = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < values.Count; i++)
            {
                many.Add(values[i].Name);
            }
        }

        if (many is not null)
        {
            return !many.Add(name);
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private string Name(StateValueCache? cache)
    {
        if (cache is null)
        {
            return reader.GetString()!;
        }

        if (reader.ValueIsEscaped)
        {
            return reader.GetString()!;
        }

        if (!cache.TryGetName(reader.ValueSpan, out var name))
        {
            name = reader.GetString()!;
            cache.AddName(reader.ValueSpan, name);
        }

        return name;
    }

    private string String()
    {
        Expect(JsonTokenType.String, "expected a string");
        return reader.GetString()!;
    }

    private string CurrentString() => String();

    /// <summary>A string that recurs line after line (a thread, an action), without a new string each time.</summary>
    private string InternedString()
    {
        Expect(JsonTokenType.String, "expected a string");
        return Utf8Interning.Current.Name(ref reader);
    }

    private string? NullableString() => reader.TokenType == JsonTokenType.Null ? null : String();

    private long Integer()
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var value))
        {
            throw new TraceFormatException(reader.TokenStartIndex, "expected an integer");
        }

        return value;
    }

    private long? NullableInteger() => reader.TokenType == JsonTokenType.Null ? null : Integer();

    private ImmutableArray<string> Strings()
    {
        Expect(JsonTokenType.StartArray, "expected an array of strings");
        var items = ImmutableArray.CreateBuilder<string>();
        while (Next() != JsonTokenType.EndArray)
        {
            items.Add(String());
        }

        return items.ToImmutable();
    }

    private ImmutableArray<string>? NullableStrings() => reader.TokenType == JsonTokenType.Null ? null : Strings();

    private void Expect(JsonTokenType type, string message)
    {
        if (reader.TokenType != type)
        {
            throw new TraceFormatException(reader.TokenStartIndex, message);
        }
    }

    private JsonTokenType Next() => TraceValueReader.Advance(ref reader);

    private static TraceFormatException Missing(string key, long at) => new(at, $"the key \"{key}\" is missing");
}
