using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// A resolved, executable expression. Names are already bound to slots, indices or definitions,
/// so evaluation does no lookups. Node types are public so that the model checker can inspect
/// the structure of temporal formulas and actions; evaluating is internal.
/// </summary>
public abstract class Expr
{
    protected Expr(SourceSpan span, ExpressionLevel level)
    {
        Span = span;
        Level = level;
    }

    public SourceSpan Span { get; }

    public ExpressionLevel Level { get; }

    internal abstract Value Eval(Frame frame, EvalContext context);

    // 0: not decided yet; -1: the value is not cached; n > 0: the slot of its value in ClosedValues.
    private int closedSlot;

    /// <summary>
    /// True when the value is fixed by the model (see <see cref="ClosedValues"/>). Decided on first
    /// use, after resolution, when every definition's cache index is known.
    /// </summary>
    internal virtual bool IsClosed => false;

    /// <summary>True for node types whose closed values are worth remembering (they build a value).</summary>
    private protected virtual bool CachesClosedValue => false;

    /// <summary>The slot of this expression's value among the closed values, or -1 when it has none.</summary>
    internal int ClosedSlot
    {
        get
        {
            var slot = closedSlot;
            if (slot == 0)
            {
                Interlocked.CompareExchange(ref closedSlot, CachesClosedValue && IsClosed ? ClosedValues.NewSlot() : -1, 0);
                slot = closedSlot;
            }

            return slot;
        }
    }

    /// <summary>Stores the value of a closed expression (slot from <see cref="ClosedSlot"/>; nothing when it is -1).</summary>
    private protected static Value Remember(EvalContext context, int slot, Value value)
    {
        if (slot > 0)
        {
            ClosedValues.Store(context, slot, value);
        }

        return value;
    }

    /// <summary>The value of a closed expression that this evaluator has already computed.</summary>
    internal bool TryGetClosedValue(EvalContext context, out Value value)
    {
        var slot = ClosedSlot;
        if (slot > 0)
        {
            return ClosedValues.TryGet(context, slot, out value);
        }

        value = null!;
        return false;
    }

    /// <summary>Evaluates a formula; a non-Boolean value is an evaluation error at this node.</summary>
    internal bool EvalBool(Frame frame, EvalContext context)
    {
        var value = Eval(frame, context);
        if (value is BoolValue b)
        {
            return b.Value;
        }

        throw NotBoolean(value, context);
    }

    internal TlaEvaluationException NotBoolean(Value value, EvalContext context)
    {
        var message = context.Enumerating
            ? $"In computing {(context.InitMode ? "initial" : "next")} states, TLC expected a boolean expression, but instead found {value}."
            : $"A non-Boolean value was found where a Boolean was expected: {value}.";
        return Fail(message);
    }

    /// <summary>
    /// Enumerates the ways this formula can be made true by assigning unassigned (primed, or in
    /// Init unprimed) variables; calls <paramref name="continuation"/> once per way, with the
    /// assignment in place, and undoes its assignments before returning. The default treats the
    /// formula as a guard.
    /// </summary>
    internal virtual void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        if (EvalBool(frame, context))
        {
            continuation.Run(context);
        }
    }

    internal TlaEvaluationException Fail(string message) => new(EvaluationErrorKind.Evaluation, message, Span);

    /// <summary>Wraps a value-level error (no position) with this node's span.</summary>
    internal TlaEvaluationException Wrap(EvaluationException e) => new(EvaluationErrorKind.Evaluation, e.Message, Span);

    internal static ExpressionLevel MaxLevel(ExpressionLevel floor, params ReadOnlySpan<Expr?> children)
    {
        var level = floor;
        foreach (var child in children)
        {
            if (child is not null && child.Level > level)
            {
                level = child.Level;
            }
        }

        return level;
    }
}

/// <summary>What to do after one way of satisfying a formula has been found during enumeration.</summary>
internal abstract class Continuation
{
    public abstract void Run(EvalContext context);
}
