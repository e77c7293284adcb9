using System.Globalization;
using System.Text;

namespace GraphSpec.Impl.Tracing;

/// <summary>
/// Writes TLA+ values in the canonical trace encoding (docs/trace-format.md) into a
/// StringBuilder: model values as {"#mv":..}, sets as {"#set":[..]}, functions over model values as
/// {"#map":[[k,v],..]}, records as objects, sequences as arrays. Names are identifiers (the
/// scenario reader checks), so no escaping is needed.
/// </summary>
public sealed class TlaJsonWriter(StringBuilder text)
{
    private bool _needComma;

    public StringBuilder Builder { get; } = text;

    private void Sep()
    {
        if (_needComma)
        {
            Builder.Append(',');
        }
        _needComma = false;
    }

    public TlaJsonWriter Mv(string name)
    {
        Sep();
        Builder.Append("{\"#mv\":\"").Append(name).Append("\"}");
        _needComma = true;
        return this;
    }

    public TlaJsonWriter Str(string value)
    {
        Sep();
        Builder.Append('"').Append(value).Append('"');
        _needComma = true;
        return this;
    }

    public TlaJsonWriter Int(long value)
    {
        Sep();
        Builder.Append(value.ToString(CultureInfo.InvariantCulture));
        _needComma = true;
        return this;
    }

    public TlaJsonWriter Bool(bool value)
    {
        Sep();
        Builder.Append(value ? "true" : "false");
        _needComma = true;
        return this;
    }

    /// <summary>Any JSON string, escaped (for free text such as messages and scenario names).</summary>
    public TlaJsonWriter Text(string value)
    {
        Sep();
        AppendQuoted(Builder, value);
        _needComma = true;
        return this;
    }

    /// <summary>A non-negative integer beyond long's range as a plain JSON number (seeds are ulong).</summary>
    public TlaJsonWriter UInt(ulong value)
    {
        Sep();
        Builder.Append(value.ToString(CultureInfo.InvariantCulture));
        _needComma = true;
        return this;
    }

    public static void AppendQuoted(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case < ' ':
                    text.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(ch);
                    break;
            }
        }
        text.Append('"');
    }

    public TlaJsonWriter Null()
    {
        Sep();
        Builder.Append("null");
        _needComma = true;
        return this;
    }

    /// <summary>A record field or a top-level key: "name": (the value follows).</summary>
    public TlaJsonWriter Key(string name)
    {
        Sep();
        Builder.Append('"').Append(name).Append("\":");
        return this;
    }

    public TlaJsonWriter BeginObject()
    {
        Sep();
        Builder.Append('{');
        return this;
    }

    public TlaJsonWriter EndObject()
    {
        Builder.Append('}');
        _needComma = true;
        return this;
    }

    public TlaJsonWriter BeginSeq()
    {
        Sep();
        Builder.Append('[');
        return this;
    }

    public TlaJsonWriter EndSeq()
    {
        Builder.Append(']');
        _needComma = true;
        return this;
    }

    public TlaJsonWriter BeginSet() => BeginObject().Key("#set").BeginSeq();

    public TlaJsonWriter EndSet() => EndSeq().EndObject();

    public TlaJsonWriter BeginMap() => BeginObject().Key("#map").BeginSeq();

    public TlaJsonWriter EndMap() => EndSeq().EndObject();

    /// <summary>A map entry [k, v]: the key is a model value; the caller writes the value, then calls <see cref="EndEntry"/>.</summary>
    public TlaJsonWriter Entry(string key) => BeginSeq().Mv(key);

    public TlaJsonWriter EndEntry() => EndSeq();

    /// <summary>A model value, or the spec's None for null.</summary>
    public TlaJsonWriter MvOrNone(string? name) => Mv(name ?? "None");

    public TlaJsonWriter MvSet(IEnumerable<string> names)
    {
        BeginSet();
        foreach (var n in names)
        {
            Mv(n);
        }
        return EndSet();
    }
}
