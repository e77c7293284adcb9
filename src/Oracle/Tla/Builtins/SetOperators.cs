using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// <c>\cup \cap \ \subseteq SUBSET UNION</c>: the operand checks with TLC's wording; the set
/// algebra itself is <see cref="SetOperations"/> (eager on finite sets, membership-only when an
/// operand is infinite, so <c>S \cap Nat</c> and <c>{1} \subseteq Nat</c> work as in TLC).
/// </summary>
internal static class SetOperators
{
    public static Value Union(ReadOnlySpan<Value> a, BuiltinContext _) =>
        SetOperations.Union(Set(a[0], 1, "\\cup"), Set(a[1], 2, "\\cup"));

    public static Value Intersection(ReadOnlySpan<Value> a, BuiltinContext _) =>
        SetOperations.Intersect(Set(a[0], 1, "\\cap"), Set(a[1], 2, "\\cap"));

    public static Value Difference(ReadOnlySpan<Value> a, BuiltinContext _) =>
        SetOperations.Difference(Set(a[0], 1, "\\"), Set(a[1], 2, "\\"));

    public static Value SubsetEq(ReadOnlySpan<Value> a, BuiltinContext _) =>
        BoolValue.Of(SetOperations.IsSubsetEq(Set(a[0], 1, "\\subseteq"), Set(a[1], 2, "\\subseteq")));

    public static Value PowerSet(ReadOnlySpan<Value> a, BuiltinContext _) =>
        PowerSetValue.Of(Set(a[0], 1, "SUBSET"));

    public static Value BigUnion(ReadOnlySpan<Value> a, BuiltinContext _) =>
        SetOperations.BigUnion(Set(a[0], 1, "UNION"));

    /// <summary>The operand as a set, or TLC's "should be a set" error naming its position.</summary>
    internal static SetValue Set(Value value, int position, string operatorName) =>
        value as SetValue ?? throw TlcMessages.ArgumentError(position, operatorName, "set", value);
}
