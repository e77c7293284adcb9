using GraphSpec.Oracle.Tla.Parsing;
using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Parsing;

/// <summary>Errors name the offending token's position and say what was expected; nothing throws.</summary>
public class ParseErrorTests
{
    [Theory]
    [InlineData("x =>> 0", 1, 5, "expected an expression, found '>'")]
    [InlineData("IF a THEN b", 1, 12, "expected ELSE, found end of file")]
    [InlineData("(a + b", 1, 7, "expected ')', found end of file")]
    [InlineData("{a, b", 1, 6, "expected ',' or '}', found end of file")]
    [InlineData("f[1", 1, 4, "expected ',' or ']', found end of file")]
    [InlineData("[a |-> 1", 1, 9, "expected ']', found end of file")]
    [InlineData("[x]", 1, 3, "expected '->', EXCEPT or ']_', found ']'")]
    [InlineData("\\E x \\in S P", 1, 12, "expected ':', found 'P'")]
    [InlineData("x = 1 y", 1, 7, "expected end of the expression, found 'y'")]
    [InlineData("LAMBDA x : x", 1, 1, "LAMBDA can only be an argument of an operator")]
    [InlineData("\\AA x : P", 1, 1, "temporal quantifier \\AA is not supported")]
    [InlineData("[f EXCEPT !x = 1]", 1, 12, "expected '.' or '[' after '!', found 'x'")]
    [InlineData("", 1, 1, "expected an expression, found end of file")]
    [InlineData("\\E <<x, y>> : P", 1, 13, "expected \\in, found ':'")]
    [InlineData("{x : y}", 1, 7, "expected \\in, found '}'")]
    [InlineData("CASE OTHER -> 1", 1, 6, "expected a CASE guard, found 'OTHER'")]
    [InlineData("<<A, B>>_v", 1, 7, "<<A>>_v needs exactly one action between << and >>")]
    public void Expression_errors(string text, int line, int column, string message)
    {
        var error = Parse.ExprError(text);
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Span.StartLine, error.Span.StartColumn));
        Assert.Equal(DiagnosticKind.Parse, error.Kind);
        Assert.Equal(Parse.File, error.Span.File);
    }

    [Fact]
    public void Missing_ELSE_is_reported_at_the_next_definition_like_SANY()
    {
        var error = Parse.ModuleError("---- MODULE M ----\nNext == IF x THEN 1\n\nInv == x\n====");
        Assert.Equal("expected ELSE, found the beginning of the definition of Inv", error.Message);
        Assert.Equal((4, 1), (error.Span.StartLine, error.Span.StartColumn));
        Assert.Equal("Test.tla:4:1: expected ELSE, found the beginning of the definition of Inv", error.ToString());
    }

    [Fact]
    public void Precedence_conflict_in_a_module_points_at_the_left_operator()
    {
        var error = Parse.ModuleError("---- MODULE M ----\nInv == x * 4 \\div 2 < 10\n====");
        Assert.Equal("precedence conflict between * and \\div; add parentheses", error.Message);
        Assert.Equal((2, 10), (error.Span.StartLine, error.Span.StartColumn));
    }

    [Theory]
    [InlineData(20_000, "(", "")]
    [InlineData(20_000, "~", "")]
    [InlineData(20_000, "[]", "")]
    [InlineData(10_000, "{", "")]
    [InlineData(10_000, "<<", "")]
    [InlineData(10_000, "IF ", "")]
    [InlineData(10_000, "\\E x : ", "")]
    [InlineData(10_000, "/\\ ", "")]
    [InlineData(10_000, "LET a == ", "")]
    [InlineData(10_000, "[a |-> ", "")]
    [InlineData(10_000, "SUBSET ", "")]
    [InlineData(10_000, "+ a", "a")]
    [InlineData(10_000, "'", "x")]
    [InlineData(10_000, "[1]", "f")]
    [InlineData(10_000, ".a", "r")]
    public void Deep_nesting_gives_a_diagnostic_not_a_stack_overflow(int count, string repeated, string prefix)
    {
        string text = prefix + string.Concat(Enumerable.Repeat(repeated, count)) + (prefix.Length == 0 ? "x" : "");
        var error = Parse.ExprError(text);
        Assert.Equal("expression nested too deeply", error.Message);
    }

    [Fact]
    public void Moderately_deep_expressions_still_parse()
    {
        string nested = new string('(', 150) + "x" + new string(')', 150);
        Assert.Equal("x", Parse.Expr(nested));
        string chain = string.Join(" + ", Enumerable.Repeat("a", 900));
        Assert.StartsWith("(+ (+", Parse.Expr(chain));
    }

    [Fact]
    public void Mutated_modules_never_throw_and_always_terminate()
    {
        var random = new Random(20261124);
        string[] fragments = ["/\\", "\\/", "(*", "*)", "\"", "<<", ">>_", "]_", "WF_", "==", "----", "====", "IN", "ELSE",
            "[]", "->", "|->", "EXCEPT", "!", "\\E", ":", "LAMBDA", "\n   ", "-.", "::", "\\o1", "(", ")", "{", "}"];
        string source = Parse.Wrap("""
            Init == /\ x = 0
                    /\ y \in {a \in S : a > 1}
            Next == \/ \E i \in 1..N : x' = [x EXCEPT ![i] = @ + 1]
                    \/ LET f[k \in S] == k IN UNCHANGED <<x, y>>
            Spec == Init /\ [][Next]_<<x, y>> /\ WF_x(Next)
            """);
        for (int i = 0; i < 500; i++)
        {
            var text = new System.Text.StringBuilder(source);
            for (int m = random.Next(1, 5); m > 0; m--)
            {
                int at = random.Next(text.Length);
                if (random.Next(2) == 0)
                {
                    text.Remove(at, Math.Min(random.Next(1, 10), text.Length - at));
                }
                else
                {
                    text.Insert(at, fragments[random.Next(fragments.Length)]);
                }
            }
            var module = TlaParser.ParseModule(text.ToString(), "F.tla");
            var expression = TlaParser.ParseExpression(text.ToString(), "F.tla");
            Assert.True(module.Module != null || module.Diagnostics.Length == 1);
            Assert.True(expression.Expression != null || expression.Diagnostics.Length == 1);
            Assert.DoesNotContain(module.Diagnostics.Concat(expression.Diagnostics), d => d.Message.StartsWith("internal"));
        }
    }
}
