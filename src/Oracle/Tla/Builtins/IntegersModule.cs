using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>The Integers module: everything of Naturals (which it extends), plus <c>Int</c> and prefix minus.</summary>
internal static class IntegersModule
{
    public static BuiltinModule Create() => new ModuleBuilder(StandardModuleNames.Integers, StandardModuleNames.Naturals)
        .Constant("Int", IntegersSetValue.Instance)
        .Strict(OperatorSymbols.Negate, 1, ArithmeticOperators.Negate)
        .Build();
}
