using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// An application of a user definition: <c>Op(a, b)</c>, or a use of a zero-arity one. A call of a
/// RECURSIVE operator bound before its body is known adds nothing to the level (the recursive
/// body's other parts decide it; for mutual recursion this may underestimate).
/// </summary>
public sealed class CallExpr(OperatorDefinition definition, int parentUp, Expr[] arguments, SourceSpan span)
    : Expr(span, MaxLevel(definition.Body is null ? ExpressionLevel.Constant : definition.Level, arguments))
{
    public OperatorDefinition Definition { get; } = definition;
    public IReadOnlyList<Expr> Arguments => arguments;
    internal int ParentUp { get; } = parentUp;

    /// <summary>
    /// Whether enumeration must go into the body: it is an action, or an argument is a parameter
    /// of the caller, which may have been given an action (<c>Outer(A) == Op(A)</c>).
    /// </summary>
    internal bool MayBeAction { get; } = MaxLevel(ExpressionLevel.Constant, arguments) >= ExpressionLevel.Action
        || definition.Body is null || definition.Level >= ExpressionLevel.Action || Invocation.ForwardsParameter(arguments);

    /// <summary>A constant-level zero-arity module definition: evaluated once per model anyway.</summary>
    internal override bool IsClosed => arguments.Length == 0 && Definition.CacheIndex >= 0;

    internal Frame CreateFrame(Frame frame, EvalContext context) =>
        Invocation.BindArguments(Definition, Invocation.ParentFrame(Definition, ParentUp, frame), arguments, frame, context);

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var definition = Definition;
        if (definition.CacheIndex >= 0)
        {
            switch (context.Cache[definition.CacheIndex])
            {
                case Value cached:
                    return cached;
                case RecursiveFunctionMemo memo:
                    return memo.ToValue(context, this);
            }

            var value = definition.Body!.Eval(Frame.Create(definition.FrameSize, null), context);
            context.Cache[definition.CacheIndex] = value;
            return value;
        }

        var callee = CreateFrame(frame, context);
        if ((++context.CallDepth & DepthGuard.CheckInterval) == 0)
        {
            DepthGuard.Check(this);
        }

        try
        {
            return definition.Body!.Eval(callee, context);
        }
        finally
        {
            context.CallDepth--;
        }
    }

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        if (!MayBeAction && !context.InitMode)
        {
            base.Enumerate(frame, context, continuation);
            return;
        }

        DepthGuard.Check(this);
        var callee = CreateFrame(frame, context);
        Invocation.EnumerateBody(Definition, callee, context, continuation);
    }
}

/// <summary><c>I(x)!Op(y)</c>: the instance parameters get a frame of their own, the parent of Op's frame.</summary>
public sealed class InstanceCallExpr(Expr[] instanceArguments, OperatorDefinition definition, Expr[] arguments, SourceSpan span)
    : Expr(span, MaxLevel(MaxLevel(definition.Level, instanceArguments), arguments))
{
    public OperatorDefinition Definition { get; } = definition;

    private Frame CreateFrame(Frame frame, EvalContext context)
    {
        var instanceFrame = new Frame(instanceArguments.Length, null);
        for (var i = 0; i < instanceArguments.Length; i++)
        {
            instanceFrame.Slots[i] = Invocation.Argument(instanceArguments[i], frame, context);
        }

        return Invocation.BindArguments(Definition, instanceFrame, arguments, frame, context);
    }

    internal override Value Eval(Frame frame, EvalContext context)
    {
        DepthGuard.Check(this);
        return Definition.Body!.Eval(CreateFrame(frame, context), context);
    }

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        if (Level < ExpressionLevel.Action && !context.InitMode && !Invocation.ForwardsParameter(arguments))
        {
            base.Enumerate(frame, context, continuation);
            return;
        }

        var callee = CreateFrame(frame, context);
        Invocation.EnumerateBody(Definition, callee, context, continuation);
    }
}

/// <summary><c>F(a)</c> where F is a higher-order parameter: applies the operator it was given.</summary>
public sealed class SlotCallExpr(int up, int index, string name, Expr[] arguments, SourceSpan span)
    : Expr(span, MaxLevel(ExpressionLevel.Constant, arguments))
{
    public string Name { get; } = name;

    private OperatorClosure Closure(Frame frame) =>
        (up == 0 ? frame : frame.Up(up)).Slots[index] as OperatorClosure
        ?? throw Fail($"Internal error: {Name} is not bound to an operator.");

    internal override Value Eval(Frame frame, EvalContext context)
    {
        DepthGuard.Check(this);
        try
        {
            return Closure(frame).Call(arguments, frame, context);
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }
    }

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        if (Closure(frame).AsDefinition is { } target && (target.Definition.Level >= ExpressionLevel.Action || context.InitMode))
        {
            var callee = Invocation.BindArguments(target.Definition, target.Parent, arguments, frame, context);
            target.Definition.Body!.Enumerate(callee, context, continuation);
            return;
        }

        base.Enumerate(frame, context, continuation);
    }
}

/// <summary><c>F(a)</c> where F is an operator constant (<c>CONSTANT F(_)</c>) bound by the model.</summary>
public sealed class ConstantOperatorCallExpr(int index, string name, Expr[] arguments, SourceSpan span)
    : Expr(span, MaxLevel(ExpressionLevel.Constant, arguments))
{
    public string Name { get; } = name;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var definition = context.ConstantOperators[index] ?? throw Fail($"The operator constant {Name} has no definition in the model.");
        DepthGuard.Check(this);
        return definition.Body!.Eval(Invocation.BindArguments(definition, null, arguments, frame, context), context);
    }
}

/// <summary>A call of a builtin operator; arguments are evaluated first, except operator arguments.</summary>
public sealed class BuiltinCallExpr(BuiltinOperator builtin, Expr[] arguments, SourceSpan span)
    : Expr(span, MaxLevel(ExpressionLevel.Constant, arguments))
{
    public BuiltinOperator Builtin { get; } = builtin;
    public IReadOnlyList<Expr> Arguments => arguments;

    internal override bool IsClosed => Builtin.Kind == BuiltinOperatorKind.Constant
        || (Builtin.Kind == BuiltinOperatorKind.Strict && Builtin.IsPure && ClosedValues.AllClosed(arguments));

    private protected override bool CachesClosedValue => Builtin.Kind == BuiltinOperatorKind.Strict;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var builtin = Builtin;
        switch (builtin.Kind)
        {
            case BuiltinOperatorKind.Constant:
                return builtin.Constant!;
            case BuiltinOperatorKind.Strict:
                {
                    var slot = ClosedSlot;
                    if (slot > 0 && ClosedValues.TryGet(context, slot, out var known))
                    {
                        return known;
                    }

                    if (!builtin.IsPure)
                    {
                        context.VariablesRead = ulong.MaxValue; // TLCGet("level") and the like: not a function of the state
                    }

                    var buffer = default(ValueBuffer);
                    Span<Value> values = arguments.Length <= ValueBuffer.Length ? ((Span<Value>)buffer)[..arguments.Length] : new Value[arguments.Length];
                    for (var i = 0; i < arguments.Length; i++)
                    {
                        values[i] = arguments[i].Eval(frame, context);
                    }

                    try
                    {
                        return Remember(context, slot, builtin.Strict!(values, context.Builtins));
                    }
                    catch (EvaluationException e)
                    {
                        throw Wrap(e);
                    }
                    catch (AssertionFailedException e)
                    {
                        throw new TlaEvaluationException(EvaluationErrorKind.AssertFailed, e.Message, Span);
                    }
                }

            default:
                return EvalHigherOrder(frame, context);
        }
    }

    private Value EvalHigherOrder(Frame frame, EvalContext context)
    {
        var arities = Builtin.ParameterArities;
        var valueCount = 0;
        foreach (var arity in arities)
        {
            valueCount += arity == 0 ? 1 : 0;
        }

        var values = new Value[valueCount];
        var operators = new OperatorArgument[arities.Length - valueCount];
        int v = 0, o = 0;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arities[i] == 0)
            {
                values[v++] = arguments[i].Eval(frame, context);
            }
            else
            {
                operators[o++] = ((OperatorReferenceExpr)arguments[i]).Capture(frame, context);
            }
        }

        try
        {
            return Builtin.HigherOrder!(values, operators, context.Builtins);
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }
    }
}
