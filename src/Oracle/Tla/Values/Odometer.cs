namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// Enumerates every choice of one element per position, with the last position varying fastest.
/// Over sets in normal order this yields functions, records and tuples in normal order.
/// </summary>
internal static class Odometer
{
    public static IEnumerable<Value> Enumerate(
        int positions, Func<int, FiniteSetValue> choicesAt, Func<Value[], Value> build)
    {
        var choices = new FiniteSetValue[positions];
        for (int i = 0; i < positions; i++)
        {
            choices[i] = choicesAt(i);
            if (choices[i].Count == 0)
            {
                yield break;
            }
        }
        var digits = new int[positions];
        while (true)
        {
            var values = new Value[positions];
            for (int i = 0; i < positions; i++)
            {
                values[i] = choices[i][digits[i]];
            }
            yield return build(values);
            int position = positions - 1;
            while (position >= 0 && digits[position] == choices[position].Count - 1)
            {
                digits[position] = 0;
                position--;
            }
            if (position < 0)
            {
                yield break;
            }
            digits[position]++;
        }
    }
}
