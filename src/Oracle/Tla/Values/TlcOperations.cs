namespace GraphSpec.Oracle.Tla.Values;

/// <summary>The TLC module's value operators: <c>Permutations</c>, <c>SortSeq</c>, <c>ToString</c>.</summary>
public static class TlcOperations
{
    /// <summary><c>Permutations(S)</c>: the set of bijections from S onto itself.</summary>
    public static FiniteSetValue Permutations(SetValue set)
    {
        FiniteSetValue normal = set.ToFiniteSet();
        int n = normal.Count;
        if (n > 10)
        {
            throw new EvaluationException("Attempted to compute Permutations of a set with more than 10 elements:\n" + ValuePrinter.ForMessage(set));
        }
        Value[] keys = normal.ItemsArray;
        var builder = new SetBuilder(Factorial(n));
        var current = new Value[n];
        var used = new bool[n];
        Fill(0);
        return builder.ToSet();

        void Fill(int position)
        {
            if (position == n)
            {
                builder.Add(FunctionValue.FromSortedKeys(keys, (Value[])current.Clone()));
                return;
            }
            for (int i = 0; i < n; i++)
            {
                if (!used[i])
                {
                    used[i] = true;
                    current[position] = keys[i];
                    Fill(position + 1);
                    used[i] = false;
                }
            }
        }
    }

    /// <summary><c>ToString(v)</c>: the value as TLC prints it.</summary>
    public static StringValue ToStringValue(Value value) => StringValue.Of(value.ToString());

    private static int Factorial(int n)
    {
        int result = 1;
        for (int i = 2; i <= n; i++)
        {
            result *= i;
        }
        return result;
    }
}
