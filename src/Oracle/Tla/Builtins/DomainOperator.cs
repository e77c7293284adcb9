using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// <c>DOMAIN f</c>. Application <c>f[x]</c>, field selection and EXCEPT are syntax the evaluator
/// handles itself, with <see cref="FunctionOperations"/>.
/// </summary>
internal static class DomainOperator
{
    public static Value Domain(ReadOnlySpan<Value> a, BuiltinContext _) => FunctionOperations.Domain(a[0]);
}
