using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary><c>{a, b, c}</c>.</summary>
public sealed class SetEnumerationExpr(Expr[] elements, SourceSpan span) : Expr(span, MaxLevel(ExpressionLevel.Constant, elements))
{
    internal override bool IsClosed => ClosedValues.AllClosed(elements);

    private protected override bool CachesClosedValue => true;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var slot = ClosedSlot;
        return slot > 0 && ClosedValues.TryGet(context, slot, out var known) ? known : Remember(context, slot, Build(frame, context));
    }

    private Value Build(Frame frame, EvalContext context)
    {
        if (elements.Length == 0)
        {
            return FiniteSetValue.Empty;
        }

        var values = new Value[elements.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = elements[i].Eval(frame, context);
        }

        try
        {
            return EvalValues.SetOf(values, values.Length);
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }
    }
}

/// <summary><c>{x \in S : P}</c>: keeps S's order, so the result needs no sorting.</summary>
public sealed class SetFilterExpr(BoundVariables binding, Expr predicate, SourceSpan span)
    : Expr(span, MaxLevel(predicate.Level, binding.Set))
{
    internal override Value Eval(Frame frame, EvalContext context)
    {
        if (!binding.IsTuple && binding.Set.Eval(frame, context) is SetValue { IsFinite: false } infinite)
        {
            return LazyFilter(infinite, frame, context);
        }

        var kept = new List<Value>();
        var combinations = new Combinations([binding], frame, context, this);
        var slots = binding.Slots;
        while (combinations.MoveNext())
        {
            if (predicate.EvalBool(frame, context))
            {
                if (binding.IsTuple)
                {
                    var items = new Value[slots.Length];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = (Value)frame.Slots[slots[i]]!;
                    }

                    kept.Add(FunctionValue.Sequence(items));
                }
                else
                {
                    kept.Add((Value)frame.Slots[slots[0]]!);
                }
            }
        }

        return EvalValues.SetOf([.. kept], kept.Count);
    }

    /// <summary>
    /// <c>{x \in Nat : P}</c>: membership-only, as TLC keeps it. Each test works on its own copy of
    /// the frame, because the set may be cached and tested from other threads.
    /// </summary>
    private Value LazyFilter(SetValue source, Frame frame, EvalContext context)
    {
        var slot = binding.Slots[0];
        return SetOperations.Filter(
            source,
            element =>
            {
                var copy = new Frame(frame.Slots.Length, frame.Parent);
                Array.Copy(frame.Slots, copy.Slots, frame.Slots.Length);
                copy.Slots[slot] = element;
                return predicate.EvalBool(copy, context);
            },
            $"{{x \\in {source} : P}}");
    }
}

/// <summary><c>{e : x \in S, y \in T}</c>.</summary>
public sealed class SetMapExpr(Expr element, BoundVariables[] bindings, SourceSpan span)
    : Expr(span, MaxLevel(element.Level, ExistsExpr.Sets(bindings)))
{
    internal override Value Eval(Frame frame, EvalContext context)
    {
        var values = new List<Value>();
        var combinations = new Combinations(bindings, frame, context, this);
        while (combinations.MoveNext())
        {
            values.Add(element.Eval(frame, context));
        }

        try
        {
            return EvalValues.SetOf([.. values], values.Count);
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }
    }
}

/// <summary><c>A \X B \X C</c>.</summary>
public sealed class CartesianProductExpr(Expr[] factors, SourceSpan span) : Expr(span, MaxLevel(ExpressionLevel.Constant, factors))
{
    internal override bool IsClosed => ClosedValues.AllClosed(factors);

    private protected override bool CachesClosedValue => true;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var slot = ClosedSlot;
        return slot > 0 && ClosedValues.TryGet(context, slot, out var known) ? known : Remember(context, slot, Build(frame, context));
    }

    private Value Build(Frame frame, EvalContext context)
    {
        var sets = new Value[factors.Length];
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i] = factors[i].Eval(frame, context);
        }

        try
        {
            return EvalValues.Product(sets);
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }
    }
}

/// <summary><c>[S -> T]</c>.</summary>
public sealed class FunctionSetExpr(Expr domain, Expr range, SourceSpan span) : Expr(span, MaxLevel(domain.Level, range))
{
    internal override bool IsClosed => domain.IsClosed && range.IsClosed;

    private protected override bool CachesClosedValue => true;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var slot = ClosedSlot;
        return slot > 0 && ClosedValues.TryGet(context, slot, out var known) ? known : Remember(context, slot, Build(frame, context));
    }

    private Value Build(Frame frame, EvalContext context)
    {
        var d = domain.Eval(frame, context);
        var r = range.Eval(frame, context);
        try
        {
            return EvalValues.FunctionSet(d, r);
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }
    }
}

/// <summary><c>[a : S, b : T]</c>.</summary>
public sealed class RecordSetExpr(StringValue[] names, Expr[] sets, SourceSpan span) : Expr(span, MaxLevel(ExpressionLevel.Constant, sets))
{
    internal override bool IsClosed => ClosedValues.AllClosed(sets);

    private protected override bool CachesClosedValue => true;

    internal override Value Eval(Frame frame, EvalContext context)
    {
        var slot = ClosedSlot;
        return slot > 0 && ClosedValues.TryGet(context, slot, out var known) ? known : Remember(context, slot, Build(frame, context));
    }

    private Value Build(Frame frame, EvalContext context)
    {
        var values = new Value[sets.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = sets[i].Eval(frame, context);
        }

        try
        {
            return EvalValues.RecordSet(names, values);
        }
        catch (EvaluationException e)
        {
            throw Wrap(e);
        }
    }
}
