using System.Text;
using System.Text.Json;

namespace GraphSpec.Impl.Scenarios;

/// <summary>
/// A parsed JSON value that remembers where it starts (byte offset into the UTF-8 text), so that
/// a scenario problem found after parsing can still say line:col.
/// </summary>
internal sealed class PositionedJson
{
    public JsonTokenType Kind { get; private init; }
    public long Offset { get; private init; }
    public string? String { get; private init; }
    public string? NumberText { get; private init; }
    public List<KeyValuePair<string, PositionedJson>> Properties { get; } = [];
    public List<PositionedJson> Items { get; } = [];

    public bool IsNull => Kind == JsonTokenType.Null;

    public PositionedJson? Property(string name) => Properties.FirstOrDefault(p => p.Key == name).Value;

    /// <summary>Parses UTF-8 JSON; a syntax error is a JsonException with the reader's position.</summary>
    public static PositionedJson Parse(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        if (!reader.Read())
        {
            throw new JsonException("the file is empty", null, 0, 0);
        }
        var root = ReadValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException("more than one JSON value", null, 0, 0);
        }
        return root;
    }

    private static PositionedJson ReadValue(ref Utf8JsonReader reader)
    {
        var offset = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var node = new PositionedJson { Kind = JsonTokenType.StartObject, Offset = offset };
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var name = reader.GetString()!;
                        reader.Read();
                        node.Properties.Add(new(name, ReadValue(ref reader)));
                    }
                    return node;
                }
            case JsonTokenType.StartArray:
                {
                    var node = new PositionedJson { Kind = JsonTokenType.StartArray, Offset = offset };
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        node.Items.Add(ReadValue(ref reader));
                    }
                    return node;
                }
            case JsonTokenType.String:
                return new PositionedJson { Kind = JsonTokenType.String, Offset = offset, String = reader.GetString() };
            case JsonTokenType.Number:
                return new PositionedJson { Kind = JsonTokenType.Number, Offset = offset, NumberText = Encoding.UTF8.GetString(reader.ValueSpan) };
            default:
                return new PositionedJson { Kind = reader.TokenType, Offset = offset };
        }
    }

    public string KindName => Kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };
}
