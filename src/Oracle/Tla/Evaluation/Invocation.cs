using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>Builds the frame of one operator application (call by name, as TLC does).</summary>
internal static class Invocation
{
    public static Frame ParentFrame(OperatorDefinition definition, int parentUp, Frame frame) =>
        parentUp < 0 ? null! : (parentUp == 0 ? frame : frame.Up(parentUp));

    /// <summary>
    /// A new frame for <paramref name="definition"/> whose parameter slots hold the arguments:
    /// literals and values of bound variables directly, operator arguments as closures, anything
    /// else as a lazily evaluated thunk.
    /// </summary>
    public static Frame BindArguments(OperatorDefinition definition, Frame? parent, Expr[] arguments, Frame argumentFrame, EvalContext context)
    {
        var frame = Frame.Create(definition.FrameSize, parent);
        var slots = frame.Slots;
        for (var i = 0; i < arguments.Length; i++)
        {
            slots[i] = Argument(arguments[i], argumentFrame, context);
        }

        return frame;
    }

    /// <summary>True when some argument is a parameter of the caller (its level is not known statically).</summary>
    public static bool ForwardsParameter(Expr[] arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument is SlotExpr { IsParameter: true } or SlotOperatorReferenceExpr)
            {
                return true;
            }
        }

        return false;
    }

    public static object Argument(Expr argument, Frame argumentFrame, EvalContext context) => argument switch
    {
        LiteralExpr literal => literal.Value,
        ConstantExpr constant => context.Constants[constant.Index],
        SlotExpr slot when slot.ReadRaw(argumentFrame) is { } raw && raw is not RecursiveFunctionMemo => raw,
        // A variable needs no thunk: the node itself is read on use, in whatever state (primed or not) is current.
        VariableExpr variable => variable,
        OperatorReferenceExpr reference => reference.Capture(argumentFrame, context),
        // A closed argument already computed needs no thunk: its value cannot differ (or fail) now.
        _ when argument.TryGetClosedValue(context, out var known) => known,
        _ => new Thunk(argument, argumentFrame),
    };

    /// <summary>
    /// Enumerates a called operator's body as the current action (so that successors are labelled
    /// with it), unless an enclosing action already holds the label.
    /// </summary>
    internal static void EnumerateBody(OperatorDefinition definition, Frame callee, EvalContext context, Continuation continuation)
    {
        if (context.LabelLocked)
        {
            definition.Body!.Enumerate(callee, context, continuation);
            return;
        }

        var (savedDefinition, savedFrame) = (context.ActionDefinition, context.ActionFrame);
        (context.ActionDefinition, context.ActionFrame, context.ActionSpan) = (definition, callee, definition.Body!.Span);
        try
        {
            definition.Body!.Enumerate(callee, context, continuation);
        }
        finally
        {
            (context.ActionDefinition, context.ActionFrame) = (savedDefinition, savedFrame);
        }
    }
}
