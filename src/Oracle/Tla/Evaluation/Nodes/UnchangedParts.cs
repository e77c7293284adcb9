using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// Successor enumeration of <c>UNCHANGED e</c> when e is not (statically) a tuple of variables.
/// As TLC does, e is taken apart left to right while it is enumerated: a tuple into its items, a
/// zero-arity definition, LET name, operator argument or INSTANCE substitution into the expression
/// it stands for (in that expression's frame). A variable reached this way is assigned its current
/// value, or must already have kept it; any other part must have the same value in both states,
/// which fails with an evaluation error if it reads a primed variable that is still unassigned.
/// </summary>
internal static class UnchangedParts
{
    public static void Enumerate(UnchangedExpr node, Frame frame, EvalContext context, Continuation continuation) =>
        Keep(node, node.Operand, frame, null, context, continuation);

    private static void Keep(UnchangedExpr node, Expr part, Frame frame, Pending? rest, EvalContext context, Continuation continuation)
    {
        switch (part)
        {
            case VariableExpr v:
                KeepVariable(node, v.Index, rest, context, continuation);
                return;
            case TupleExpr t when t.Items.Count == 0:
                Next(node, rest, context, continuation);
                return;
            case TupleExpr t:
                for (var i = t.Items.Count - 1; i > 0; i--)
                {
                    rest = new Pending(t.Items[i], frame, rest);
                }

                Keep(node, t.Items[0], frame, rest, context, continuation);
                return;
            case CallExpr { Arguments.Count: 0, Definition: { Body: { } body, IsFunction: false, CacheIndex: < 0 } } call:
                DepthGuard.Check(node);
                Keep(node, body, call.CreateFrame(frame, context), rest, context, continuation);
                return;
            case SlotExpr slot:
                switch (slot.ReadRaw(frame))
                {
                    case VariableExpr v:
                        KeepVariable(node, v.Index, rest, context, continuation);
                        return;
                    case Thunk t:
                        DepthGuard.Check(node);
                        Keep(node, t.Expression, t.Frame, rest, context, continuation);
                        return;
                }

                break;
        }

        if (SameInBothStates(node, part, frame, context))
        {
            Next(node, rest, context, continuation);
        }
    }

    private static void Next(UnchangedExpr node, Pending? rest, EvalContext context, Continuation continuation)
    {
        if (rest is null)
        {
            continuation.Run(context);
        }
        else
        {
            Keep(node, rest.Part, rest.Frame, rest.Next, context, continuation);
        }
    }

    private static void KeepVariable(UnchangedExpr node, int index, Pending? rest, EvalContext context, Continuation continuation)
    {
        var current = context.State[index]!;
        if (context.Next[index] is { } assigned)
        {
            if (assigned.Equals(current))
            {
                Next(node, rest, context, continuation);
            }

            return;
        }

        context.Next[index] = current;
        try
        {
            Next(node, rest, context, continuation);
        }
        finally
        {
            context.Next[index] = null;
        }
    }

    /// <summary>e' = e for a general expression e: evaluated in both states and compared.</summary>
    internal static bool SameInBothStates(UnchangedExpr node, Expr part, Frame frame, EvalContext context)
    {
        var now = part.Eval(frame, context);
        var saved = context.State;
        context.State = context.Next;
        context.PrimeDepth++;
        Value later;
        try
        {
            later = part.Eval(frame, context);
        }
        finally
        {
            context.State = saved;
            context.PrimeDepth--;
        }

        try
        {
            return ValueEquality.TlaEquals(now, later);
        }
        catch (EvaluationException e)
        {
            throw node.Wrap(e);
        }
    }

    /// <summary>The parts still to keep after the current one, in order.</summary>
    private sealed class Pending(Expr part, Frame frame, Pending? next)
    {
        public Expr Part { get; } = part;
        public Frame Frame { get; } = frame;
        public Pending? Next { get; } = next;
    }
}
