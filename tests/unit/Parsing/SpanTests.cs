using GraphSpec.Oracle.Tla.Parsing;
using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Parsing;

/// <summary>Spans are 1-based, inclusive at both ends, and name the file passed to the parser.</summary>
public class SpanTests
{
    private static (int, int, int, int) Of(SourceSpan span) => (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn);

    private static ExpressionSyntax Expr(string text) => TlaParser.ParseExpression(text, "E.tla").Expression!;

    [Fact]
    public void Binary_expression_covers_both_operands_and_records_the_operator()
    {
        var binary = Assert.IsType<BinaryExpression>(Expr("ab + cde"));
        Assert.Equal((1, 1, 1, 8), Of(binary.Span));
        Assert.Equal((1, 4, 1, 4), Of(binary.OperatorSpan));
        Assert.Equal((1, 1, 1, 2), Of(binary.Left.Span));
        Assert.Equal((1, 6, 1, 8), Of(binary.Right.Span));
        Assert.Equal("E.tla", binary.Span.File);
    }

    [Fact]
    public void Prefix_postfix_and_parentheses()
    {
        var prefix = Assert.IsType<PrefixExpression>(Expr("~ (x)'"));
        Assert.Equal((1, 1, 1, 6), Of(prefix.Span));
        Assert.Equal((1, 1, 1, 1), Of(prefix.OperatorSpan));
        var postfix = Assert.IsType<PostfixExpression>(prefix.Operand);
        Assert.Equal((1, 3, 1, 6), Of(postfix.Span));
        Assert.Equal((1, 6, 1, 6), Of(postfix.OperatorSpan));
        Assert.Equal((1, 3, 1, 5), Of(Assert.IsType<ParenthesizedExpression>(postfix.Operand).Span));
    }

    [Fact]
    public void Names_segments_and_applications()
    {
        var name = Assert.IsType<NameExpression>(Expr("I(x)!Op(y, zz)"));
        Assert.Equal((1, 1, 1, 14), Of(name.Span));
        Assert.Equal((1, 1, 1, 4), Of(name.Segments[0].Span));
        Assert.Equal((1, 6, 1, 14), Of(name.Segments[1].Span));
        Assert.Equal((1, 6, 1, 7), Of(name.Last.Name.Span));
        var application = Assert.IsType<FunctionApplication>(Expr("f[x]"));
        Assert.Equal((1, 1, 1, 4), Of(application.Span));
    }

    [Fact]
    public void Multi_line_junction_list_spans_from_first_bullet_to_last_item()
    {
        var list = Assert.IsType<JunctionList>(Expr("/\\ a\n/\\ b = 1"));
        Assert.Equal((1, 1, 2, 8), Of(list.Span));
        Assert.Equal((2, 4, 2, 8), Of(list.Items[1].Span));
    }

    [Fact]
    public void Bracketed_forms_cover_their_brackets()
    {
        Assert.Equal((1, 1, 1, 15), Of(Expr("{x \\in S : x>1}").Span));
        Assert.Equal((1, 1, 1, 11), Of(Expr("<<1, 2, 3>>").Span));
        Assert.Equal((1, 1, 1, 19), Of(Expr("[f EXCEPT ![1] = 2]").Span));
        Assert.Equal((1, 1, 1, 11), Of(Expr("[Next]_vars").Span));
        Assert.Equal((1, 1, 1, 10), Of(Expr("WF_vars(A)").Span));
        Assert.Equal((1, 1, 1, 18), Of(Expr("IF a THEN b ELSE c").Span));
        var quantifier = Assert.IsType<QuantifierExpression>(Expr("\\E x, y \\in S : P"));
        Assert.Equal((1, 1, 1, 17), Of(quantifier.Span));
        Assert.Equal((1, 4, 1, 13), Of(quantifier.Bounds[0].Span));
    }

    [Fact]
    public void Units_span_from_their_first_token_to_the_end_of_their_body()
    {
        var module = TlaParser.ParseModule("---- MODULE M ----\nLOCAL Op(a) ==\n   a + 1\nVARIABLES x, y\n====", "M.tla").Module!;
        Assert.Equal((1, 1, 5, 4), Of(module.Span));
        Assert.Equal((1, 13, 1, 13), Of(module.Name.Span));
        var definition = Assert.IsType<OperatorDefinitionUnit>(module.Units[0]);
        Assert.Equal((2, 1, 3, 8), Of(definition.Span));
        Assert.Equal((2, 7, 2, 8), Of(definition.Name.Span));
        Assert.Equal((2, 10, 2, 10), Of(definition.Parameters[0].Name.Span));
        Assert.Equal((4, 1, 4, 14), Of(module.Units[1].Span));
        Assert.Equal("M.tla", definition.Span.File);
    }
}
