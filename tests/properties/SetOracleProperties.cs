using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GraphSpec.PropertyTests;

/// <summary>
/// Differential property: 2,000 random set expressions (union, intersection, difference, filters,
/// maps, UNION, Cardinality, \subseteq, intervals) evaluate to the set an independent model
/// computes, printed in TLC's normal order. The result is wrapped in a filter so that it is an
/// explicit set (TLC prints an untouched interval as lo..hi).
/// </summary>
public class SetOracleProperties
{
    private static readonly Lazy<ConstantContext> Context = new(() => ConstantContext.Extending("Sets", "Integers, FiniteSets"));

    [Property(MaxTest = 2_000, Replay = "(3162277660,331662479)")]
    public Property Set_expressions_evaluate_as_in_TLA() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 4).SelectMany(IntegerSetExpression.Generate)),
            expression => BoundedRun.Run("evaluation", () => Check(expression)));

    private static void Check(IntegerSetExpression expression)
    {
        var result = Context.Value.Evaluate($"{{r \\in {expression.Text} : TRUE}}");
        var expected = IntegerSetExpression.Printed(expression.Value);
        var actual = ConstantContext.Printed(result);
        if (actual != expected)
        {
            throw new ParserContractViolation($"expected {expected}, got {actual}");
        }
    }
}
