using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// A temporal formula. It is never evaluated as a value: the model checker inspects the tree
/// (<see cref="AlwaysExpr"/>, <see cref="EventuallyExpr"/>, <see cref="LeadsToExpr"/>,
/// <see cref="FairnessExpr"/>) and evaluates the state and action formulas inside it.
/// </summary>
public abstract class TemporalExpr(SourceSpan span) : Expr(span, ExpressionLevel.Temporal)
{
    internal override Value Eval(Frame frame, EvalContext context) =>
        throw Fail("A temporal formula cannot be evaluated in a single state.");
}

/// <summary><c>[]F</c> (for <c>[][A]_v</c>, <see cref="Operand"/> is a <see cref="BoxActionExpr"/>).</summary>
public sealed class AlwaysExpr(Expr operand, SourceSpan span) : TemporalExpr(span)
{
    public Expr Operand { get; } = operand;
}

/// <summary><c>&lt;&gt;F</c>.</summary>
public sealed class EventuallyExpr(Expr operand, SourceSpan span) : TemporalExpr(span)
{
    public Expr Operand { get; } = operand;
}

/// <summary><c>P ~&gt; Q</c>.</summary>
public sealed class LeadsToExpr(Expr left, Expr right, SourceSpan span) : TemporalExpr(span)
{
    public Expr Left { get; } = left;
    public Expr Right { get; } = right;
}

/// <summary><c>WF_v(A)</c> or <c>SF_v(A)</c>; <see cref="Unchanged"/> is <c>UNCHANGED v</c> for <c>&lt;&lt;A&gt;&gt;_v</c>.</summary>
public sealed class FairnessExpr(FairnessKind kind, Expr subscript, Expr action, UnchangedExpr unchanged, SourceSpan span) : TemporalExpr(span)
{
    public FairnessKind Kind { get; } = kind;
    public Expr Subscript { get; } = subscript;
    public Expr Action { get; } = action;
    public UnchangedExpr Unchanged { get; } = unchanged;
}
