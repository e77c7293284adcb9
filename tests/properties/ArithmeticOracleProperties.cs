using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.PropertyTests;

/// <summary>
/// Differential property: the engine's integer arithmetic (64-bit fast path and big integers,
/// floor division, modulus, powers, prefix minus) agrees with an independent BigInteger model on
/// 3,000 random expressions, including values around 2^31, 2^63 and 2^64.
/// </summary>
public class ArithmeticOracleProperties
{
    private static readonly Lazy<ConstantContext> Context = new(() => ConstantContext.Extending("Arith", "Integers"));

    [Property(MaxTest = 3_000, Replay = "(2236067977,264575131)")]
    public Property Integer_expressions_evaluate_as_in_TLA() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 4).SelectMany(IntegerExpression.Generate)),
            expression => BoundedRun.Run("evaluation", () => Check(expression)));

    private static void Check(IntegerExpression expression)
    {
        var result = Context.Value.Evaluate(expression.Text);
        var actual = result.Error is null ? ValuePrinter.Print(result.Value!) : "an error";
        var expected = expression.Value is { } v ? v.ToString() : "an error";
        if (actual != expected)
        {
            throw new ParserContractViolation($"expected {expected}, got {(result.Error is null ? actual : result.Error.ToString())}");
        }
    }
}
