using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>The value operations the evaluator's nodes need, in one place.</summary>
internal static class EvalValues
{
    public static readonly Value BooleanSet = FiniteSetValue.Boolean;

    public static bool Contains(Value set, Value element) =>
        set is SetValue s
            ? s.Contains(element)
            : throw new EvaluationException($"Attempted to check if the value:\n{element}\nis an element of the non-set value:\n{set}");

    public static IEnumerable<Value> Enumerate(Value set) =>
        set is SetValue s
            ? (s.IsFinite ? s.Enumerate() : throw new EvaluationException($"Attempted to enumerate the set:\n{set}\nwhich is not a finite set."))
            : throw new EvaluationException($"Attempted to enumerate the non-set value:\n{set}");

    /// <summary>The set in normal order, for iteration by index; errors carry <paramref name="at"/>'s span.</summary>
    public static FiniteSetValue EnumerableSet(Value value, Expr at)
    {
        if (value is FiniteSetValue finite)
        {
            return finite;
        }

        if (value is not SetValue set)
        {
            throw at.Fail($"Attempted to enumerate the non-set value:\n{value}");
        }

        try
        {
            return set.ToFiniteSet();
        }
        catch (EvaluationException e)
        {
            throw at.Wrap(e);
        }
    }

    /// <summary>A set from values in any order (the array is taken over).</summary>
    public static FiniteSetValue SetOf(Value[] items, int count) => FiniteSetValue.FromOwnedUnsorted(items, count);

    public static Value Product(Value[] sets) => ProductSetValue.Of(AsSets(sets));

    public static Value FunctionSet(Value domain, Value range) => FunctionSetValue.Of(AsSet(domain), AsSet(range));

    public static Value RecordSet(StringValue[] names, Value[] sets)
    {
        var fieldNames = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            fieldNames[i] = names[i].Text;
        }

        return RecordSetValue.Of(fieldNames, AsSets(sets));
    }

    private static SetValue AsSet(Value value) =>
        value as SetValue ?? throw new EvaluationException($"A set was expected, but found:\n{value}");

    private static SetValue[] AsSets(Value[] values)
    {
        var sets = new SetValue[values.Length];
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i] = AsSet(values[i]);
        }

        return sets;
    }
}
