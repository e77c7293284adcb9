using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// An operator passed as an argument (<c>Twice(Inc, 3)</c>, <c>SelectSeq(s, LAMBDA x : x &gt; 0)</c>).
/// It is not a value: the callee receives a closure.
/// </summary>
public abstract class OperatorReferenceExpr(SourceSpan span, ExpressionLevel level = ExpressionLevel.Constant) : Expr(span, level)
{
    internal abstract OperatorClosure Capture(Frame frame, EvalContext context);

    internal override Value Eval(Frame frame, EvalContext context) =>
        throw Fail("An operator is used where a value is expected.");
}

/// <summary>A user definition or LAMBDA passed as an argument.</summary>
/// <remarks>Its level is the operator's: <c>Twice(StateOp, 3)</c> depends on the state.</remarks>
public sealed class DefinitionReferenceExpr(OperatorDefinition definition, int parentUp, SourceSpan span)
    : OperatorReferenceExpr(span, definition.Body is null ? ExpressionLevel.Constant : definition.Level)
{
    public OperatorDefinition Definition { get; } = definition;

    internal override OperatorClosure Capture(Frame frame, EvalContext context) =>
        new DefinitionClosure(Definition, Invocation.ParentFrame(Definition, parentUp, frame), context);
}

/// <summary>A higher-order parameter passed on to another operator.</summary>
/// <remarks>
/// It adds nothing to the level of the definition it appears in: the call sites of that definition
/// pass the actual operator, whose level counts there.
/// </remarks>
public sealed class SlotOperatorReferenceExpr(int up, int index, string name, SourceSpan span) : OperatorReferenceExpr(span)
{
    public string Name { get; } = name;

    internal override OperatorClosure Capture(Frame frame, EvalContext context) =>
        (up == 0 ? frame : frame.Up(up)).Slots[index] as OperatorClosure
        ?? throw Fail($"Internal error: {Name} is not bound to an operator.");
}

/// <summary>An operator constant passed as an argument.</summary>
public sealed class ConstantOperatorReferenceExpr(int index, string name, SourceSpan span) : OperatorReferenceExpr(span)
{
    public string Name { get; } = name;

    internal override OperatorClosure Capture(Frame frame, EvalContext context) =>
        new DefinitionClosure(
            context.ConstantOperators[index] ?? throw Fail($"The operator constant {Name} has no definition in the model."),
            null,
            context);
}

/// <summary>A builtin operator passed as an argument.</summary>
public sealed class BuiltinOperatorReferenceExpr(BuiltinOperator builtin, SourceSpan span) : OperatorReferenceExpr(span)
{
    internal override OperatorClosure Capture(Frame frame, EvalContext context) => new BuiltinClosure(builtin, context);
}
