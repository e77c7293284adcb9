namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// The Sequences module on functions whose domain is <c>1..n</c>: <c>Len Append Head Tail SubSeq
/// \o SelectSeq</c>. A non-sequence argument is an evaluation error.
/// </summary>
public static class SequenceOperations
{
    /// <summary>The value as a sequence, or TLC's argument error for <paramref name="operatorName"/>.</summary>
    public static FunctionValue ExpectSequence(Value value, string operatorName, int argumentPosition = 1)
    {
        if (FunctionValue.AsFunction(value) is { IsSequence: true } sequence)
        {
            return sequence;
        }
        throw ArgumentError(argumentPosition, operatorName, "sequence", value);
    }

    /// <summary><c>Len(s)</c>.</summary>
    public static IntValue Len(Value sequence) => IntValue.Of(ExpectSequence(sequence, "Len").Count);

    /// <summary><c>Append(s, e)</c>.</summary>
    public static FunctionValue Append(Value sequence, Value element)
    {
        FunctionValue s = ExpectSequence(sequence, "Append");
        var items = new Value[s.Count + 1];
        s.Values.CopyTo(items);
        items[^1] = element;
        return FunctionValue.SequenceOwned(items);
    }

    /// <summary><c>Head(s)</c>; the empty sequence is an error.</summary>
    public static Value Head(Value sequence)
    {
        FunctionValue s = ExpectSequence(sequence, "Head");
        if (s.Count == 0)
        {
            throw ArgumentError(1, "Head", "non-empty sequence", sequence);
        }
        return s.ValueAt(0);
    }

    /// <summary><c>Tail(s)</c>; the empty sequence is an error.</summary>
    public static FunctionValue Tail(Value sequence)
    {
        FunctionValue s = ExpectSequence(sequence, "Tail");
        if (s.Count == 0)
        {
            throw ArgumentError(1, "Tail", "non-empty sequence", sequence);
        }
        return FunctionValue.SequenceOwned(s.Values[1..].ToArray());
    }

    /// <summary><c>s \o t</c>.</summary>
    public static FunctionValue Concat(Value first, Value second)
    {
        FunctionValue s = ExpectSequence(first, "\\o", 1);
        FunctionValue t = ExpectSequence(second, "\\o", 2);
        if (t.Count == 0)
        {
            return s;
        }
        if (s.Count == 0)
        {
            return t;
        }
        var items = new Value[s.Count + t.Count];
        s.Values.CopyTo(items);
        t.Values.CopyTo(items.AsSpan(s.Count));
        return FunctionValue.SequenceOwned(items);
    }

    /// <summary>
    /// <c>SubSeq(s, m, n)</c>: the elements m..n; empty when m &gt; n, otherwise m and n must lie
    /// in 1..Len(s).
    /// </summary>
    public static FunctionValue SubSeq(Value sequence, Value from, Value to)
    {
        FunctionValue s = ExpectSequence(sequence, "SubSeq");
        IntValue m = IntArithmetic.ExpectInteger(from, 2, "SubSeq");
        IntValue n = IntArithmetic.ExpectInteger(to, 3, "SubSeq");
        if (m.CompareNumerically(n) > 0)
        {
            return FunctionValue.EmptySequence;
        }
        if (!m.TryGetInt32(out int low) || low < 1 || low > s.Count)
        {
            throw ArgumentError(2, "SubSeq", "natural number in 1.." + s.Count, from);
        }
        if (!n.TryGetInt32(out int high) || high > s.Count)
        {
            throw ArgumentError(3, "SubSeq", "natural number in 1.." + s.Count, to);
        }
        return FunctionValue.SequenceOwned(s.Values[(low - 1)..high].ToArray());
    }

    /// <summary><c>SelectSeq(s, Test)</c>: the subsequence of elements satisfying the test.</summary>
    public static FunctionValue SelectSeq(Value sequence, Func<Value, bool> test)
    {
        FunctionValue s = ExpectSequence(sequence, "SelectSeq");
        var kept = new List<Value>(s.Count);
        foreach (Value item in s.Values)
        {
            if (test(item))
            {
                kept.Add(item);
            }
        }
        return kept.Count == s.Count ? s : FunctionValue.SequenceOwned(kept.ToArray());
    }

    private static EvaluationException ArgumentError(int position, string operatorName, string expected, Value actual)
    {
        string ordinal = position switch
        {
            1 => "first",
            2 => "second",
            3 => "third",
            _ => position.ToString(System.Globalization.CultureInfo.InvariantCulture) + "th",
        };
        string article = expected.Length > 0 && "aeiou".Contains(expected[0], StringComparison.Ordinal) ? "an " : "a ";
        return new EvaluationException(
            "The " + ordinal + " argument of " + operatorName + " should be " + article + expected
            + ", but instead it is:\n" + ValuePrinter.ForMessage(actual));
    }
}
