using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// <c>f[x \in S] == body</c>: the function is computed point by point and memoised, so that
/// recursive references (<c>f[n - 1]</c>) work and infinite domains (<c>Nat</c>) can be applied.
/// The body is an operator whose parameters are the bound names; <c>f</c> is a slot of the
/// defining frame that holds the memo while the function is in use.
/// </summary>
public sealed class RecursiveFunctionExpr(BoundVariables[] bindings, OperatorDefinition body, int selfSlot, SourceSpan span)
    : Expr(span, MaxLevel(body.Level, ExistsExpr.Sets(bindings)))
{
    internal BoundVariables[] Bindings { get; } = bindings;
    internal OperatorDefinition Body { get; } = body;

    internal override Value Eval(Frame frame, EvalContext context) => CreateMemo(frame, context).ToValue(context, this);

    internal RecursiveFunctionMemo CreateMemo(Frame frame, EvalContext context)
    {
        var positions = new List<(Value Set, BoundVariables Binding, int Slot)>();
        foreach (var b in Bindings)
        {
            var set = b.Set.Eval(frame, context);
            if (set is not SetValue)
            {
                throw b.Set.Fail($"The domain of a function must be a set, not {set}.");
            }

            if (b.IsTuple)
            {
                positions.Add((set, b, -1));
            }
            else
            {
                foreach (var slot in b.Slots)
                {
                    positions.Add((set, b, slot));
                }
            }
        }

        var memo = new RecursiveFunctionMemo(this, [.. positions], frame);
        frame.Slots[selfSlot] = memo;
        return memo;
    }

    /// <summary>The memo of a module-level function definition (cached when it is constant-level).</summary>
    internal static RecursiveFunctionMemo? MemoOf(CallExpr call, Frame frame, EvalContext context)
    {
        var definition = call.Definition;
        if (definition.Body is not RecursiveFunctionExpr function)
        {
            return null;
        }

        if (definition.CacheIndex >= 0)
        {
            switch (context.Cache[definition.CacheIndex])
            {
                case Value:
                    return null;
                case RecursiveFunctionMemo cached:
                    return cached;
            }
        }

        var memo = function.CreateMemo(new Frame(definition.FrameSize, Invocation.ParentFrame(definition, call.ParentUp, frame)), context);
        if (definition.CacheIndex >= 0)
        {
            context.Cache[definition.CacheIndex] = memo;
        }

        return memo;
    }
}

/// <summary>The points computed so far of one recursive function.</summary>
internal sealed class RecursiveFunctionMemo(RecursiveFunctionExpr owner, (Value Set, BoundVariables Binding, int Slot)[] positions, Frame definingFrame)
{
    private readonly Dictionary<Value, Value> points = [];
    private Value? complete;

    public Value Apply(Value argument, EvalContext context, Expr at)
    {
        // A memo of a constant-level definition is shared by the model's threads.
        lock (points)
        {
            return ApplyLocked(argument, context, at);
        }
    }

    private Value ApplyLocked(Value argument, EvalContext context, Expr at)
    {
        if (points.TryGetValue(argument, out var known))
        {
            return known;
        }

        var frame = new Frame(owner.Body.FrameSize, definingFrame);
        try
        {
            if (!BindPoint(argument, frame))
            {
                throw at.Fail($"Attempted to apply function:\n{owner.Span.ToTlcString(owner.Body.Module)}\nto argument {argument}, which is not in the domain of the function.");
            }
        }
        catch (EvaluationException e)
        {
            throw at.Wrap(e);
        }

        DepthGuard.Check(at);
        var value = owner.Body.Body!.Eval(frame, context);
        points[argument] = value;
        return value;
    }

    /// <summary>Checks that the argument is in the domain and writes its components into the frame.</summary>
    private bool BindPoint(Value argument, Frame frame)
    {
        if (positions.Length == 1)
        {
            return BindPosition(0, argument, frame);
        }

        if (argument is not FunctionValue { IsSequence: true } tuple || tuple.Count != positions.Length)
        {
            return false;
        }

        for (var i = 0; i < positions.Length; i++)
        {
            if (!BindPosition(i, tuple.ValueAt(i), frame))
            {
                return false;
            }
        }

        return true;
    }

    private bool BindPosition(int p, Value value, Frame frame)
    {
        var (set, binding, slot) = positions[p];
        if (!EvalValues.Contains(set, value))
        {
            return false;
        }

        if (slot >= 0)
        {
            frame.Slots[slot] = value;
            return true;
        }

        if (value is not FunctionValue { IsSequence: true } tuple || tuple.Count != binding.Slots.Length)
        {
            return false;
        }

        for (var i = 0; i < binding.Slots.Length; i++)
        {
            frame.Slots[binding.Slots[i]] = tuple.ValueAt(i);
        }

        return true;
    }

    /// <summary>The whole function as a value (its domain must be finite).</summary>
    public Value ToValue(EvalContext context, Expr at)
    {
        if (complete is not null)
        {
            return complete;
        }

        if (positions.Length == 1)
        {
            var domain = EvalValues.EnumerableSet(positions[0].Set, at);
            var values = new Value[domain.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Apply(domain[i], context, at);
            }

            complete = FunctionValue.OverDomain(domain, values);
            return complete;
        }

        var sets = new Value[positions.Length];
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i] = positions[i].Set;
        }

        var keys = EvalValues.EnumerableSet(EvalValues.Product(sets), at);
        var results = new Value[keys.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Apply(keys[i], context, at);
        }

        complete = FunctionValue.OverDomain(keys, results);
        return complete;
    }
}
