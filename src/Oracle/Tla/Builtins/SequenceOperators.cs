using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// The operators of the Sequences module. A sequence is a <see cref="FunctionValue"/> whose domain
/// is <c>1..n</c>. As in TLC, <c>Len</c>, <c>Tail</c>, <c>SubSeq</c> and <c>\o</c> also accept
/// strings, which TLA+ defines as sequences of characters.
/// </summary>
internal static class SequenceOperators
{
    /// <summary><c>Seq(S)</c>: the (infinite) set of finite sequences over S, used for membership.</summary>
    public static Value Seq(ReadOnlySpan<Value> a, BuiltinContext _) =>
        SequenceSetValue.Of(SetOperators.Set(a[0], 1, "Seq"));

    public static Value Len(ReadOnlySpan<Value> a, BuiltinContext _)
    {
        return a[0] switch
        {
            FunctionValue { IsSequence: true } s => IntValue.Of(s.Count),
            StringValue text => IntValue.Of(text.Text.Length),
            _ => throw TlcMessages.SingleArgumentError("Len", "sequence", a[0]),
        };
    }

    public static Value Head(ReadOnlySpan<Value> a, BuiltinContext _)
    {
        FunctionValue s = a[0] is FunctionValue { IsSequence: true } seq
            ? seq
            : throw TlcMessages.SingleArgumentError("Head", "sequence", a[0]);
        return s.Count == 0 ? throw TlcMessages.EmptySequence("Head") : s.ValueAt(0);
    }

    public static Value Tail(ReadOnlySpan<Value> a, BuiltinContext _)
    {
        if (a[0] is StringValue text)
        {
            return text.Text.Length == 0
                ? throw TlcMessages.EmptySequence("Tail")
                : StringValue.Of(text.Text[1..]);
        }
        FunctionValue s = a[0] is FunctionValue { IsSequence: true } seq
            ? seq
            : throw TlcMessages.SingleArgumentError("Tail", "sequence", a[0]);
        return s.Count == 0 ? throw TlcMessages.EmptySequence("Tail") : FunctionValue.Sequence(s.Values[1..]);
    }

    public static Value Append(ReadOnlySpan<Value> a, BuiltinContext _)
    {
        FunctionValue s = a[0] is FunctionValue { IsSequence: true } seq
            ? seq
            : throw TlcMessages.EvaluatingFormWhenNot("Append(s, v)", "sequence", a[0]);
        var items = new Value[s.Count + 1];
        s.Values.CopyTo(items);
        items[^1] = a[1];
        return FunctionValue.SequenceOwned(items);
    }

    /// <summary><c>s \o t</c>: concatenation of two sequences, or of two strings.</summary>
    public static Value Concat(ReadOnlySpan<Value> a, BuiltinContext _)
    {
        if (a[0] is StringValue left)
        {
            return a[1] is StringValue right
                ? StringValue.Of(left.Text + right.Text)
                : throw TlcMessages.EvaluatingFormWhenNot("t \\o s", "string", a[1]);
        }
        FunctionValue s = a[0] is FunctionValue { IsSequence: true } first
            ? first
            : throw TlcMessages.EvaluatingFormWhenNot("s \\o t", "sequence", a[0]);
        FunctionValue t = a[1] is FunctionValue { IsSequence: true } second
            ? second
            : throw TlcMessages.EvaluatingFormWhenNot("t \\o s", "sequence", a[1]);
        if (s.Count == 0)
        {
            return t;
        }
        if (t.Count == 0)
        {
            return s;
        }
        var items = new Value[s.Count + t.Count];
        s.Values.CopyTo(items);
        t.Values.CopyTo(items.AsSpan(s.Count));
        return FunctionValue.SequenceOwned(items);
    }

    /// <summary>
    /// <c>SubSeq(s, m, n)</c> = <c>&lt;&lt;s[m], ..., s[n]&gt;&gt;</c>: empty when n &lt; m (whatever m and n
    /// are), otherwise both must lie in <c>1..Len(s)</c>.
    /// </summary>
    public static Value SubSeq(ReadOnlySpan<Value> a, BuiltinContext _)
    {
        string? text = (a[0] as StringValue)?.Text;
        FunctionValue? s = null;
        if (text is null)
        {
            s = a[0] is FunctionValue { IsSequence: true } seq
                ? seq
                : throw TlcMessages.ArgumentError(1, "SubSeq", "sequence", a[0]);
        }
        IntValue m = a[1] as IntValue ?? throw TlcMessages.ArgumentError(2, "SubSeq", "natural number", a[1]);
        IntValue n = a[2] as IntValue ?? throw TlcMessages.ArgumentError(3, "SubSeq", "natural number", a[2]);
        if (m.CompareNumerically(n) > 0)
        {
            return text is null ? FunctionValue.EmptySequence : StringValue.Of("");
        }
        int length = text?.Length ?? s!.Count;
        int begin = IndexIn(m, length) ?? throw TlcMessages.NotInDomain(2, "SubSeq", 1, a[0], m);
        int end = IndexIn(n, length) ?? throw TlcMessages.NotInDomain(3, "SubSeq", 1, a[0], n);
        if (text is not null)
        {
            return StringValue.Of(text.Substring(begin - 1, end - begin + 1));
        }
        if (begin == 1 && end == length)
        {
            return s!;
        }
        return FunctionValue.Sequence(s!.Values[(begin - 1)..end]);
    }

    /// <summary><c>SelectSeq(s, Test)</c>: the elements of s for which Test is TRUE, in order.</summary>
    public static Value SelectSeq(ReadOnlySpan<Value> values, ReadOnlySpan<OperatorArgument> operators, BuiltinContext _)
    {
        FunctionValue s = values[0] is FunctionValue { IsSequence: true } seq
            ? seq
            : throw TlcMessages.ArgumentError(1, "SelectSeq", "sequence", values[0]);
        OperatorArgument test = operators[0];
        if (s.Count == 0)
        {
            return s;
        }
        Value[]? kept = null;
        int count = 0;
        ReadOnlySpan<Value> items = s.Values;
        for (int i = 0; i < items.Length; i++)
        {
            Value verdict = test.Apply(items.Slice(i, 1));
            if (verdict is not BoolValue boolean)
            {
                throw new EvaluationException(
                    "The second argument of SelectSeq should be a boolean-valued operator, but instead "
                    + test.DisplayName + " returned:\n" + verdict);
            }
            if (boolean.Value)
            {
                (kept ??= new Value[items.Length])[count++] = items[i];
            }
        }
        if (count == items.Length)
        {
            return s;
        }
        if (kept is null)
        {
            return FunctionValue.EmptySequence;
        }
        Array.Resize(ref kept, count);
        return FunctionValue.SequenceOwned(kept);
    }

    /// <summary>A 1-based index as an int when it lies in <c>1..length</c>.</summary>
    private static int? IndexIn(IntValue index, int length) =>
        index.TryGetInt32(out int i) && i >= 1 && i <= length ? i : null;
}
