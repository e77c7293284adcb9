using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// The operators of Naturals and Integers over unbounded integers (TLC's are 32-bit; GraphSpec
/// follows TLA+). The arithmetic itself and its error texts live in <see cref="IntArithmetic"/>;
/// this class checks that the operands are integers, with TLC's wording when they are not.
/// </summary>
internal static class ArithmeticOperators
{
    public static Value Plus(ReadOnlySpan<Value> a, BuiltinContext _) =>
        IntArithmetic.Add(Integer(a, 0, "+"), Integer(a, 1, "+"));

    public static Value Minus(ReadOnlySpan<Value> a, BuiltinContext _) =>
        IntArithmetic.Subtract(Integer(a, 0, "-"), Integer(a, 1, "-"));

    public static Value Times(ReadOnlySpan<Value> a, BuiltinContext _) =>
        IntArithmetic.Multiply(Integer(a, 0, "*"), Integer(a, 1, "*"));

    public static Value Power(ReadOnlySpan<Value> a, BuiltinContext _) =>
        IntArithmetic.Power(Integer(a, 0, "^"), Integer(a, 1, "^"));

    public static Value Divide(ReadOnlySpan<Value> a, BuiltinContext _) =>
        IntArithmetic.Divide(Integer(a, 0, "\\div"), Integer(a, 1, "\\div"));

    public static Value Modulo(ReadOnlySpan<Value> a, BuiltinContext _) =>
        IntArithmetic.Modulo(Integer(a, 0, "%"), Integer(a, 1, "%"));

    public static Value Negate(ReadOnlySpan<Value> a, BuiltinContext _) =>
        IntArithmetic.Negate(IntArithmetic.ExpectInteger(a[0], 1, "-"));

    public static Value LessThan(ReadOnlySpan<Value> a, BuiltinContext _) =>
        BoolValue.Of(Integer(a, 0, "<").CompareNumerically(Integer(a, 1, "<")) < 0);

    public static Value LessOrEqual(ReadOnlySpan<Value> a, BuiltinContext _) =>
        BoolValue.Of(Integer(a, 0, "<=").CompareNumerically(Integer(a, 1, "<=")) <= 0);

    public static Value GreaterThan(ReadOnlySpan<Value> a, BuiltinContext _) =>
        BoolValue.Of(Integer(a, 0, ">").CompareNumerically(Integer(a, 1, ">")) > 0);

    public static Value GreaterOrEqual(ReadOnlySpan<Value> a, BuiltinContext _) =>
        BoolValue.Of(Integer(a, 0, ">=").CompareNumerically(Integer(a, 1, ">=")) >= 0);

    /// <summary><c>a..b</c>: empty when b &lt; a.</summary>
    public static Value Range(ReadOnlySpan<Value> a, BuiltinContext _) =>
        IntervalValue.Range(Integer(a, 0, ".."), Integer(a, 1, ".."));

    private static IntValue Integer(ReadOnlySpan<Value> arguments, int index, string operatorName) =>
        arguments[index] as IntValue ?? IntArithmetic.ExpectInteger(arguments[index], index + 1, operatorName);
}
