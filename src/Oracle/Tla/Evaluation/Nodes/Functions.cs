using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary><c>&lt;&lt;a, b&gt;&gt;</c>.</summary>
public sealed class TupleExpr(Expr[] items, SourceSpan span) : Expr(span, MaxLevel(ExpressionLevel.Constant, items))
{
    public IReadOnlyList<Expr> Items => items;

    internal override bool IsClosed => ClosedValues.AllClosed(items);

    private protected override bool CachesClosedValue => true;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var slot = ClosedSlot;
        return slot > 0 && ClosedValues.TryGet(context, slot, out var known) ? known : Remember(context, slot, Build(frame, context));
    }

    private Value Build(Frame frame, EvalContext context)
    {
        if (items.Length == 0)
        {
            return FunctionValue.EmptySequence;
        }

        var values = new Value[items.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = items[i].Eval(frame, context);
        }

        return FunctionValue.SequenceOwned(values);
    }
}

/// <summary><c>[a |-> 1, b |-> 2]</c>.</summary>
public sealed class RecordExpr(StringValue[] names, Expr[] values, SourceSpan span) : Expr(span, MaxLevel(ExpressionLevel.Constant, values))
{
    internal override bool IsClosed => ClosedValues.AllClosed(values);

    private protected override bool CachesClosedValue => true;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var slot = ClosedSlot;
        return slot > 0 && ClosedValues.TryGet(context, slot, out var known) ? known : Remember(context, slot, Build(frame, context));
    }

    private Value Build(Frame frame, EvalContext context)
    {
        var keys = (Value[])names.Clone();
        var items = new Value[values.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = values[i].Eval(frame, context);
        }

        try
        {
            return FunctionValue.FromOwnedPairs(keys, items);
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }
    }
}

/// <summary><c>[x \in S, y \in T |-> e]</c>, built eagerly over a finite domain.</summary>
public sealed class FunctionConstructorExpr(BoundVariables[] bindings, Expr body, SourceSpan span)
    : Expr(span, MaxLevel(body.Level, ExistsExpr.Sets(bindings)))
{
    internal override Value Eval(Frame frame, EvalContext context)
    {
        if (bindings.Length == 1 && !bindings[0].IsTuple && bindings[0].Slots.Length == 1)
        {
            var domain = EvalValues.EnumerableSet(bindings[0].Set.Eval(frame, context), bindings[0].Set);
            var slot = bindings[0].Slots[0];
            var values = new Value[domain.Count];
            for (var i = 0; i < values.Length; i++)
            {
                frame.Slots[slot] = domain[i];
                values[i] = body.Eval(frame, context);
            }

            return FunctionValue.OverDomain(domain, values);
        }

        var keys = new List<Value>();
        var results = new List<Value>();
        var combinations = new Combinations(bindings, frame, context, this);
        while (combinations.MoveNext())
        {
            keys.Add(CurrentKey(frame));
            results.Add(body.Eval(frame, context));
        }

        try
        {
            return FunctionValue.FromOwnedPairs([.. keys], [.. results]);
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }
    }

    /// <summary>
    /// <c>[x \in S |-> e][a]</c> over an infinite S (TLC keeps such functions lazy): checks
    /// <c>a \in S</c> and evaluates e at a. False when the constructor is not of that simple form.
    /// </summary>
    internal bool TryApplyPointwise(Value argument, Frame frame, EvalContext context, out Value value)
    {
        value = null!;
        if (bindings.Length != 1 || bindings[0].IsTuple || bindings[0].Slots.Length != 1)
        {
            return false;
        }

        var domain = bindings[0].Set.Eval(frame, context);
        if (domain is not SetValue { IsFinite: false })
        {
            return false;
        }

        try
        {
            if (!EvalValues.Contains(domain, argument))
            {
                throw Fail($"Attempted to apply the function {Span.ToTlcString(Span.File)} to argument {argument}, which is not in the domain of the function.");
            }
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }

        frame.Slots[bindings[0].Slots[0]] = argument;
        value = body.Eval(frame, context);
        return true;
    }

    /// <summary>The domain element of the current combination: a tuple when there are several variables.</summary>
    private Value CurrentKey(Frame frame)
    {
        var values = new List<Value>();
        foreach (var b in bindings)
        {
            if (b.IsTuple)
            {
                var items = new Value[b.Slots.Length];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = (Value)frame.Slots[b.Slots[i]]!;
                }

                values.Add(FunctionValue.Sequence(items));
            }
            else
            {
                foreach (var slot in b.Slots)
                {
                    values.Add((Value)frame.Slots[slot]!);
                }
            }
        }

        return values.Count == 1 ? values[0] : FunctionValue.Sequence([.. values]);
    }
}

/// <summary><c>f[a]</c>, <c>f[a, b]</c>.</summary>
public sealed class FunctionApplicationExpr(Expr function, Expr[] arguments, SourceSpan span)
    : Expr(span, MaxLevel(function.Level, arguments))
{
    public Expr Function { get; } = function;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var argument = Argument(frame, context);
        // A recursive function being defined (or one over an infinite domain) is applied point-wise.
        var memo = Function switch
        {
            SlotExpr slot => slot.ReadRaw(frame) switch
            {
                RecursiveFunctionMemo m => m,
                Thunk { Expression: RecursiveFunctionExpr recursive } t => recursive.CreateMemo(t.Frame, context), // LET f[x \in S] == …
                _ => null,
            },
            CallExpr { Definition.IsFunction: true } call => RecursiveFunctionExpr.MemoOf(call, frame, context),
            _ => null,
        };
        if (memo is not null)
        {
            return memo.Apply(argument, context, this);
        }

        if (Function is FunctionConstructorExpr constructor && constructor.TryApplyPointwise(argument, frame, context, out var point))
        {
            return point; // [x \in Nat |-> e][a]: no need to build the function
        }

        var f = Function.Eval(frame, context);
        try
        {
            return f is FunctionValue fn
                ? fn.Apply(argument)
                : throw Fail($"A non-function ({f}) was applied as a function.");
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }
    }

    private Value Argument(Frame frame, EvalContext context)
    {
        if (arguments.Length == 1)
        {
            return arguments[0].Eval(frame, context);
        }

        var values = new Value[arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i].Eval(frame, context);
        }

        return FunctionValue.SequenceOwned(values);
    }
}

/// <summary><c>r.a</c>.</summary>
public sealed class FieldAccessExpr(Expr record, StringValue field, SourceSpan span) : Expr(span, record.Level)
{
    internal override Value Eval(Frame frame, EvalContext context)
    {
        var r = record.Eval(frame, context);
        try
        {
            return r is FunctionValue fn
                ? fn.Apply(field)
                : throw Fail($"Attempted to access field {field.Text} of the non-record value {r}.");
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }
    }
}

/// <summary>One step of an EXCEPT path: a field or an index (several indices form a tuple).</summary>
public sealed record ExceptStep(StringValue? Field, Expr[]? Indices);

public sealed record ExceptClauseNode(ExceptStep[] Path, Expr Value, int AtSlot, SourceSpan Span);

/// <summary><c>[f EXCEPT ![a].b = e, …]</c>; <c>@</c> is the old value at the path.</summary>
public sealed class ExceptExpr(Expr function, ExceptClauseNode[] clauses, SourceSpan span)
    : Expr(span, MaxLevel(function.Level, ClauseValues(clauses)))
{
    private static Expr[] ClauseValues(ExceptClauseNode[] clauses)
    {
        var list = new List<Expr>();
        foreach (var c in clauses)
        {
            list.Add(c.Value);
            foreach (var step in c.Path)
            {
                list.AddRange(step.Indices ?? []);
            }
        }

        return [.. list];
    }

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var result = function.Eval(frame, context);
        foreach (var clause in clauses)
        {
            result = Update(result, clause, 0, frame, context);
        }

        return result;
    }

    private Value Update(Value current, ExceptClauseNode clause, int depth, Frame frame, EvalContext context)
    {
        if (depth == clause.Path.Length)
        {
            frame.Slots[clause.AtSlot] = current;
            return clause.Value.Eval(frame, context);
        }

        var step = clause.Path[depth];
        Value key;
        if (step.Field is { } field)
        {
            key = field;
        }
        else if (step.Indices!.Length == 1)
        {
            key = step.Indices[0].Eval(frame, context);
        }
        else
        {
            var items = new Value[step.Indices.Length];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = step.Indices[i].Eval(frame, context);
            }

            key = FunctionValue.SequenceOwned(items);
        }

        if (current is not FunctionValue fn)
        {
            throw Fail($"Attempted to apply EXCEPT to the non-function value {current}.");
        }

        var index = fn.IndexOfKey(key);
        if (index < 0)
        {
            return fn; // TLC leaves the function unchanged when the key is outside its domain
        }

        return fn.WithValueAt(index, Update(fn.ValueAt(index), clause, depth + 1, frame, context));
    }
}
