using System.Globalization;
using System.Numerics;
using System.Text.Json;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tlc.Output;

/// <summary>
/// Decodes a value of TLC's <c>-dumpTrace json</c> file. The encoding loses kinds (a model value and
/// a string are both JSON strings, a set and a sequence both arrays, function keys become strings),
/// so a hint, the same value as TLC printed it in the trace text, restores them where it fits; without
/// a hint, strings stay strings, arrays become sequences and objects records.
/// </summary>
public static class TlcJsonValue
{
    private const int MaxDepth = 200;

    public static Value Decode(JsonElement element, Value? hint) => Decode(element, hint, 0);

    private static Value Decode(JsonElement element, Value? hint, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException("a JSON trace value is nested too deeply");
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.True:
                return BoolValue.True;
            case JsonValueKind.False:
                return BoolValue.False;
            case JsonValueKind.Number:
                return BigInteger.TryParse(element.GetRawText(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                    ? IntValue.Of(number)
                    : throw new FormatException($"JSON trace: '{element.GetRawText()}' is not an integer");
            case JsonValueKind.String:
                var text = element.GetString() ?? "";
                return hint is ModelValue model && model.Name == text ? model : StringValue.Of(text);
            case JsonValueKind.Array:
                return DecodeArray(element, hint, depth);
            case JsonValueKind.Object:
                return DecodeObject(element, hint, depth);
            default:
                throw new FormatException($"JSON trace: unexpected {element.ValueKind}");
        }
    }

    private static Value DecodeArray(JsonElement element, Value? hint, int depth)
    {
        var items = new List<Value>(element.GetArrayLength());
        var hintItems = hint switch
        {
            FiniteSetValue set => set.Items.ToArray(),
            FunctionValue { IsSequence: true } sequence => sequence.Values.ToArray(),
            _ => [],
        };
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            items.Add(Decode(item, index < hintItems.Length ? hintItems[index] : null, depth + 1));
            index++;
        }

        return hint is SetValue ? FiniteSetValue.FromUnsorted(items) : FunctionValue.Sequence(items.ToArray());
    }

    private static FunctionValue DecodeObject(JsonElement element, Value? hint, int depth)
    {
        var function = hint as FunctionValue;
        var keys = new List<Value>();
        var values = new List<Value>();
        foreach (var property in element.EnumerateObject())
        {
            // The key as TLC wrote it is the printed domain element (a string's text, a number's digits).
            var hintIndex = function is null ? -1 : IndexOfKeyText(function, property.Name);
            keys.Add(hintIndex >= 0 ? function!.KeyAt(hintIndex) : StringValue.Of(property.Name));
            values.Add(Decode(property.Value, hintIndex >= 0 ? function!.ValueAt(hintIndex) : null, depth + 1));
        }

        return FunctionValue.FromPairs(keys.ToArray(), values.ToArray());
    }

    private static int IndexOfKeyText(FunctionValue function, string text)
    {
        for (var i = 0; i < function.Count; i++)
        {
            var key = function.KeyAt(i);
            var keyText = key switch
            {
                StringValue s => s.Text,
                ModelValue m => m.Name,
                _ => key.ToString(),
            };
            if (keyText == text)
            {
                return i;
            }
        }

        return -1;
    }
}
