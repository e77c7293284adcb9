using System.Globalization;
using System.Text.Json;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Traces;

/// <summary>
/// Writes a value in the canonical JSON encoding of docs/trace-format.md: a function with domain
/// 1..n as an array, one whose domain is a non-empty set of strings as an object, any other as
/// <c>#map</c>; sets as <c>#set</c> in the engine's (TLC's) order. Only finite values can be written.
/// </summary>
public static class TraceValueWriter
{
    /// <summary>Writes <paramref name="value"/>; an infinite set throws <see cref="ArgumentException"/>.</summary>
    public static void Write(Utf8JsonWriter writer, Value value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        StackGuard.Ensure();
        switch (value)
        {
            case BoolValue b:
                writer.WriteBooleanValue(b.Value);
                break;
            case IntValue { IsSmall: true } small:
                writer.WriteNumberValue(small.SmallValue);
                break;
            case IntValue big:
                writer.WriteStartObject();
                writer.WriteString("#bigint", big.BigValue.ToString(CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                break;
            case StringValue s:
                writer.WriteStringValue(s.Text);
                break;
            case ModelValue m:
                writer.WriteStartObject();
                writer.WriteString("#mv", m.Name);
                writer.WriteEndObject();
                break;
            case LazyFunctionValue lazy:
                Write(writer, lazy.Materialize());
                break;
            case FunctionValue function:
                WriteFunction(writer, function);
                break;
            case SetValue { IsFinite: true } set:
                writer.WriteStartObject();
                writer.WriteStartArray("#set");
                foreach (var item in set.ToFiniteSet().Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"The value {value} has no finite JSON encoding.", nameof(value));
        }
    }

    private static void WriteFunction(Utf8JsonWriter writer, FunctionValue function)
    {
        if (function.IsSequence)
        {
            writer.WriteStartArray();
            foreach (var item in function.Values)
            {
                Write(writer, item);
            }

            writer.WriteEndArray();
        }
        else if (IsPlainRecord(function))
        {
            writer.WriteStartObject();
            for (var i = 0; i < function.Count; i++)
            {
                writer.WritePropertyName(((StringValue)function.KeyAt(i)).Text);
                Write(writer, function.ValueAt(i));
            }

            writer.WriteEndObject();
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteStartArray("#map");
            for (var i = 0; i < function.Count; i++)
            {
                writer.WriteStartArray();
                Write(writer, function.KeyAt(i));
                Write(writer, function.ValueAt(i));
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }

    // A record's fields become object keys; a '#'-prefixed field would read back as a tag.
    private static bool IsPlainRecord(FunctionValue function)
    {
        if (function.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < function.Count; i++)
        {
            if (function.KeyAt(i) is not StringValue key || key.Text.StartsWith('#'))
            {
                return false;
            }
        }

        return true;
    }
}
