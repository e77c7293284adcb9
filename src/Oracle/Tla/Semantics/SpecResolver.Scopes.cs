using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Semantics;

internal sealed partial class SpecResolver
{
    /// <summary>Names declared inside the expression being bound, innermost last.</summary>
    private List<Symbol> locals = [];

    /// <summary>The frames being laid out, innermost last.</summary>
    private List<FrameLayout> frames = [];

    /// <summary>Slots of the enclosing EXCEPT clauses' <c>@</c>, innermost last.</summary>
    private List<SlotSymbol> atSlots = [];

    private bool primeAllowed = true;
    private int primeDepth;

    /// <summary>True when binding an extra expression against a finished spec (no new cache slots).</summary>
    private bool standaloneMode;

    /// <summary>The slot count of one frame while its body is being bound.</summary>
    private sealed class FrameLayout(int level)
    {
        public int Level { get; } = level;
        public int Size { get; set; }
    }

    private int CurrentLevel => frames.Count == 0 ? module.Environment.Level : frames[^1].Level;

    private FrameLayout PushFrame(int level)
    {
        var frame = new FrameLayout(level);
        frames.Add(frame);
        return frame;
    }

    private void PopFrame() => frames.RemoveAt(frames.Count - 1);

    private int AllocateSlot() => frames[^1].Size++;

    private void PopLocals(int mark) => locals.RemoveRange(mark, locals.Count - mark);

    /// <summary>
    /// Declares a bound variable, parameter or LET name in the current frame. SANY forbids
    /// re-declaring any name already in scope ("Multiply-defined symbol").
    /// </summary>
    private SlotSymbol DeclareLocal(Identifier name, SlotKind kind, int arity, bool checkConflict = true)
    {
        if (checkConflict && LookupExisting(name.Name) is { } existing)
        {
            ReportConflict(name.Name, name.Span, existing);
        }

        var symbol = new SlotSymbol(name.Name, name.Span, module.Name, CurrentLevel, AllocateSlot(), arity, kind);
        locals.Add(symbol);
        return symbol;
    }

    /// <summary>Looks a name up: locals (innermost first), then the module, then core operators.</summary>
    private Symbol? Lookup(string name)
    {
        for (var i = locals.Count - 1; i >= 0; i--)
        {
            if (locals[i].Name == name)
            {
                return locals[i];
            }
        }

        if (module.Visible.TryGetValue(name, out var symbol))
        {
            return symbol;
        }

        return BuiltinCatalog.Core(name);
    }

    /// <summary>A user-visible symbol a new declaration would clash with (core operators excluded).</summary>
    private Symbol? LookupExisting(string name)
    {
        for (var i = locals.Count - 1; i >= 0; i--)
        {
            if (locals[i].Name == name)
            {
                return locals[i];
            }
        }

        return module.Visible.TryGetValue(name, out var symbol) ? symbol : null;
    }

    /// <summary>Runs <paramref name="action"/> with empty local scopes (another module's definitions).</summary>
    private T WithFreshScopes<T>(Func<T> action)
    {
        var (savedLocals, savedFrames, savedAt, savedPrime, savedDepth) = (locals, frames, atSlots, primeAllowed, primeDepth);
        (locals, frames, atSlots, primeAllowed, primeDepth) = ([], [], [], true, 0);
        try
        {
            return action();
        }
        finally
        {
            (locals, frames, atSlots, primeAllowed, primeDepth) = (savedLocals, savedFrames, savedAt, savedPrime, savedDepth);
        }
    }
}
