using System.Text.Json;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking.Traces;

/// <summary>
/// Writes values as JSON, in TLC's <c>-dumpTrace json</c> encoding (integers as numbers, model
/// values and strings as strings, sequences as arrays, sets as arrays in TLC's order, records and
/// functions as objects with stringified keys) or in ITF (Apalache's Informal Trace Format:
/// <c>#bigint</c>, <c>#set</c>, <c>#tup</c>, <c>#map</c>).
/// </summary>
internal static class TraceValueJson
{
    public static void WriteTlc(Utf8JsonWriter writer, Value value)
    {
        StackGuard.Ensure();
        switch (value)
        {
            case BoolValue b:
                writer.WriteBooleanValue(b.Value);
                break;
            case IntValue { IsSmall: true } i:
                writer.WriteNumberValue(i.SmallValue);
                break;
            case IntValue big:
                writer.WriteRawValue(big.BigValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case StringValue s:
                writer.WriteStringValue(s.Text);
                break;
            case ModelValue m:
                writer.WriteStringValue(m.Name);
                break;
            case LazyFunctionValue lazy:
                WriteTlc(writer, lazy.Materialize());
                break;
            case FunctionValue { IsSequence: true } sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Values)
                {
                    WriteTlc(writer, item);
                }

                writer.WriteEndArray();
                break;
            case FunctionValue function:
                writer.WriteStartObject();
                for (var i = 0; i < function.Count; i++)
                {
                    writer.WritePropertyName(function.KeyAt(i) is StringValue key ? key.Text : function.KeyAt(i).ToString());
                    WriteTlc(writer, function.ValueAt(i));
                }

                writer.WriteEndObject();
                break;
            case SetValue { IsFinite: true } set:
                writer.WriteStartArray();
                foreach (var item in set.ToFiniteSet().Items)
                {
                    WriteTlc(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    public static void WriteItf(Utf8JsonWriter writer, Value value)
    {
        StackGuard.Ensure();
        switch (value)
        {
            case BoolValue b:
                writer.WriteBooleanValue(b.Value);
                break;
            case IntValue i:
                writer.WriteStartObject();
                writer.WriteString("#bigint", i.BigValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                break;
            case StringValue s:
                writer.WriteStringValue(s.Text);
                break;
            case ModelValue m:
                // ITF has no model values; Apalache writes uninterpreted constants as "name_OF_TYPE".
                writer.WriteStringValue(m.Name);
                break;
            case LazyFunctionValue lazy:
                WriteItf(writer, lazy.Materialize());
                break;
            case FunctionValue { IsSequence: true } sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Values)
                {
                    WriteItf(writer, item);
                }

                writer.WriteEndArray();
                break;
            case FunctionValue { IsRecord: true } record:
                writer.WriteStartObject();
                for (var i = 0; i < record.Count; i++)
                {
                    writer.WritePropertyName(((StringValue)record.KeyAt(i)).Text);
                    WriteItf(writer, record.ValueAt(i));
                }

                writer.WriteEndObject();
                break;
            case FunctionValue function:
                writer.WriteStartObject();
                writer.WriteStartArray("#map");
                for (var i = 0; i < function.Count; i++)
                {
                    writer.WriteStartArray();
                    WriteItf(writer, function.KeyAt(i));
                    WriteItf(writer, function.ValueAt(i));
                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case SetValue { IsFinite: true } set:
                writer.WriteStartObject();
                writer.WriteStartArray("#set");
                foreach (var item in set.ToFiniteSet().Items)
                {
                    WriteItf(writer, item);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            default:
                writer.WriteStartObject();
                writer.WriteString("#unserializable", value.ToString());
                writer.WriteEndObject();
                break;
        }
    }
}
