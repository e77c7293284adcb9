using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

public sealed class ExistsExpr(BoundVariables[] bindings, Expr body, SourceSpan span)
    : Expr(span, MaxLevel(body.Level, Sets(bindings)))
{
    public IReadOnlyList<BoundVariables> Bindings => bindings;
    public Expr Body { get; } = body;

    internal static Expr[] Sets(BoundVariables[] bindings)
    {
        var sets = new Expr[bindings.Length];
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i] = bindings[i].Set;
        }

        return sets;
    }

    /// <summary>The slot of the only bound name when there is one plain binder (the common case), else -1.</summary>
    private readonly int singleSlot = SingleSlot(bindings);

    internal static int SingleSlot(BoundVariables[] bindings) =>
        bindings.Length == 1 && !bindings[0].IsTuple && bindings[0].Slots.Length == 1 ? bindings[0].Slots[0] : -1;

    /// <summary>
    /// True for <c>x, y \in S</c> (one binder, two plain names): such pairs are common in
    /// invariants and are iterated without allocating the arrays of a <see cref="Combinations"/>.
    /// </summary>
    private readonly bool isPair = IsPair(bindings);

    internal static bool IsPair(BoundVariables[] bindings) =>
        bindings.Length == 1 && !bindings[0].IsTuple && bindings[0].Slots.Length == 2;

    internal override Value Eval(Frame frame, EvalContext context) =>
        BoolValue.Of(AnyBinding(bindings, singleSlot, isPair, Body, wanted: true, frame, context, this));

    /// <summary>
    /// Whether some binding of the bound variables makes <paramref name="body"/> evaluate to
    /// <paramref name="wanted"/>: \E asks for TRUE, \A for FALSE (a counterexample). One loop
    /// for both, with allocation-free paths for one variable and for a pair over one set.
    /// </summary>
    internal static bool AnyBinding(BoundVariables[] bindings, int singleSlot, bool isPair, Expr body, bool wanted, Frame frame, EvalContext context, Expr node)
    {
        if (singleSlot >= 0)
        {
            var set = EvalValues.EnumerableSet(bindings[0].Set.Eval(frame, context), bindings[0].Set);
            for (var i = 0; i < set.Count; i++)
            {
                frame.Slots[singleSlot] = set[i];
                if (body.EvalBool(frame, context) == wanted)
                {
                    return true;
                }
            }

            return false;
        }

        if (isPair)
        {
            // The same order as Combinations: the first name varies slowest.
            var (first, second) = (bindings[0].Slots[0], bindings[0].Slots[1]);
            var set = EvalValues.EnumerableSet(bindings[0].Set.Eval(frame, context), bindings[0].Set);
            for (var i = 0; i < set.Count; i++)
            {
                frame.Slots[first] = set[i];
                for (var j = 0; j < set.Count; j++)
                {
                    frame.Slots[second] = set[j];
                    if (body.EvalBool(frame, context) == wanted)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var combinations = new Combinations(bindings, frame, context, node);
        while (combinations.MoveNext())
        {
            if (body.EvalBool(frame, context) == wanted)
            {
                return true;
            }
        }

        return false;
    }

    internal override void Enumerate(Frame frame, EvalContext context, Continuation continuation)
    {
        if (singleSlot >= 0)
        {
            var set = EvalValues.EnumerableSet(bindings[0].Set.Eval(frame, context), bindings[0].Set);
            for (var i = 0; i < set.Count && !context.StopRequested; i++)
            {
                frame.Slots[singleSlot] = set[i];
                if (!context.LabelLocked)
                {
                    context.ActionSpan = Body.Span;
                }

                Body.Enumerate(frame, context, continuation);
            }

            return;
        }

        var combinations = new Combinations(bindings, frame, context, this);
        while (!context.StopRequested && combinations.MoveNext())
        {
            if (!context.LabelLocked)
            {
                context.ActionSpan = Body.Span;
            }

            Body.Enumerate(frame, context, continuation);
        }
    }
}

public sealed class ForallExpr(BoundVariables[] bindings, Expr body, SourceSpan span)
    : Expr(span, MaxLevel(body.Level, ExistsExpr.Sets(bindings)))
{
    public IReadOnlyList<BoundVariables> Bindings => bindings;
    public Expr Body { get; } = body;

    private readonly int singleSlot = ExistsExpr.SingleSlot(bindings);
    private readonly bool isPair = ExistsExpr.IsPair(bindings);

    internal override Value Eval(Frame frame, EvalContext context) =>
        BoolValue.Of(!ExistsExpr.AnyBinding(bindings, singleSlot, isPair, Body, wanted: false, frame, context, this));
}

/// <summary><c>CHOOSE x \in S : P</c>: the first element of S in normal order that satisfies P.</summary>
public sealed class ChooseExpr(BoundVariables binding, Expr body, SourceSpan span)
    : Expr(span, MaxLevel(body.Level, binding.Set))
{
    internal override Value Eval(Frame frame, EvalContext context)
    {
        var combinations = new Combinations([binding], frame, context, this);
        while (combinations.MoveNext())
        {
            if (Body.EvalBool(frame, context))
            {
                return BoundValue(frame);
            }
        }

        throw Fail("Attempted to compute the value of an expression of form CHOOSE x \\in S: P, but no element of S satisfied P.");
    }

    public Expr Body { get; } = body;

    private Value BoundValue(Frame frame)
    {
        var slots = binding.Slots;
        if (!binding.IsTuple)
        {
            return (Value)frame.Slots[slots[0]]!;
        }

        var items = new Value[slots.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = (Value)frame.Slots[slots[i]]!;
        }

        return FunctionValue.Sequence(items);
    }
}
