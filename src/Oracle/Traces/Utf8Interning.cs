using System.Text.Json;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Traces;

/// <summary>
/// Record field names, model values and strings of trace values, looked up by their UTF-8 text so
/// that decoding a value does not allocate a string for each name it contains (they are few and
/// recur on every line). Bounded; one per thread.
/// </summary>
internal sealed class Utf8Interning
{
    private const int MaxEntries = 4096;

    private readonly Table<string> names = new();
    private readonly Table<ModelValue> models = new();
    private readonly Table<StringValue> strings = new();

    [ThreadStatic]
    private static Utf8Interning? current;

    public static Utf8Interning Current => current ??= new Utf8Interning();

    /// <summary>The string the reader's current string or property name token stands for.</summary>
    public string Name(ref Utf8JsonReader reader) => names.Get(ref reader, static text => text);

    public ModelValue Model(ref Utf8JsonReader reader) => models.Get(ref reader, ModelValue.Of);

    public StringValue String(ref Utf8JsonReader reader) => strings.Get(ref reader, StringValue.Of);

    private sealed class Table<T>
    {
        private readonly Dictionary<byte[], T> byText = new(ByteArrayComparer.Instance);
        private readonly Dictionary<byte[], T>.AlternateLookup<ReadOnlySpan<byte>> bySpan;

        public Table() => bySpan = byText.GetAlternateLookup<ReadOnlySpan<byte>>();

        public T Get(ref Utf8JsonReader reader, Func<string, T> make)
        {
            // An escaped text is rare and its raw bytes are not its characters: decoded each time.
            if (reader.ValueIsEscaped || reader.HasValueSequence)
            {
                return make(reader.GetString()!);
            }

            if (bySpan.TryGetValue(reader.ValueSpan, out var known))
            {
                return known;
            }

            var made = make(reader.GetString()!);
            if (byText.Count < MaxEntries)
            {
                bySpan[reader.ValueSpan] = made;
            }

            return made;
        }
    }
}
