using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// A lazily evaluated operator argument or LET definition (TLC passes arguments by name). The value
/// is cached only when it cannot change within the frame's lifetime: its expression has no prime
/// and it was not forced under a prime (then the current state is the next state). A plain variable
/// argument needs no thunk: its <see cref="VariableExpr"/> is stored in the slot instead.
/// </summary>
internal sealed class Thunk(Expr expression, Frame frame)
{
    private Value? cached;

    public Expr Expression { get; } = expression;
    public Frame Frame { get; } = frame;

    public Value Force(EvalContext context)
    {
        if (context.PrimeDepth > 0)
        {
            return Expression.Eval(Frame, context); // under a prime the "current" state is the next one
        }

        if (cached is not null)
        {
            return cached;
        }

        var value = Expression.Eval(Frame, context);
        if (Expression.Level <= ExpressionLevel.State)
        {
            cached = value;
        }

        return value;
    }
}
