using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// An operator used as a value of a higher-order parameter: a user definition or LAMBDA with the
/// frame it was captured in, or a builtin. Also what builtins such as SelectSeq receive.
/// </summary>
internal abstract class OperatorClosure(EvalContext context) : OperatorArgument
{
    protected EvalContext Context { get; } = context;

    /// <summary>Applies the operator to unevaluated arguments (call by name).</summary>
    public abstract Value Call(Expr[] arguments, Frame argumentFrame, EvalContext context);

    /// <summary>The definition behind it, for enumerating actions passed as arguments (null for builtins).</summary>
    public virtual (OperatorDefinition Definition, Frame? Parent)? AsDefinition => null;

    public override Value Apply(ReadOnlySpan<Value> arguments) => ApplyValues(arguments, Context);

    public abstract Value ApplyValues(ReadOnlySpan<Value> arguments, EvalContext context);
}

/// <summary>A user definition or LAMBDA together with its lexical parent frame.</summary>
internal sealed class DefinitionClosure(OperatorDefinition definition, Frame? parent, EvalContext context) : OperatorClosure(context)
{
    public OperatorDefinition Definition { get; } = definition;
    public Frame? Parent { get; } = parent;

    public override int Arity => Definition.Parameters.Length;

    public override string DisplayName => Definition.Name;

    public override (OperatorDefinition Definition, Frame? Parent)? AsDefinition => (Definition, Parent);

    public override Value Call(Expr[] arguments, Frame argumentFrame, EvalContext context)
    {
        var frame = Invocation.BindArguments(Definition, Parent, arguments, argumentFrame, context);
        return Definition.Body!.Eval(frame, context);
    }

    public override Value ApplyValues(ReadOnlySpan<Value> arguments, EvalContext context)
    {
        var frame = new Frame(Definition.FrameSize, Parent);
        for (var i = 0; i < arguments.Length; i++)
        {
            frame.Slots[i] = arguments[i];
        }

        return Definition.Body!.Eval(frame, context);
    }
}

/// <summary>A builtin operator passed as an argument.</summary>
internal sealed class BuiltinClosure(BuiltinOperator builtin, EvalContext context) : OperatorClosure(context)
{
    public override int Arity => builtin.Arity;

    public override string DisplayName => builtin.Name;

    public override Value Call(Expr[] arguments, Frame argumentFrame, EvalContext context)
    {
        var values = new Value[arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i].Eval(argumentFrame, context);
        }

        return ApplyValues(values, context);
    }

    public override Value ApplyValues(ReadOnlySpan<Value> arguments, EvalContext context) =>
        builtin.Invoke(arguments, context.Builtins);
}
