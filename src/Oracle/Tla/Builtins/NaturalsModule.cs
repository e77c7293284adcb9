using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>The Naturals module: <c>Nat + - * ^ \div % &lt; &lt;= &gt; &gt;= ..</c> (<c>-</c> binary only).</summary>
internal static class NaturalsModule
{
    public static BuiltinModule Create() => new ModuleBuilder(StandardModuleNames.Naturals)
        .Constant("Nat", NaturalsSetValue.Instance)
        .Strict("+", 2, ArithmeticOperators.Plus)
        .Strict("-", 2, ArithmeticOperators.Minus)
        .Strict("*", 2, ArithmeticOperators.Times)
        .Strict("^", 2, ArithmeticOperators.Power)
        .Strict("\\div", 2, ArithmeticOperators.Divide)
        .Strict("%", 2, ArithmeticOperators.Modulo)
        .Strict("<", 2, ArithmeticOperators.LessThan)
        .Strict("<=", 2, ArithmeticOperators.LessOrEqual)
        .Strict(">", 2, ArithmeticOperators.GreaterThan)
        .Strict(">=", 2, ArithmeticOperators.GreaterOrEqual)
        .Strict("..", 2, ArithmeticOperators.Range)
        .Build();
}
