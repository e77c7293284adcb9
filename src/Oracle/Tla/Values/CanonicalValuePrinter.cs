using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// Prints values in TLC's syntax (<see cref="ValuePrinter"/>) but with set elements, record
/// fields and function domains in <see cref="CanonicalOrder"/>, so the text depends only on the
/// value, never on which names the process met first. Used wherever output must be
/// byte-identical between a run and its replay in a fresh process.
/// </summary>
public static class CanonicalValuePrinter
{
    public static string Print(Value value)
    {
        var builder = new StringBuilder();
        Print(value, builder);
        return builder.ToString();
    }

    public static void Print(Value value, StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(builder);
        switch (value)
        {
            case LazyFunctionValue lazy:
                StackGuard.Ensure();
                PrintFunction(lazy.Materialize(), builder);
                break;
            case FunctionValue function:
                StackGuard.Ensure();
                PrintFunction(function, builder);
                break;
            case SetValue set when set.IsFinite:
                StackGuard.Ensure();
                PrintSet(set, builder);
                break;
            default:
                // Scalars print the same in either order; infinite sets print by name (Nat, ...).
                ValuePrinter.Print(value, builder);
                break;
        }
    }

    private static void PrintSet(SetValue set, StringBuilder builder)
    {
        builder.Append('{');
        var items = CanonicalOrder.Sorted(set);
        for (var i = 0; i < items.Length; i++)
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
        if (function.IsSequence || function.Count == 0)
        {
            builder.Append("<<");
            for (var i = 0; i < function.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                Print(function.ValueAt(i), builder);
            }

            builder.Append(">>");
            return;
        }

        var order = CanonicalOrder.KeyOrder(function);
        if (IsRecordShaped(function))
        {
            builder.Append('[');
            for (var i = 0; i < order.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(((StringValue)function.KeyAt(order[i])).Text).Append(" |-> ");
                Print(function.ValueAt(order[i]), builder);
            }

            builder.Append(']');
            return;
        }

        builder.Append('(');
        for (var i = 0; i < order.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(" @@ ");
            }

            Print(function.KeyAt(order[i]), builder);
            builder.Append(" :> ");
            Print(function.ValueAt(order[i]), builder);
        }

        builder.Append(')');
    }

    private static bool IsRecordShaped(FunctionValue function)
    {
        for (var i = 0; i < function.Count; i++)
        {
            if (function.KeyAt(i) is not StringValue key || !ValuePrinter.IsName(key.Text))
            {
                return false;
            }
        }

        return true;
    }
}
