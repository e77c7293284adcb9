using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// The strict operators of TLA+ itself (no EXTENDS needed). The Boolean connectives are not here:
/// <c>/\ \/ =&gt;</c> do not evaluate all their operands, so the evaluator handles them.
/// </summary>
internal static class CoreModule
{
    public static BuiltinModule Create() => new ModuleBuilder(StandardModuleNames.Core)
        .Constant("BOOLEAN", FiniteSetValue.Boolean)
        .Constant("STRING", StringsSetValue.Instance)
        .Strict("=", 2, EqualityOperators.Equal)
        .Strict("/=", 2, EqualityOperators.NotEqual)
        .Strict("\\in", 2, EqualityOperators.In)
        .Strict("\\notin", 2, EqualityOperators.NotIn)
        .Strict("\\cup", 2, SetOperators.Union)
        .Strict("\\cap", 2, SetOperators.Intersection)
        .Strict("\\", 2, SetOperators.Difference)
        .Strict("\\subseteq", 2, SetOperators.SubsetEq)
        .Strict("SUBSET", 1, SetOperators.PowerSet)
        .Strict("UNION", 1, SetOperators.BigUnion)
        .Strict("DOMAIN", 1, DomainOperator.Domain)
        .Build();
}
