using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// <c>=</c>, <c>/=</c>, <c>\in</c> and <c>\notin</c> with TLC's refusals: <c>2 = "a"</c> and
/// <c>2 \in {"a"}</c> are evaluation errors, not FALSE.
/// </summary>
internal static class EqualityOperators
{
    public static Value Equal(ReadOnlySpan<Value> a, BuiltinContext _) =>
        BoolValue.Of(ValueEquality.TlaEquals(a[0], a[1]));

    public static Value NotEqual(ReadOnlySpan<Value> a, BuiltinContext _) =>
        BoolValue.Of(!ValueEquality.TlaEquals(a[0], a[1]));

    public static Value In(ReadOnlySpan<Value> a, BuiltinContext _) =>
        BoolValue.Of(IsElement(a[0], a[1]));

    public static Value NotIn(ReadOnlySpan<Value> a, BuiltinContext _) =>
        BoolValue.Of(!IsElement(a[0], a[1]));

    /// <summary><c>element \in set</c>; a non-set right operand is an evaluation error.</summary>
    public static bool IsElement(Value element, Value set)
    {
        if (set is SetValue s)
        {
            return s.Contains(element);
        }
        throw new EvaluationException(
            "Attempted to check if the value:\n" + element + "\nis an element of the non-set value:\n" + set);
    }
}
