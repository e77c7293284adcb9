using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GraphSpec.Oracle.Tla.Parsing;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.PropertyTests;

/// <summary>
/// Valid expressions (generated fully parenthesized, with nested bullet lists) parse, and the tree
/// printed by <see cref="SyntaxPrinter"/> does not change when the text is put in parentheses or
/// becomes the body of a definition indented under <c>E ==</c>: layout is relative, not absolute.
/// </summary>
public class ParserLayoutProperties
{
    [Property(MaxTest = 1_500, Replay = "(3141592653,271828183)")]
    public Property Valid_expressions_parse_the_same_in_any_frame() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 4).SelectMany(ValidExpressionGen.TopLevel).Select(text => new ParserInput("valid expression", text))),
            input =>
            {
                var bare = PrintExpression(input.Text);
                Assert(bare == PrintExpression(ParserTextFrames.Parenthesized(input.Text)), "parenthesized", bare);
                Assert(bare == PrintDefinitionBody(ParserTextFrames.AsDefinition(input.Text)), "as a definition", bare);
            });

    private static string PrintExpression(string text)
    {
        var result = TlaParser.ParseExpression(text, "Expr.tla");
        return result.Expression is null
            ? throw new ParserContractViolation($"valid expression rejected: {string.Join("; ", result.Diagnostics)}")
            : SyntaxPrinter.Print(result.Expression);
    }

    private static string PrintDefinitionBody(string moduleText)
    {
        var result = TlaParser.ParseModule(moduleText, "Frame.tla");
        var definition = result.Module?.Units.OfType<OperatorDefinitionUnit>().SingleOrDefault(d => d.Name.Name == "E");
        return definition is null
            ? throw new ParserContractViolation($"module with the expression as E rejected: {string.Join("; ", result.Diagnostics)}")
            : SyntaxPrinter.Print(definition.Body);
    }

    private static void Assert(bool holds, string frame, string bare)
    {
        if (!holds)
        {
            throw new ParserContractViolation($"the tree changed {frame}; bare tree: {bare}");
        }
    }
}
