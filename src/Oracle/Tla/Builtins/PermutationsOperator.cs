using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// <c>Permutations(S)</c>: the set of all bijections from the finite set S onto itself, as
/// functions with domain S (<c>{&lt;&lt;&gt;&gt;}</c> for the empty set). The enumeration is
/// <see cref="TlcOperations.Permutations"/>; this checks the operand with TLC's wording.
/// </summary>
internal static class PermutationsOperator
{
    public static Value Permutations(ReadOnlySpan<Value> a, BuiltinContext _) =>
        a[0] is SetValue { IsFinite: true } set
            ? TlcOperations.Permutations(set)
            : throw TlcMessages.NotA("Permutations", "a finite set", a[0]);
}
