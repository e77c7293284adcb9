using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// Values of closed expressions: built from literals, constants, constant-level zero-arity
/// definitions and pure operators only (no variable, no bound name, no parameter), such as
/// <c>[Contexts -> Threads \cup {None}]</c> in a type invariant or <c>{"Sub", "BlkHeld"}</c> passed
/// to an operator. Such a value is fixed by the model, so an evaluator computes it once, when it
/// is first needed (an error is not remembered: it is raised again each time, as TLC would).
/// Each evaluator keeps its own values (its model's, no locking); a node gets its slot number on
/// first use, from a process-wide counter.
/// </summary>
internal static class ClosedValues
{
    private static int slotCount;

    /// <summary>A new slot number (from 1; 0 means "not decided" in a node).</summary>
    public static int NewSlot() => Interlocked.Increment(ref slotCount);

    /// <summary>True when every expression is closed.</summary>
    public static bool AllClosed(ReadOnlySpan<Expr> expressions)
    {
        foreach (var expression in expressions)
        {
            if (!expression.IsClosed)
            {
                return false;
            }
        }

        return true;
    }

    public static bool TryGet(EvalContext context, int slot, out Value value)
    {
        var values = context.ClosedValues;
        if (values is not null && slot < values.Length && values[slot] is { } known)
        {
            value = known;
            return true;
        }

        value = null!;
        return false;
    }

    public static void Store(EvalContext context, int slot, Value value)
    {
        var values = context.ClosedValues;
        if (values is null)
        {
            return;
        }

        if (slot >= values.Length)
        {
            Array.Resize(ref values, Math.Max(slot + 1, values.Length * 2));
            context.ClosedValues = values;
        }

        values[slot] = value;
    }
}
