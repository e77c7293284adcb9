using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.PropertyTests;

/// <summary>
/// The evaluator never throws and never hangs on well-formed expressions: each one resolves and
/// then yields a printable value or an evaluation error, within <see cref="BoundedParse.Limit"/>.
/// </summary>
public class EvaluatorRobustnessProperties
{
    private const string Context = "---- MODULE Eval ----\nEXTENDS Naturals, Integers, Sequences, FiniteSets, TLC\n====\n";

    private static readonly Lazy<(ResolvedSpec Spec, ModelContext Model)> Loaded = new(() =>
    {
        var spec = SpecLoader.LoadText(Context, "Eval.tla", _ => null).Spec
            ?? throw new InvalidOperationException("the standard-module context does not load");
        return (spec, ModelContext.CreateWithoutConstants(spec));
    });

    [Property(MaxTest = 2_000, Replay = "(1414213562,173205081)")]
    public Property Well_formed_expressions_evaluate_to_a_value_or_an_error() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 3).SelectMany(EvaluableExpressionGen.Expression).Select(text => new ParserInput("evaluable expression", EvaluableExpressionGen.InFrame(text)))),
            input =>
            {
                var gaveValue = false;
                BoundedRun.Run("evaluation", () => gaveValue = Evaluate(input.Text));
                return true.Classify(gaveValue, "value").Classify(!gaveValue, "evaluation error");
            });

    /// <summary>True when the expression has a value, false when it has an evaluation error.</summary>
    private static bool Evaluate(string text)
    {
        var (spec, model) = Loaded.Value;
        var bound = spec.BindExpression(text, "expression");
        if (bound.Definition is null)
        {
            throw new ParserContractViolation($"a well-formed expression did not resolve: {string.Join("; ", bound.Diagnostics)}");
        }

        var result = model.CreateEvaluator().Evaluate(bound.Definition);
        if (result.Error is null)
        {
            _ = ValuePrinter.Print(result.Value ?? throw new ParserContractViolation("neither a value nor an error"));
            return true;
        }

        return string.IsNullOrWhiteSpace(result.Error.Message)
            ? throw new ParserContractViolation("an evaluation error without a message")
            : false;
    }
}
