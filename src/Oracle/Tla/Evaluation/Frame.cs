namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// The slots of one operator application (or LAMBDA, or recursive function body): parameters,
/// bound variables, LET definitions and EXCEPT's <c>@</c>, each at an index fixed by the resolver.
/// <see cref="Parent"/> is the lexically enclosing frame (LET operators, LAMBDAs and instances with
/// parameters see the slots of the scope they were defined in).
/// A slot holds a <c>Value</c>, a <see cref="Thunk"/> (lazy argument or LET definition) or an
/// <see cref="OperatorClosure"/> (operator argument).
/// </summary>
public sealed class Frame
{
    internal readonly object?[] Slots;

    internal Frame(int size, Frame? parent)
    {
        Slots = size == 0 ? Array.Empty<object?>() : new object?[size];
        Parent = parent;
    }

    public Frame? Parent { get; }

    /// <summary>A frame without slots and parent, shared: nothing can be written to it.</summary>
    private static readonly Frame Empty = new(0, null);

    /// <summary>A frame for one application; slot-less top-level frames are shared, not allocated.</summary>
    internal static Frame Create(int size, Frame? parent) => size == 0 && parent is null ? Empty : new Frame(size, parent);

    /// <summary>The frame <paramref name="levels"/> steps up the lexical chain.</summary>
    internal Frame Up(int levels)
    {
        var f = this;
        for (var i = 0; i < levels; i++)
        {
            f = f.Parent!;
        }

        return f;
    }
}
