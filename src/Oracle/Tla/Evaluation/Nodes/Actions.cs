using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary><c>e'</c> for a non-variable e: e evaluated in the next state.</summary>
public sealed class PrimeExpr(Expr operand, SourceSpan span) : Expr(span, ExpressionLevel.Action)
{
    public Expr Operand { get; } = operand;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var saved = context.State;
        context.State = context.Next;
        context.PrimeDepth++;
        try
        {
            return Operand.Eval(frame, context);
        }
        finally
        {
            context.State = saved;
            context.PrimeDepth--;
        }
    }
}

/// <summary>
/// <c>UNCHANGED e</c>. When e is a variable or a tuple of variables (possibly through definitions)
/// <see cref="Variables"/> lists them and enumeration assigns each <c>x' = x</c>; otherwise
/// enumeration takes e apart as TLC does (<see cref="UnchangedParts"/>).
/// </summary>
public sealed class UnchangedExpr(Expr operand, int[]? variables, SourceSpan span) : Expr(span, ExpressionLevel.Action)
{
    public Expr Operand { get; } = operand;

    /// <summary>Indices of the variables kept, or null when the operand is a general expression.</summary>
    public IReadOnlyList<int>? Variables => variables;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        context.VariablesRead = ulong.MaxValue; // reads the state directly
        if (variables is not null)
        {
            foreach (var i in variables)
            {
                var next = context.Next[i] ?? throw Fail("A primed variable in UNCHANGED has no value yet.");
                if (!next.Equals(context.State[i]))
                {
                    return BoolValue.False;
                }
            }

            return BoolValue.True;
        }

        return BoolValue.Of(UnchangedParts.SameInBothStates(this, Operand, frame, context));
    }

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        if (context.InitMode)
        {
            base.Enumerate(frame, context, continuation);
            return;
        }

        if (variables is null)
        {
            UnchangedParts.Enumerate(this, frame, context, continuation);
            return;
        }

        AssignFrom(0, context, continuation);
    }

    private void AssignFrom(int position, EvalContext context, Continuation continuation)
    {
        if (position == variables!.Length)
        {
            continuation.Run(context);
            return;
        }

        var i = variables[position];
        var current = context.State[i]!;
        if (context.Next[i] is { } assigned)
        {
            if (assigned.Equals(current))
            {
                AssignFrom(position + 1, context, continuation);
            }

            return;
        }

        context.Next[i] = current;
        try
        {
            AssignFrom(position + 1, context, continuation);
        }
        finally
        {
            context.Next[i] = null;
        }
    }
}

/// <summary><c>[A]_v</c>: A or v unchanged.</summary>
public sealed class BoxActionExpr(Expr action, UnchangedExpr subscript, SourceSpan span) : Expr(span, MaxLevel(ExpressionLevel.Action, action))
{
    public Expr Action { get; } = action;
    public UnchangedExpr Subscript { get; } = subscript;

    internal override Value Eval(Frame frame, EvalContext context) =>
        BoolValue.Of(Action.EvalBool(frame, context) || Subscript.EvalBool(frame, context));

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        Action.Enumerate(frame, context, continuation);
        if (!context.StopRequested)
        {
            Subscript.Enumerate(frame, context, continuation);
        }
    }
}

/// <summary><c>&lt;&lt;A&gt;&gt;_v</c>: A and v changed.</summary>
public sealed class AngleActionExpr(Expr action, UnchangedExpr subscript, SourceSpan span) : Expr(span, MaxLevel(ExpressionLevel.Action, action))
{
    public Expr Action { get; } = action;
    public UnchangedExpr Subscript { get; } = subscript;

    internal override Value Eval(Frame frame, EvalContext context) =>
        BoolValue.Of(Action.EvalBool(frame, context) && !Subscript.EvalBool(frame, context));

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation) =>
        Action.Enumerate(frame, context, new ChangedCheck(this, frame, continuation));

    private sealed class ChangedCheck(AngleActionExpr owner, Frame frame, Continuation continuation) : Continuation
    {
        public override void Run(EvalContext context)
        {
            if (!owner.Subscript.EvalBool(frame, context))
            {
                continuation.Run(context);
            }
        }
    }
}

/// <summary>
/// <c>ENABLED A</c>: true when A has a successor from the current state. Enumerates A with a fresh
/// next state and stops at the first complete one.
/// </summary>
public sealed class EnabledExpr(Expr action, SourceSpan span) : Expr(span, ExpressionLevel.State)
{
    public Expr Action { get; } = action;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        context.VariablesRead = ulong.MaxValue; // enumeration reads the state in ways not tracked per variable
        var saved = (context.Next, context.InitMode, context.Enumerating, context.StopRequested, context.LabelLocked);
        context.Next = new Value?[context.Next.Length];
        context.InitMode = false;
        context.Enumerating = true;
        context.StopRequested = false;
        context.LabelLocked = true;
        var found = new FoundFlag();
        try
        {
            Action.Enumerate(frame, context, found);
            return BoolValue.Of(found.Found);
        }
        finally
        {
            (context.Next, context.InitMode, context.Enumerating, context.StopRequested, context.LabelLocked) = saved;
        }
    }

    private sealed class FoundFlag : Continuation
    {
        public bool Found { get; private set; }

        public override void Run(EvalContext context)
        {
            foreach (var value in context.Next)
            {
                if (value is null)
                {
                    return; // not a complete successor
                }
            }

            Found = true;
            context.StopRequested = true;
        }
    }
}

/// <summary>
/// <c>A \cdot B</c>: some intermediate state m with A from the current state to m and B from m to
/// the next state. The intermediate states are A's successors, enumerated as TLC would.
/// </summary>
public sealed class CompositionExpr(Expr left, Expr right, SourceSpan span) : Expr(span, ExpressionLevel.Action)
{
    public Expr Left { get; } = left;
    public Expr Right { get; } = right;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        context.VariablesRead = ulong.MaxValue; // enumeration reads the state in ways not tracked per variable
        var current = context.State;
        foreach (var middle in Middles(frame, context))
        {
            context.State = middle;
            try
            {
                if (Right.EvalBool(frame, context))
                {
                    return BoolValue.True;
                }
            }
            finally
            {
                context.State = current;
            }
        }

        return BoolValue.False;
    }

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        var current = context.State;
        var restore = new RestoreState(current, continuation);
        foreach (var middle in Middles(frame, context))
        {
            if (context.StopRequested)
            {
                return;
            }

            context.State = middle;
            restore.Middle = middle;
            try
            {
                Right.Enumerate(frame, context, restore);
            }
            finally
            {
                context.State = current;
            }
        }
    }

    /// <summary>The complete successors of the current state under <see cref="Left"/>.</summary>
    private List<Value?[]> Middles(Frame frame, EvalContext context)
    {
        var saved = (context.Next, context.InitMode, context.Enumerating, context.LabelLocked);
        context.Next = new Value?[context.Next.Length];
        (context.InitMode, context.Enumerating, context.LabelLocked) = (false, true, true);
        var collector = new Collector();
        try
        {
            Left.Enumerate(frame, context, collector);
        }
        finally
        {
            (context.Next, context.InitMode, context.Enumerating, context.LabelLocked) = saved;
        }

        return collector.States;
    }

    private sealed class Collector : Continuation
    {
        public List<Value?[]> States { get; } = [];

        public override void Run(EvalContext context)
        {
            foreach (var value in context.Next)
            {
                if (value is null)
                {
                    return;
                }
            }

            States.Add((Value?[])context.Next.Clone());
        }
    }

    /// <summary>Later conjuncts see the real current state again, not the intermediate one.</summary>
    private sealed class RestoreState(Value?[] current, Continuation continuation) : Continuation
    {
        public Value?[]? Middle { get; set; }

        public override void Run(EvalContext context)
        {
            context.State = current;
            try
            {
                continuation.Run(context);
            }
            finally
            {
                context.State = Middle!;
            }
        }
    }
}
