using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// Renders values exactly as TLC prints them in traces and <c>Print</c> output:
/// <c>{1, 2}</c>, <c>&lt;&lt;1, "a"&gt;&gt;</c>, <c>[a |-> 1, b |-> 2]</c>, <c>(0 :> FALSE @@ 1 :> TRUE)</c>,
/// <c>TRUE</c>, <c>"a\"b"</c>, model values bare, <c>1..3</c>.
/// </summary>
/// <remarks>
/// A function prints as a record when every domain element is a string that is a TLA+ name, as a
/// tuple when its domain is 1..n, and otherwise with <c>:&gt;</c> and <c>@@</c>, in domain order.
/// </remarks>
public static class ValuePrinter
{
    public static string Print(Value value)
    {
        var builder = new StringBuilder();
        Print(value, builder);
        return builder.ToString();
    }

    public static void Print(Value value, StringBuilder builder)
    {
        switch (value)
        {
            case BoolValue boolean:
                builder.Append(boolean.Value ? "TRUE" : "FALSE");
                break;
            case IntValue integer:
                builder.Append(integer.ToDecimalString());
                break;
            case StringValue text:
                PrintString(text.Text, builder);
                break;
            case ModelValue model:
                builder.Append(model.Name);
                break;
            case FunctionValue function:
                StackGuard.Ensure();
                PrintFunction(function, builder);
                break;
            case LazyFunctionValue lazy:
                StackGuard.Ensure();
                lazy.Print(builder);
                break;
            case SetValue set:
                StackGuard.Ensure();
                set.Print(builder);
                break;
            default:
                throw new InvalidOperationException("unknown value type " + value.GetType().Name);
        }
    }

    /// <summary>
    /// A value quoted in an error message: TLC's text, broken into lines when longer than 80
    /// columns, as TLC's messages do (<see cref="TlcPrettyPrinter"/>).
    /// </summary>
    public static string ForMessage(Value value) => TlcPrettyPrinter.Format(value);

    /// <summary>A string literal with TLC's escapes (<c>\"</c>, <c>\\</c>, <c>\t</c>, <c>\n</c>, <c>\f</c>, <c>\r</c>).</summary>
    public static void PrintString(string text, StringBuilder builder)
    {
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
    }

    /// <summary>Prints <c>{e1, e2, ...}</c> for elements in normal order.</summary>
    internal static void PrintElements(ReadOnlySpan<Value> items, StringBuilder builder)
    {
        builder.Append('{');
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }
            Print(items[i], builder);
        }
        builder.Append('}');
    }

    private static void PrintFunction(FunctionValue function, StringBuilder builder)
    {
        ReadOnlySpan<Value> values = function.Values;
        if (function.IsSequence)
        {
            builder.Append("<<");
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }
                Print(values[i], builder);
            }
            builder.Append(">>");
            return;
        }
        if (HasNameDomain(function))
        {
            builder.Append('[');
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }
                builder.Append(((StringValue)function.KeyAt(i)).Text).Append(" |-> ");
                Print(values[i], builder);
            }
            builder.Append(']');
            return;
        }
        builder.Append('(');
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(" @@ ");
            }
            Print(function.KeyAt(i), builder);
            builder.Append(" :> ");
            Print(values[i], builder);
        }
        builder.Append(')');
    }

    private static bool HasNameDomain(FunctionValue function)
    {
        for (int i = 0; i < function.Count; i++)
        {
            if (function.KeyAt(i) is not StringValue key || !IsName(key.Text))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// TLC prints a string domain element as a record field when it consists of letters, digits and
    /// underscores, contains a letter, and does not look like <c>WF_</c>/<c>SF_</c>.
    /// </summary>
    internal static bool IsName(string name)
    {
        bool hasLetter = false;
        foreach (char c in name)
        {
            if (c == '_')
            {
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
            hasLetter |= char.IsLetter(c);
        }
        return hasLetter && (name.Length < 4 || (!name.StartsWith("WF_", StringComparison.Ordinal)
                                                 && !name.StartsWith("SF_", StringComparison.Ordinal)));
    }
}
