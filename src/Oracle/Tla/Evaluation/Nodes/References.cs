using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>A constant value known at resolution time (literal, BOOLEAN).</summary>
public sealed class LiteralExpr(Value value, SourceSpan span) : Expr(span, ExpressionLevel.Constant)
{
    public Value Value { get; } = value;

    internal override bool IsClosed => true;

    internal override Value Eval(Frame frame, EvalContext context) => Value;
}

/// <summary>Stands for an expression that failed to resolve (a diagnostic was reported).</summary>
public sealed class ErrorExpr(SourceSpan span) : Expr(span, ExpressionLevel.Constant)
{
    internal override Value Eval(Frame frame, EvalContext context) => throw Fail("The expression could not be resolved.");
}

/// <summary>A state variable, read from the current state.</summary>
public sealed class VariableExpr(int index, string name, SourceSpan span) : Expr(span, ExpressionLevel.State)
{
    public int Index { get; } = index;
    public string Name { get; } = name;

    private readonly ulong readBit = EvalContext.VariableBit(index);

    internal override Value Eval(Frame frame, EvalContext context)
    {
        context.VariablesRead |= readBit;
        return context.State[Index] ?? throw Fail(context.PrimeDepth > 0
            ? $"The variable {Name}' is used before a value has been assigned to it."
            : $"The variable {Name} is used before a value has been assigned to it.");
    }

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        if (context.InitMode && context.State[Index] is null)
        {
            throw Fail($"The variable {Name} is used before a value has been assigned to it.");
        }

        base.Enumerate(frame, context, continuation);
    }
}

/// <summary><c>x'</c>: a state variable read from the next state.</summary>
public sealed class PrimedVariableExpr(int index, string name, SourceSpan span) : Expr(span, ExpressionLevel.Action)
{
    public int Index { get; } = index;
    public string Name { get; } = name;

    internal override Value Eval(Frame frame, EvalContext context) =>
        context.Next[Index] ?? throw Fail($"The primed variable {Name}' is used before a value has been assigned to it.");
}

/// <summary>A declared constant, read from the model.</summary>
public sealed class ConstantExpr(int index, string name, SourceSpan span) : Expr(span, ExpressionLevel.Constant)
{
    public int Index { get; } = index;
    public string Name { get; } = name;

    internal override bool IsClosed => true;

    internal override Value Eval(Frame frame, EvalContext context) => context.Constants[Index];
}

/// <summary>
/// A frame slot: bound variable, parameter, LET definition or EXCEPT's <c>@</c>, <see cref="Up"/>
/// frames up the lexical chain.
/// </summary>
public sealed class SlotExpr(int up, int index, string name, ExpressionLevel valueLevel, SourceSpan span)
    : Expr(span, valueLevel == ExpressionLevel.Constant ? ExpressionLevel.Constant : valueLevel)
{
    public int Up { get; } = up;
    public int Index { get; } = index;
    public string Name { get; } = name;

    /// <summary>For a LET definition: its body (lets UNCHANGED see through a LET name).</summary>
    public Expr? LetBody { get; init; }

    /// <summary>True for an operator parameter (its argument may be an action).</summary>
    public bool IsParameter { get; init; }

    internal object? ReadRaw(Frame frame) => (Up == 0 ? frame : frame.Up(Up)).Slots[Index];

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var raw = ReadRaw(frame);
        return raw switch
        {
            Value v => v,
            Thunk t => t.Force(context),
            VariableExpr v => v.Eval(frame, context),
            RecursiveFunctionMemo m => m.ToValue(context, this),
            _ => throw Fail($"Internal error: {Name} has no value here."),
        };
    }

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        // An argument or LET definition may itself be an action (A(x' = 1)): enumerate it in its frame.
        if (ReadRaw(frame) is Thunk t && (t.Expression.Level >= ExpressionLevel.Action || context.InitMode))
        {
            t.Expression.Enumerate(t.Frame, context, continuation);
            return;
        }

        base.Enumerate(frame, context, continuation);
    }
}

/// <summary>The missing set of an unbounded <c>CHOOSE x : P</c> or <c>\E x : P</c>: an error when evaluated.</summary>
public sealed class UnboundedDomainExpr(SourceSpan span) : Expr(span, ExpressionLevel.Constant)
{
    internal override Value Eval(Frame frame, EvalContext context) =>
        throw Fail("TLC cannot evaluate an unbounded quantifier or CHOOSE (x without \\in S); override the definition in the configuration.");
}
