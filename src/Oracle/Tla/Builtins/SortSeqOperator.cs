using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// <c>SortSeq(s, Op)</c>: s sorted so that <c>Op(a, b)</c> holds for each earlier a and later b.
/// It is an insertion sort that moves an element before its predecessor while
/// <c>Op(element, predecessor)</c> holds, exactly as TLC does, so equal elements under a strict
/// order keep their order and results agree with TLC even for orders that are not strict.
/// </summary>
internal static class SortSeqOperator
{
    public static Value SortSeq(ReadOnlySpan<Value> values, ReadOnlySpan<OperatorArgument> operators, BuiltinContext _)
    {
        FunctionValue s = values[0] is FunctionValue { IsSequence: true } seq
            ? seq
            : throw TlcMessages.ArgumentError(1, "SortSeq", "sequence", values[0]);
        OperatorArgument op = operators[0];
        int length = s.Count;
        if (length < 2)
        {
            return s;
        }
        ReadOnlySpan<Value> items = s.Values;
        var sorted = new Value[length];
        var pair = new Value[2];
        sorted[0] = items[0];
        for (int i = 1; i < length; i++)
        {
            Value element = items[i];
            int j = i;
            while (j > 0 && Precedes(op, pair, element, sorted[j - 1]))
            {
                sorted[j] = sorted[j - 1];
                j--;
            }
            sorted[j] = element;
        }
        return FunctionValue.SequenceOwned(sorted);
    }

    private static bool Precedes(OperatorArgument op, Value[] pair, Value left, Value right)
    {
        pair[0] = left;
        pair[1] = right;
        Value verdict = op.Apply(pair);
        return verdict is BoolValue boolean
            ? boolean.Value
            : throw new EvaluationException(
                "The second argument of SortSeq should be a boolean function, but instead it returned:\n" + verdict);
    }
}
