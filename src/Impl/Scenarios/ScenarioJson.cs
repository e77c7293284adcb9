using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GraphSpec.Impl.Scenarios;

/// <summary>
/// Scenario files (JSON): reading with one clear message per problem (file:line:col), and
/// writing in a fixed key order so that a scenario round-trips to the same bytes.
/// </summary>
public static class ScenarioJson
{
    /// <summary>Reads a scenario; on failure returns null and the problems (never throws for bad input).</summary>
    public static (Scenario? Scenario, IReadOnlyList<ScenarioError> Errors) Parse(string text, string file = "<scenario>")
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        PositionedJson root;
        try
        {
            root = PositionedJson.Parse(utf8);
        }
        catch (JsonException e)
        {
            var message = e.Message;
            // The reader's own (0-based) position and path are replaced by file:line:col.
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut < 0)
            {
                cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            }
            if (cut > 0)
            {
                message = message[..cut];
            }
            return (null, [new ScenarioError(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "invalid JSON: " + message)]);
        }
        var reader = new Reader(utf8, file);
        var scenario = reader.Scenario(root);
        if (reader.Errors.Count == 0 && scenario is not null)
        {
            foreach (var (path, message) in ScenarioValidator.Validate(scenario))
            {
                reader.Errors.Add(reader.At(reader.Locate(root, path), $"{path}: {message}"));
            }
        }
        return reader.Errors.Count == 0 ? (scenario, []) : (null, reader.Errors);
    }

    private sealed class Reader(byte[] utf8, string file)
    {
        public List<ScenarioError> Errors { get; } = [];

        public ScenarioError At(PositionedJson node, string message)
        {
            var line = 1;
            var col = 1;
            for (var i = 0; i < node.Offset && i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    line++;
                    col = 1;
                }
                else if ((utf8[i] & 0xC0) != 0x80)
                {
                    col++;
                }
            }
            return new ScenarioError(file, line, col, message);
        }

        private void Fail(PositionedJson node, string message) => Errors.Add(At(node, message));

        /// <summary>The JSON node a validator path ("edges[1].child") points at, as deep as it exists.</summary>
        public PositionedJson Locate(PositionedJson root, string path)
        {
            var node = root;
            foreach (var part in path.Split('.'))
            {
                var name = part;
                int? index = null;
                var bracket = part.IndexOf('[', StringComparison.Ordinal);
                if (bracket >= 0)
                {
                    name = part[..bracket];
                    index = int.Parse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture);
                }
                var next = node.Property(name);
                if (next is null)
                {
                    return node;
                }
                node = next;
                if (index is { } i && i < node.Items.Count)
                {
                    node = node.Items[i];
                }
            }
            return node;
        }

        private static readonly string[] TopKeys =
            ["name", "description", "exposes", "expect", "protocol", "aioLock", "nestedRead", "iothreads", "nodes", "edges", "requests", "mainOps", "bhOps", "seed", "schedule"];

        public Scenario? Scenario(PositionedJson root)
        {
            if (root.Kind != JsonTokenType.StartObject)
            {
                Fail(root, $"a scenario is a JSON object, not {root.KindName}");
                return null;
            }
            foreach (var (key, value) in root.Properties)
            {
                if (!TopKeys.Contains(key))
                {
                    Fail(value, $"unknown key '{key}' (expected one of {string.Join(", ", TopKeys)})");
                }
            }
            var s = new Scenario
            {
                Name = Str(root, "name", required: true) ?? "scenario",
                Description = Str(root, "description", required: false),
                Exposes = [.. Array(root, "exposes").Select(n => StrValue(n, "exposes[]") ?? "")],
                Expect = Str(root, "expect", required: false),
                Protocol = Str(root, "protocol", required: true) ?? "drain",
                AioLock = Bool(root, "aioLock", true),
                NestedRead = Bool(root, "nestedRead", false),
                IoThreads = Map(root, "iothreads"),
                Nodes = Map(root, "nodes"),
                Edges = [.. Array(root, "edges").Select(Edge)],
                Requests = [.. Array(root, "requests").Select(Request)],
                MainOps = [.. Array(root, "mainOps").Select(Op)],
                BhOps = [.. Array(root, "bhOps").Select(Op)],
                Seed = Seed(root),
                Schedule = ScheduleOf(root),
            };
            return s;
        }

        private string? Str(PositionedJson obj, string key, bool required)
        {
            var v = obj.Property(key);
            if (v is null || v.IsNull)
            {
                if (required)
                {
                    Fail(obj, $"missing key '{key}'");
                }
                return null;
            }
            return StrValue(v, key);
        }

        private string? StrValue(PositionedJson v, string what)
        {
            if (v.Kind != JsonTokenType.String)
            {
                Fail(v, $"'{what}' must be a string, not {v.KindName}");
                return null;
            }
            return v.String;
        }

        /// <summary>A node/context/edge reference: null and "None" are the spec's None.</summary>
        private string? NameOrNone(PositionedJson obj, string key)
        {
            var v = obj.Property(key);
            if (v is null || v.IsNull)
            {
                return null;
            }
            var s = StrValue(v, key);
            return s == GraphSpec.Impl.Scenarios.Scenario.None ? null : s;
        }

        private bool Bool(PositionedJson obj, string key, bool fallback)
        {
            var v = obj.Property(key);
            if (v is null)
            {
                return fallback;
            }
            if (v.Kind is not (JsonTokenType.True or JsonTokenType.False))
            {
                Fail(v, $"'{key}' must be true or false, not {v.KindName}");
                return fallback;
            }
            return v.Kind == JsonTokenType.True;
        }

        private List<PositionedJson> Array(PositionedJson obj, string key)
        {
            var v = obj.Property(key);
            if (v is null || v.IsNull)
            {
                return [];
            }
            if (v.Kind != JsonTokenType.StartArray)
            {
                Fail(v, $"'{key}' must be an array, not {v.KindName}");
                return [];
            }
            return v.Items;
        }

        private ImmutableArray<KeyValuePair<string, string>> Map(PositionedJson obj, string key)
        {
            var v = obj.Property(key);
            if (v is null || v.IsNull)
            {
                return [];
            }
            if (v.Kind != JsonTokenType.StartObject)
            {
                Fail(v, $"'{key}' must be an object (name → context), not {v.KindName}");
                return [];
            }
            return [.. v.Properties.Select(p => new KeyValuePair<string, string>(p.Key, StrValue(p.Value, $"{key}.{p.Key}") ?? ""))];
        }

        private bool CheckKeys(PositionedJson obj, string what, params string[] keys)
        {
            if (obj.Kind != JsonTokenType.StartObject)
            {
                Fail(obj, $"{what} must be an object, not {obj.KindName}");
                return false;
            }
            foreach (var (key, value) in obj.Properties)
            {
                if (!keys.Contains(key))
                {
                    Fail(value, $"unknown key '{key}' in {what} (expected {string.Join(", ", keys)})");
                }
            }
            return true;
        }

        private EdgeSpec Edge(PositionedJson e) => !CheckKeys(e, "an edge", "name", "parent", "child")
            ? new EdgeSpec("", "", null)
            : new EdgeSpec(Str(e, "name", true) ?? "", Str(e, "parent", true) ?? "", NameOrNone(e, "child"));

        private RequestSpec Request(PositionedJson r) => !CheckKeys(r, "a request", "name", "edge", "job")
            ? new RequestSpec("", "")
            : new RequestSpec(Str(r, "name", true) ?? "", Str(r, "edge", true) ?? "", Bool(r, "job", false));

        private Operation Op(PositionedJson o) => !CheckKeys(o, "an operation", "op", "ctx", "node", "edge", "from", "to")
            ? new Operation("")
            : new Operation(Str(o, "op", true) ?? "", NameOrNone(o, "ctx"), NameOrNone(o, "node"), NameOrNone(o, "edge"), NameOrNone(o, "from"), NameOrNone(o, "to"));

        private ulong? Seed(PositionedJson root)
        {
            var v = root.Property("seed");
            if (v is null || v.IsNull)
            {
                return null;
            }
            if (v.Kind != JsonTokenType.Number || !ulong.TryParse(v.NumberText, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
            {
                Fail(v, "'seed' must be a non-negative integer");
                return null;
            }
            return seed;
        }

        private ImmutableArray<string>? ScheduleOf(PositionedJson root)
        {
            var v = root.Property("schedule");
            if (v is null || v.IsNull)
            {
                return null;
            }
            return [.. Array(root, "schedule").Select(n => StrValue(n, "schedule[]") ?? "")];
        }
    }

    /// <summary>The scenario as indented JSON, keys in a fixed order (the reader's inverse).</summary>
    public static string Write(Scenario s)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            if (s.Description is not null)
            {
                w.WriteString("description", s.Description);
            }
            if (s.Exposes.Length > 0)
            {
                w.WriteStartArray("exposes");
                foreach (var m in s.Exposes)
                {
                    w.WriteStringValue(m);
                }
                w.WriteEndArray();
            }
            if (s.Expect is not null)
            {
                w.WriteString("expect", s.Expect);
            }
            w.WriteString("protocol", s.Protocol);
            w.WriteBoolean("aioLock", s.AioLock);
            w.WriteBoolean("nestedRead", s.NestedRead);
            WriteMap(w, "iothreads", s.IoThreads);
            WriteMap(w, "nodes", s.Nodes);
            w.WriteStartArray("edges");
            foreach (var e in s.Edges)
            {
                w.WriteStartObject();
                w.WriteString("name", e.Name);
                w.WriteString("parent", e.Parent);
                WriteName(w, "child", e.Child);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("requests");
            foreach (var r in s.Requests)
            {
                w.WriteStartObject();
                w.WriteString("name", r.Name);
                w.WriteString("edge", r.Edge);
                w.WriteBoolean("job", r.Job);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteOps(w, "mainOps", s.MainOps);
            WriteOps(w, "bhOps", s.BhOps);
            if (s.Seed is { } seed)
            {
                w.WriteNumber("seed", seed);
            }
            if (s.Schedule is { } schedule)
            {
                w.WriteStartArray("schedule");
                foreach (var c in schedule)
                {
                    w.WriteStringValue(c);
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteMap(Utf8JsonWriter w, string key, ImmutableArray<KeyValuePair<string, string>> map)
    {
        w.WriteStartObject(key);
        foreach (var (k, v) in map)
        {
            w.WriteString(k, v);
        }
        w.WriteEndObject();
    }

    private static void WriteName(Utf8JsonWriter w, string key, string? name)
    {
        if (name is null)
        {
            w.WriteNull(key);
        }
        else
        {
            w.WriteString(key, name);
        }
    }

    private static void WriteOps(Utf8JsonWriter w, string key, ImmutableArray<Operation> ops)
    {
        w.WriteStartArray(key);
        foreach (var op in ops)
        {
            w.WriteStartObject();
            foreach (var (field, value, isString) in op.Fields())
            {
                if (isString)
                {
                    w.WriteString(field, value);
                }
                else
                {
                    WriteName(w, field, value);
                }
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
