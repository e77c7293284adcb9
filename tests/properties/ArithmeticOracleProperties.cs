using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.PropertyTests;

/// <summary>
/// Differential property: the engine's integer arithmetic (64-bit fast path and big integers,
/// floor division, modulus, powers, prefix minus) agrees with an independent BigInteger model on
/// 3,000 random expressions, including values around 2^31, 2^63 and 2^64.
/// </summary>
public class ArithmeticOracleProperties
{
    private static readonly Lazy<(ResolvedSpec Spec, ModelContext Model)> Loaded = new(() =>
    {
        var spec = SpecLoader.LoadText("---- MODULE Arith ----\nEXTENDS Integers\n====\n", "Arith.tla", _ => null).Spec
            ?? throw new InvalidOperationException("the Integers context does not load");
        return (spec, ModelContext.CreateWithoutConstants(spec));
    });

    [Property(MaxTest = 3_000, Replay = "(2236067977,264575131)")]
    public Property Integer_expressions_evaluate_as_in_TLA() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 4).SelectMany(IntegerExpression.Generate)),
            expression => BoundedRun.Run("evaluation", () => Check(expression)));

    private static void Check(IntegerExpression expression)
    {
        var (spec, model) = Loaded.Value;
        var bound = spec.BindExpression(expression.Text, "expression");
        if (bound.Definition is null)
        {
            throw new ParserContractViolation($"did not resolve: {string.Join("; ", bound.Diagnostics)}");
        }

        var result = model.CreateEvaluator().Evaluate(bound.Definition);
        var actual = result.Error is null ? ValuePrinter.Print(result.Value!) : "an error";
        var expected = expression.Value is { } v ? v.ToString() : "an error";
        if (actual != expected)
        {
            throw new ParserContractViolation($"expected {expected}, got {(result.Error is null ? actual : result.Error.ToString())}");
        }
    }
}
