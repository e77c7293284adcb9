using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.PropertyTests;

/// <summary>
/// Differential property: 2,000 random set expressions (union, intersection, difference, filters,
/// maps, UNION, Cardinality, \subseteq, intervals) evaluate to the set an independent model
/// computes, printed in TLC's normal order. The result is wrapped in a filter so that it is an
/// explicit set (TLC prints an untouched interval as lo..hi).
/// </summary>
public class SetOracleProperties
{
    private static readonly Lazy<(ResolvedSpec Spec, ModelContext Model)> Loaded = new(() =>
    {
        var spec = SpecLoader.LoadText("---- MODULE Sets ----\nEXTENDS Integers, FiniteSets\n====\n", "Sets.tla", _ => null).Spec
            ?? throw new InvalidOperationException("the set context does not load");
        return (spec, ModelContext.CreateWithoutConstants(spec));
    });

    [Property(MaxTest = 2_000, Replay = "(3162277660,331662479)")]
    public Property Set_expressions_evaluate_as_in_TLA() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 4).SelectMany(IntegerSetExpression.Generate)),
            expression => BoundedRun.Run("evaluation", () => Check(expression)));

    private static void Check(IntegerSetExpression expression)
    {
        var (spec, model) = Loaded.Value;
        var text = $"{{r \\in {expression.Text} : TRUE}}";
        var bound = spec.BindExpression(text, "expression");
        if (bound.Definition is null)
        {
            throw new ParserContractViolation($"did not resolve: {string.Join("; ", bound.Diagnostics)}");
        }

        var result = model.CreateEvaluator().Evaluate(bound.Definition);
        var expected = IntegerSetExpression.Printed(expression.Value);
        var actual = result.Error is null ? ValuePrinter.Print(result.Value!) : "error: " + result.Error;
        if (actual != expected)
        {
            throw new ParserContractViolation($"expected {expected}, got {actual}");
        }
    }
}
