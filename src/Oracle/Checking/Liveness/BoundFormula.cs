using GraphSpec.Oracle.Tla.Evaluation;

namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>
/// A state or action formula found inside a temporal formula, with the frame that gives its free
/// names (quantified process ids, operator parameters) their values. Arguments passed lazily to
/// the enclosing definitions are listed in <see cref="LazyArguments"/>: their thunks must not keep
/// a value from one state to the next, so they are recreated before each evaluation.
/// </summary>
internal sealed class BoundFormula(Expr expression, Frame frame, LazyArgument[] lazyArguments)
{
    public Expr Expression { get; } = expression;

    public Frame Frame { get; } = frame;

    public LazyArgument[] LazyArguments { get; } = lazyArguments;

    /// <summary>Replaces every lazy argument by a fresh, unevaluated thunk.</summary>
    public void ResetLazyArguments()
    {
        foreach (var argument in LazyArguments)
        {
            argument.Owner.Slots[argument.Slot] = new Thunk(argument.Expression, argument.ArgumentFrame);
        }
    }
}

/// <summary>A parameter slot of <paramref name="Owner"/> bound to an unevaluated argument.</summary>
internal sealed record LazyArgument(Frame Owner, int Slot, Expr Expression, Frame ArgumentFrame);
