using System.Globalization;
using System.Text.Json;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Traces;

/// <summary>
/// Writes a value in the canonical JSON encoding of docs/trace-format.md: a function with domain
/// 1..n as an array, one whose domain is a non-empty set of strings as an object, any other as
/// <c>#map</c>; sets, map entries and record fields in <see cref="CanonicalOrder"/>, which depends
/// only on the values (not on the order in which the process met names), so the same trace is the
/// same bytes in every process. Only finite values can be written.
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
                var items = set.ToFiniteSet().Items.ToArray();
                Array.Sort(items, CanonicalOrder.Comparer);
                foreach (var item in items)
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
            foreach (var i in CanonicalKeyOrder(function))
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
            foreach (var i in CanonicalKeyOrder(function))
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

    private static int[] CanonicalKeyOrder(FunctionValue function)
    {
        var keys = new Value[function.Count];
        var order = new int[function.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            (keys[i], order[i]) = (function.KeyAt(i), i);
        }

        Array.Sort(keys, order, CanonicalOrder.Comparer);
        return order;
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
