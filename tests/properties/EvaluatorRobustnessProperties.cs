using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.PropertyTests;

/// <summary>
/// The evaluator never throws and never hangs on well-formed expressions: each one resolves and
/// then yields a printable value or an evaluation error, within <see cref="BoundedParse.Limit"/>.
/// </summary>
public class EvaluatorRobustnessProperties
{
    private static readonly Lazy<ConstantContext> Context =
        new(() => ConstantContext.Extending("Eval", "Naturals, Integers, Sequences, FiniteSets, TLC"));

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
        var result = Context.Value.Evaluate(text);
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
