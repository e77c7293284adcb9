namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>The FiniteSets module (it uses Naturals and Sequences only through <c>LOCAL INSTANCE</c>).</summary>
internal static class FiniteSetsModule
{
    public static BuiltinModule Create() => new ModuleBuilder(StandardModuleNames.FiniteSets)
        .Strict("Cardinality", 1, FiniteSetOperators.Cardinality)
        .Strict("IsFiniteSet", 1, FiniteSetOperators.IsFiniteSet)
        .Build();
}
