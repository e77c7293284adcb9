using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary><c>Cardinality</c> and <c>IsFiniteSet</c> from the FiniteSets module.</summary>
internal static class FiniteSetOperators
{
    public static Value Cardinality(ReadOnlySpan<Value> a, BuiltinContext _)
    {
        if (a[0] is SetValue { IsFinite: true } set)
        {
            return SetOperations.Cardinality(set);
        }
        throw new EvaluationException("Attempted to compute cardinality of the value\n" + a[0]);
    }

    public static Value IsFiniteSet(ReadOnlySpan<Value> a, BuiltinContext _) =>
        a[0] is SetValue set
            ? BoolValue.Of(set.IsFinite)
            : throw TlcMessages.SingleArgumentError("IsFiniteSet", "set", a[0]);
}
