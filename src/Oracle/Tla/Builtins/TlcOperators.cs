using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// The operators of TLC's TLC module that are plain functions of their arguments or of the
/// <see cref="BuiltinContext"/>: <c>:&gt; @@ Print PrintT Assert ToString TLCGet TLCSet JavaTime
/// TLCEval RandomElement</c>. Permutations and SortSeq have their own classes.
/// </summary>
internal static class TlcOperators
{
    /// <summary><c>d :&gt; e</c>: the function with domain <c>{d}</c> mapping d to e.</summary>
    public static Value SingletonFunction(ReadOnlySpan<Value> a, BuiltinContext _) =>
        FunctionOperations.SingletonFunction(a[0], a[1]);

    /// <summary><c>f @@ g</c>: f on DOMAIN f, g on the rest of DOMAIN g (the left operand wins).</summary>
    public static Value Combine(ReadOnlySpan<Value> a, BuiltinContext _) =>
        FunctionOperations.Merge(
            a[0] as FunctionValue ?? throw TlcMessages.ArgumentError(1, "@@", "function", a[0]),
            a[1] as FunctionValue ?? throw TlcMessages.ArgumentError(2, "@@", "function", a[1]));

    /// <summary><c>Print(out, val)</c>: prints <c>out</c> and <c>val</c> separated by two spaces, as TLC does, and yields val.</summary>
    public static Value Print(ReadOnlySpan<Value> a, BuiltinContext context)
    {
        context.Output.WriteLine(a[0].ToString() + "  " + a[1].ToString());
        return a[1];
    }

    /// <summary><c>PrintT(out)</c>: prints out and yields TRUE.</summary>
    public static Value PrintT(ReadOnlySpan<Value> a, BuiltinContext context)
    {
        context.Output.WriteLine(a[0].ToString());
        return BoolValue.True;
    }

    /// <summary><c>Assert(val, out)</c>: TRUE when val is TRUE; anything else fails with out.</summary>
    public static Value Assert(ReadOnlySpan<Value> a, BuiltinContext _) =>
        a[0] is BoolValue { Value: true } ? BoolValue.True : throw new AssertionFailedException(a[1]);

    /// <summary><c>ToString(v)</c>: the string TLC prints for v.</summary>
    public static Value ToStringOperator(ReadOnlySpan<Value> a, BuiltinContext _) => TlcOperations.ToStringValue(a[0]);

    /// <summary><c>TLCEval(v)</c>: v (values are always fully evaluated here).</summary>
    public static Value Eval(ReadOnlySpan<Value> a, BuiltinContext _) => a[0];

    /// <summary>
    /// <c>JavaTime</c>: the wall-clock time in seconds since the epoch, with the top bit cleared as
    /// TLC does so that it stays a natural number.
    /// </summary>
    public static Value JavaTime(ReadOnlySpan<Value> a, BuiltinContext _) =>
        IntValue.Of(DateTimeOffset.UtcNow.ToUnixTimeSeconds() & 0x7FFFFFFF);

    /// <summary><c>TLCGet(i)</c> for a register index, <c>TLCGet("level")</c>, or another statistic the context supplies.</summary>
    public static Value TlcGet(ReadOnlySpan<Value> a, BuiltinContext context)
    {
        switch (a[0])
        {
            case IntValue index when index.TryGetInt32(out int i) && context.GetRegister(i) is { } stored:
                return stored;
            case StringValue { Text: "level" } when context.Level is long level:
                return IntValue.Of(level);
            case StringValue name when context.Statistics?.Invoke(name.Text) is { } statistic:
                return statistic;
            default:
                throw new EvaluationException("TLCGet(" + a[0] + ") was undefined.");
        }
    }

    /// <summary><c>TLCSet(i, v)</c>: stores v in register i (a natural number) and yields TRUE.</summary>
    public static Value TlcSet(ReadOnlySpan<Value> a, BuiltinContext context)
    {
        if (a[0] is IntValue index && index.TryGetInt32(out int i) && i >= 0)
        {
            context.SetRegister(i, a[1]);
            return BoolValue.True;
        }
        throw TlcMessages.ArgumentError(1, "TLCSet", "nonnegative integer", a[0]);
    }

    /// <summary><c>RandomElement(S)</c>: an element of the finite non-empty set S, drawn from the context's generator.</summary>
    public static Value RandomElement(ReadOnlySpan<Value> a, BuiltinContext context)
    {
        if (a[0] is not SetValue { IsFinite: true } set)
        {
            throw TlcMessages.NotA("RandomElement", "a finite set", a[0]);
        }
        FiniteSetValue elements = set.ToFiniteSet();
        if (elements.Count == 0)
        {
            throw new EvaluationException("Attempted to apply RandomElement to the empty set.");
        }
        return elements[context.Random.Next(elements.Count)];
    }
}
