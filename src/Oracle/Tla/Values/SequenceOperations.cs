namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// The Sequences module on functions whose domain is <c>1..n</c>: <c>Len Append Head Tail SubSeq
/// \o SelectSeq</c>. A non-sequence argument is an evaluation error worded as TLC words it.
/// </summary>
public static class SequenceOperations
{
    /// <summary>The value as a sequence, or TLC's argument error for <paramref name="operatorName"/>.</summary>
    public static FunctionValue ExpectSequence(Value value, string operatorName, int argumentPosition = 1) =>
        AsSequence(value) ?? throw ArgumentError(argumentPosition, operatorName, "sequence", value);

    /// <summary><c>Len(s)</c>.</summary>
    public static IntValue Len(Value sequence) =>
        IntValue.Of((AsSequence(sequence) ?? throw SingleArgumentError("Len", sequence)).Count);

    /// <summary><c>Append(s, e)</c>.</summary>
    public static FunctionValue Append(Value sequence, Value element)
    {
        FunctionValue s = AsSequence(sequence) ?? throw FormError("Append(s, v)", "s", sequence);
        var items = new Value[s.Count + 1];
        s.Values.CopyTo(items);
        items[^1] = element;
        return FunctionValue.SequenceOwned(items);
    }

    /// <summary><c>Head(s)</c>; the empty sequence is an error.</summary>
    public static Value Head(Value sequence)
    {
        FunctionValue s = AsSequence(sequence) ?? throw SingleArgumentError("Head", sequence);
        return s.Count == 0 ? throw EmptySequence("Head") : s.ValueAt(0);
    }

    /// <summary><c>Tail(s)</c>; the empty sequence is an error.</summary>
    public static FunctionValue Tail(Value sequence)
    {
        FunctionValue s = AsSequence(sequence) ?? throw SingleArgumentError("Tail", sequence);
        return s.Count == 0 ? throw EmptySequence("Tail") : FunctionValue.SequenceOwned(s.Values[1..].ToArray());
    }

    /// <summary><c>s \o t</c>.</summary>
    public static FunctionValue Concat(Value first, Value second)
    {
        FunctionValue s = AsSequence(first) ?? throw FormError("s \\o t", "s", first);
        FunctionValue t = AsSequence(second) ?? throw FormError("t \\o s", "s", second);
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
        IntValue m = from as IntValue ?? throw ArgumentError(2, "SubSeq", "natural number", from);
        IntValue n = to as IntValue ?? throw ArgumentError(3, "SubSeq", "natural number", to);
        if (m.CompareNumerically(n) > 0)
        {
            return FunctionValue.EmptySequence;
        }
        if (!m.TryGetInt32(out int low) || low < 1 || low > s.Count)
        {
            throw NotInDomain(2, "SubSeq", sequence, from);
        }
        if (!n.TryGetInt32(out int high) || high > s.Count)
        {
            throw NotInDomain(3, "SubSeq", sequence, to);
        }
        return low == 1 && high == s.Count ? s : FunctionValue.SequenceOwned(s.Values[(low - 1)..high].ToArray());
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

    private static FunctionValue? AsSequence(Value value) => FunctionValue.AsFunction(value) is { IsSequence: true } s ? s : null;

    private static string Ordinal(int position) => position switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        _ => position.ToString(System.Globalization.CultureInfo.InvariantCulture) + "th",
    };

    private static EvaluationException ArgumentError(int position, string operatorName, string expected, Value actual) =>
        new("The " + Ordinal(position) + " argument of " + operatorName + " should be a " + expected
            + ", but instead it is:\n" + ValuePrinter.ForMessage(actual));

    private static EvaluationException SingleArgumentError(string operatorName, Value actual) =>
        new("The argument of " + operatorName + " should be a sequence, but instead it is:\n" + ValuePrinter.ForMessage(actual));

    private static EvaluationException EmptySequence(string operatorName) =>
        new("Attempted to apply " + operatorName + " to the empty sequence.");

    private static EvaluationException FormError(string form, string operand, Value actual) =>
        new("Evaluating an expression of the form " + form + " when " + operand + " is not a sequence:\n"
            + ValuePrinter.ForMessage(actual));

    private static EvaluationException NotInDomain(int position, string operatorName, Value sequence, Value actual) =>
        new("The " + Ordinal(position) + " argument of " + operatorName + " must be in the domain of its first argument:\n"
            + ValuePrinter.ForMessage(sequence) + "\n, but instead it is\n" + ValuePrinter.ForMessage(actual));
}
