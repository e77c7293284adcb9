using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>Conjunction (bullet list or infix): left to right, the first FALSE decides.</summary>
public sealed class AndExpr(Expr[] items, SourceSpan span) : Expr(span, MaxLevel(ExpressionLevel.Constant, items))
{
    public IReadOnlyList<Expr> Items => items;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        foreach (var item in items)
        {
            if (!item.EvalBool(frame, context))
            {
                return BoolValue.False;
            }
        }

        return BoolValue.True;
    }

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        var locked = context.LabelLocked;
        context.LabelLocked = true;
        try
        {
            EnumerateFrom(0, frame, context, continuation);
        }
        finally
        {
            context.LabelLocked = locked;
        }
    }

    /// <summary>Conjuncts that can never assign a variable in a next-state enumeration (plain guards).</summary>
    private readonly bool[] guards = Guards(items);

    private static bool[] Guards(Expr[] items)
    {
        var guards = new bool[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            guards[i] = IsGuard(items[i]);
        }

        return guards;
    }

    /// <summary>
    /// True for nodes whose enumeration is only a test: every node type that does not override
    /// <see cref="Expr.Enumerate"/>, and equalities / memberships whose left side cannot be assigned.
    /// </summary>
    private static bool IsGuard(Expr item) => item switch
    {
        EqualsExpr e => !IsTargetLike(e.Left),
        MembershipExpr m => !IsTargetLike(m.Element),
        CallExpr c => !c.MayBeAction,
        AndExpr or OrExpr or IfExpr or CaseExpr or LetExpr or ExistsExpr or InstanceCallExpr or SlotCallExpr
            or SlotExpr or VariableExpr or UnchangedExpr or BoxActionExpr or AngleActionExpr or CompositionExpr => false,
        _ => true,
    };

    private static bool IsTargetLike(Expr e) => e is PrimedVariableExpr or PrimeExpr or VariableExpr or SlotExpr;

    internal void EnumerateFrom(int index, Frame frame, EvalContext context, Continuation continuation)
    {
        if (!context.InitMode)
        {
            // Guards are only tested: no continuation object is needed for them.
            while (index < items.Length && guards[index])
            {
                if (!items[index].EvalBool(frame, context))
                {
                    return;
                }

                index++;
            }
        }

        if (index == items.Length)
        {
            continuation.Run(context);
            return;
        }

        var next = index + 1 == items.Length ? continuation : new Rest(this, index + 1, frame, continuation);
        items[index].Enumerate(frame, context, next);
    }

    private sealed class Rest(AndExpr owner, int index, Frame frame, Continuation continuation) : Continuation
    {
        public override void Run(EvalContext context)
        {
            if (!context.StopRequested)
            {
                owner.EnumerateFrom(index, frame, context, continuation);
            }
        }
    }
}

/// <summary>Disjunction: left to right, the first TRUE decides; in enumeration every disjunct branches.</summary>
public sealed class OrExpr(Expr[] items, SourceSpan span) : Expr(span, MaxLevel(ExpressionLevel.Constant, items))
{
    public IReadOnlyList<Expr> Items => items;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        foreach (var item in items)
        {
            if (item.EvalBool(frame, context))
            {
                return BoolValue.True;
            }
        }

        return BoolValue.False;
    }

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        foreach (var item in items)
        {
            if (context.StopRequested)
            {
                return;
            }

            if (!context.LabelLocked)
            {
                context.ActionSpan = item.Span; // each disjunct is an action of its own
            }

            item.Enumerate(frame, context, continuation);
        }
    }
}

public sealed class NotExpr(Expr operand, SourceSpan span) : Expr(span, operand.Level)
{
    public Expr Operand { get; } = operand;

    internal override Value Eval(Frame frame, EvalContext context) => BoolValue.Of(!Operand.EvalBool(frame, context));
}

public sealed class ImpliesExpr(Expr left, Expr right, SourceSpan span) : Expr(span, MaxLevel(left.Level, right))
{
    public Expr Left { get; } = left;
    public Expr Right { get; } = right;

    internal override Value Eval(Frame frame, EvalContext context) =>
        BoolValue.Of(!Left.EvalBool(frame, context) || Right.EvalBool(frame, context));
}

public sealed class EquivalenceExpr(Expr left, Expr right, SourceSpan span) : Expr(span, MaxLevel(left.Level, right))
{
    public Expr Left { get; } = left;
    public Expr Right { get; } = right;

    internal override Value Eval(Frame frame, EvalContext context) =>
        BoolValue.Of(Left.EvalBool(frame, context) == Right.EvalBool(frame, context));
}

/// <summary><c>a = b</c>; in enumeration <c>x' = e</c> assigns an unassigned <c>x'</c>.</summary>
public sealed class EqualsExpr(Expr left, Expr right, SourceSpan span) : Expr(span, MaxLevel(left.Level, right))
{
    public Expr Left { get; } = left;
    public Expr Right { get; } = right;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var a = Left.Eval(frame, context);
        var b = Right.Eval(frame, context);
        try
        {
            return BoolValue.Of(ValueEquality.TlaEquals(a, b));
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }
    }

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        if (Assignment.Target(Left, frame, context) is { } target && target.Array[target.Index] is null)
        {
            var value = Right.Eval(frame, context);
            Assignment.Run(target.Array, target.Index, value, context, continuation);
            return;
        }

        base.Enumerate(frame, context, continuation);
    }
}

/// <summary><c>a \in S</c>; in enumeration <c>x' \in S</c> assigns every element in turn.</summary>
public sealed class MembershipExpr(Expr element, Expr set, SourceSpan span) : Expr(span, MaxLevel(element.Level, set))
{
    public Expr Element { get; } = element;
    public Expr Set { get; } = set;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var element = Element.Eval(frame, context);
        var set = Set.Eval(frame, context);
        try
        {
            return BoolValue.Of(EvalValues.Contains(set, element));
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }
    }

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        if (Assignment.Target(Element, frame, context) is not { } target || target.Array[target.Index] is not null)
        {
            base.Enumerate(frame, context, continuation);
            return;
        }

        var set = Set.Eval(frame, context);
        IEnumerable<Value> elements;
        try
        {
            elements = EvalValues.Enumerate(set);
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }

        foreach (var value in elements)
        {
            if (context.StopRequested)
            {
                return;
            }

            Assignment.Run(target.Array, target.Index, value, context, continuation);
        }
    }
}

/// <summary>Where enumeration assigns: an unprimed variable in Init, a primed one in a next-state action.</summary>
internal static class Assignment
{
    public static (Value?[] Array, int Index)? Target(Expr expression, Frame frame, EvalContext context) => expression switch
    {
        PrimedVariableExpr p when !context.InitMode => (context.Next, p.Index),
        VariableExpr v when context.InitMode => (context.State, v.Index),
        // a' where the parameter a was passed the variable x: TLC assigns x' through it.
        PrimeExpr { Operand: SlotExpr s } when !context.InitMode && s.ReadRaw(frame) is VariableExpr v => (context.Next, v.Index),
        SlotExpr s when context.InitMode && s.ReadRaw(frame) is VariableExpr v => (context.State, v.Index),
        _ => null,
    };

    public static void Run(Value?[] array, int index, Value value, EvalContext context, Continuation continuation)
    {
        array[index] = value;
        try
        {
            continuation.Run(context);
        }
        finally
        {
            array[index] = null;
        }
    }
}

public sealed class IfExpr(Expr condition, Expr then, Expr otherwise, SourceSpan span)
    : Expr(span, MaxLevel(condition.Level, then, otherwise))
{
    public Expr Condition { get; } = condition;
    public Expr Then { get; } = then;
    public Expr Else { get; } = otherwise;

    internal override Value Eval(Frame frame, EvalContext context) =>
        Condition.EvalBool(frame, context) ? Then.Eval(frame, context) : Else.Eval(frame, context);

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        var locked = context.LabelLocked;
        context.LabelLocked = true;
        try
        {
            (Condition.EvalBool(frame, context) ? Then : Else).Enumerate(frame, context, continuation);
        }
        finally
        {
            context.LabelLocked = locked;
        }
    }
}

/// <summary><c>CASE</c>: the first arm (in order) whose guard holds; none and no OTHER is an error.</summary>
public sealed class CaseExpr(Expr[] guards, Expr[] bodies, Expr? other, SourceSpan span)
    : Expr(span, MaxLevel(MaxLevel(MaxLevel(ExpressionLevel.Constant, guards), bodies), other))
{
    private Expr Select(Frame frame, EvalContext context)
    {
        for (var i = 0; i < guards.Length; i++)
        {
            if (guards[i].EvalBool(frame, context))
            {
                return bodies[i];
            }
        }

        return other ?? throw Fail("Attempted to evaluate a CASE expression with no arm satisfied and no OTHER clause.");
    }

    internal override Value Eval(Frame frame, EvalContext context) => Select(frame, context).Eval(frame, context);

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        var locked = context.LabelLocked;
        context.LabelLocked = true;
        try
        {
            Select(frame, context).Enumerate(frame, context, continuation);
        }
        finally
        {
            context.LabelLocked = locked;
        }
    }
}

/// <summary>One zero-arity LET definition: evaluated lazily, at most once per evaluation of the LET.</summary>
public sealed record LetDefinitionSlot(int Slot, Expr Body);

public sealed class LetExpr(LetDefinitionSlot[] definitions, Expr body, SourceSpan span) : Expr(span, body.Level)
{
    public Expr Body { get; } = body;

    internal void Bind(Frame frame)
    {
        foreach (var definition in definitions)
        {
            frame.Slots[definition.Slot] = new Thunk(definition.Body, frame);
        }
    }

    internal override Value Eval(Frame frame, EvalContext context)
    {
        Bind(frame);
        return Body.Eval(frame, context);
    }

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        Bind(frame);
        if (!context.LabelLocked)
        {
            context.ActionSpan = Body.Span;
        }

        Body.Enumerate(frame, context, continuation);
    }
}
