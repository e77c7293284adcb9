using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// One binder group: <c>x, y \in S</c> (each name ranges over S) or the tuple pattern
/// <c>&lt;&lt;x, y&gt;&gt; \in S</c>. <see cref="Slots"/> are indices in the current frame.
/// </summary>
public sealed class BoundVariables(Expr set, int[] slots, bool isTuple, SourceSpan span)
{
    public Expr Set { get; } = set;
    internal int[] Slots { get; } = slots;
    public bool IsTuple { get; } = isTuple;
    public SourceSpan Span { get; } = span;
}

/// <summary>
/// Iterates over every combination of values of several binder groups (the first group varies
/// slowest), writing each combination into the frame's slots. Sets are evaluated once, up front,
/// and enumerated in TLC's normal order.
/// </summary>
internal struct Combinations
{
    private readonly FiniteSetValue[] sets;
    private readonly BoundVariables[] owners;
    private readonly int[] positionSlot; // slot for plain names; -1 for a tuple pattern
    private readonly int[] index;
    private readonly Frame frame;
    private readonly Expr at;
    private bool started;

    public Combinations(BoundVariables[] bindings, Frame frame, EvalContext context, Expr at)
    {
        var count = 0;
        foreach (var b in bindings)
        {
            count += b.IsTuple ? 1 : b.Slots.Length;
        }

        sets = new FiniteSetValue[count];
        owners = new BoundVariables[count];
        positionSlot = new int[count];
        index = new int[count];
        this.frame = frame;
        this.at = at;
        var p = 0;
        foreach (var b in bindings)
        {
            var set = EvalValues.EnumerableSet(b.Set.Eval(frame, context), b.Set);
            if (b.IsTuple)
            {
                (sets[p], owners[p], positionSlot[p]) = (set, b, -1);
                p++;
                continue;
            }

            foreach (var slot in b.Slots)
            {
                (sets[p], owners[p], positionSlot[p]) = (set, b, slot);
                p++;
            }
        }
    }

    /// <summary>Moves to the next combination and writes it into the frame; false when done.</summary>
    public bool MoveNext()
    {
        if (!started)
        {
            started = true;
            foreach (var set in sets)
            {
                if (set.Count == 0)
                {
                    return false;
                }
            }

            for (var p = 0; p < sets.Length; p++)
            {
                Write(p);
            }

            return true;
        }

        for (var p = sets.Length - 1; p >= 0; p--)
        {
            if (++index[p] < sets[p].Count)
            {
                Write(p);
                for (var q = p + 1; q < sets.Length; q++)
                {
                    index[q] = 0;
                    Write(q);
                }

                return true;
            }
        }

        return false;
    }

    private readonly void Write(int p)
    {
        var value = sets[p][index[p]];
        if (positionSlot[p] >= 0)
        {
            frame.Slots[positionSlot[p]] = value;
            return;
        }

        var slots = owners[p].Slots;
        if (value is not FunctionValue { IsSequence: true } tuple || tuple.Count != slots.Length)
        {
            throw at.Fail($"Attempted to bind a tuple of {slots.Length} variables to the value {value}, which is not a tuple of that length.");
        }

        for (var i = 0; i < slots.Length; i++)
        {
            frame.Slots[slots[i]] = tuple.ValueAt(i);
        }
    }
}
