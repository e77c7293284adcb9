using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;

namespace GraphSpec.PropertyTests;

/// <summary>
/// Differential property for layout: 2,000 random nested bullet lists evaluate to the truth value
/// of the tree their indentation describes, both as a bare expression and as the body of a
/// definition indented under <c>E ==</c>.
/// </summary>
public class BulletListOracleProperties
{
    private const string ModuleHeader = "---- MODULE Bullets ----\nEXTENDS Naturals\n";

    private static readonly Lazy<ConstantContext> Context = new(() => ConstantContext.Extending("Bullets", "Naturals"));

    [Property(MaxTest = 2_000, Replay = "(2645751311,316227767)")]
    public Property Bullet_lists_mean_what_their_layout_says() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(1, 6).SelectMany(BulletListExpression.Generate)),
            expression => BoundedRun.Run("evaluation", () =>
            {
                var expected = expression.Value ? "TRUE" : "FALSE";
                Expect(expected, ConstantContext.Printed(Context.Value.Evaluate(expression.Text)), "as an expression");

                var module = ModuleHeader + "E ==\n" + "  " + expression.Text.Replace("\n", "\n  ", StringComparison.Ordinal) + "\n====\n";
                var framed = SpecLoader.LoadText(module, "Bullets.tla", _ => null).Spec;
                if (framed is null || !framed.TryGetDefinition("E", out var definition))
                {
                    throw new ParserContractViolation("the expression as a definition did not load");
                }

                var result = ModelContext.CreateWithoutConstants(framed).CreateEvaluator().Evaluate(definition);
                Expect(expected, ConstantContext.Printed(result), "as a definition");
            }));

    private static void Expect(string expected, string actual, string frame)
    {
        if (actual != expected)
        {
            throw new ParserContractViolation($"{frame}: expected {expected}, got {actual}");
        }
    }
}
