using System.Numerics;
using GraphSpec.Oracle.Tla.Parsing;
using Xunit;

namespace GraphSpec.UnitTests.Parsing;

/// <summary>Tokens, their canonical spellings and positions.</summary>
public class LexerTests
{
    private static string[] Texts(string text) =>
        Lexer.LexExpression(text).Where(t => t.Kind != TokenKind.EndOfFile).Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("=>> 0", new[] { "=>", ">", "0" })]
    [InlineData("x<=y", new[] { "x", "<=", "y" })]
    [InlineData("a<=>b", new[] { "a", "<=>", "b" })]
    [InlineData("1..2", new[] { "1", "..", "2" })]
    [InlineData("r.a", new[] { "r", ".", "a" })]
    [InlineData("<<>>", new[] { "<<", ">>" })]
    [InlineData("<<A>>_v", new[] { "<<", "A", ">>_", "v" })]
    [InlineData("[][A]_v", new[] { "[]", "[", "A", "]_", "v" })]
    [InlineData("[a|->1]", new[] { "[", "a", "|->", "1", "]" })]
    [InlineData("[S->T]", new[] { "[", "S", "->", "T", "]" })]
    [InlineData("a<-b", new[] { "a", "<-", "b" })]
    [InlineData("a-+->b", new[] { "a", "-+->", "b" })]
    [InlineData("~>", new[] { "~>" })]
    [InlineData("<>[]", new[] { "<>", "[]" })]
    [InlineData("x'", new[] { "x", "'" })]
    [InlineData("R^+ R^* R^#", new[] { "R", "^+", "R", "^*", "R", "^#" })]
    [InlineData("f @@ g :> h", new[] { "f", "@@", "g", ":>", "h" })]
    [InlineData("l:: e", new[] { "l", "::", "e" })]
    [InlineData("![x]", new[] { "!", "[", "x", "]" })]
    [InlineData("(+) (-) (.) (/) (\\X)", new[] { "\\oplus", "\\ominus", "\\odot", "\\oslash", "\\otimes" })]
    [InlineData("\\land \\lor \\lnot \\neg", new[] { "/\\", "\\/", "~", "~" })]
    [InlineData("# =< \\leq \\geq \\equiv", new[] { "/=", "<=", "<=", ">=", "<=>" })]
    [InlineData("\\union \\intersect \\circ \\times", new[] { "\\cup", "\\cap", "\\o", "\\X" })]
    [InlineData("\\in \\notin \\subseteq \\X \\div \\cdot", new[] { "\\in", "\\notin", "\\subseteq", "\\X", "\\div", "\\cdot" })]
    [InlineData("\\A \\E \\AA \\EE", new[] { "\\A", "\\E", "\\AA", "\\EE" })]
    [InlineData("S \\ T", new[] { "S", "\\", "T" })]
    [InlineData("a /\\ b \\/ c", new[] { "a", "/\\", "b", "\\/", "c" })]
    [InlineData("++ ** // ^^ |- -| || && %% $$ ?? ## !!", new[] { "++", "**", "//", "^^", "|-", "-|", "||", "&&", "%%", "$$", "??", "##", "!!" })]
    [InlineData("\\prec \\preceq \\sqsubseteq \\oplus \\uplus \\wr", new[] { "\\prec", "\\preceq", "\\sqsubseteq", "\\oplus", "\\uplus", "\\wr" })]
    [InlineData("WF_vars(A)", new[] { "WF_", "vars", "(", "A", ")" })]
    [InlineData("SF_<<x>>(A)", new[] { "SF_", "<<", "x", ">>", "(", "A", ")" })]
    [InlineData("F(_, _)", new[] { "F", "(", "_", ",", "_", ")" })]
    [InlineData("x_1 _y", new[] { "x_1", "_y" })]
    public void Symbols_lex_by_maximal_munch_in_canonical_spelling(string text, string[] expected) =>
        Assert.Equal(expected, Texts(text));

    [Fact]
    public void Keywords_identifiers_numbers_and_strings_have_their_kinds_and_values()
    {
        var tokens = Lexer.LexExpression("IF x1 THEN 42 ELSE \"a\\\"b\\\\c\\n\\t\" \\o17 \\b101 \\h1F");
        Assert.Equal(
            [
                TokenKind.Keyword, TokenKind.Identifier, TokenKind.Keyword, TokenKind.Number, TokenKind.Keyword,
                TokenKind.String, TokenKind.Number, TokenKind.Number, TokenKind.Number, TokenKind.EndOfFile,
            ],
            tokens.Select(t => t.Kind));
        Assert.Equal(new BigInteger(42), tokens[3].Value);
        Assert.Equal("a\"b\\c\n\t", tokens[5].Value);
        Assert.Equal(new BigInteger(15), tokens[6].Value);
        Assert.Equal(new BigInteger(5), tokens[7].Value);
        Assert.Equal(new BigInteger(31), tokens[8].Value);
    }

    [Fact]
    public void Positions_are_one_based_with_inclusive_ends()
    {
        var tokens = Lexer.LexExpression("ab == \"xy\"\n  \\in");
        Assert.Equal((1, 1, 1, 2), (tokens[0].Line, tokens[0].Column, tokens[0].EndLine, tokens[0].EndColumn));
        Assert.Equal((1, 4, 1, 5), (tokens[1].Line, tokens[1].Column, tokens[1].EndLine, tokens[1].EndColumn));
        Assert.Equal((1, 7, 1, 10), (tokens[2].Line, tokens[2].Column, tokens[2].EndLine, tokens[2].EndColumn));
        Assert.Equal((2, 3, 2, 5), (tokens[3].Line, tokens[3].Column, tokens[3].EndLine, tokens[3].EndColumn));
    }

    [Fact]
    public void Tabs_advance_to_the_next_multiple_of_eight_and_CRLF_is_one_line_break()
    {
        var tokens = Lexer.LexExpression("\tx\r\n  y\rz");
        Assert.Equal((1, 9), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((2, 3), (tokens[1].Line, tokens[1].Column));
        Assert.Equal((3, 1), (tokens[2].Line, tokens[2].Column));
    }

    [Fact]
    public void Separator_and_module_end_need_four_characters()
    {
        var tokens = Lexer.LexExpression("---- ------- ==== ======= ---");
        Assert.Equal(
            [TokenKind.Separator, TokenKind.Separator, TokenKind.ModuleEnd, TokenKind.ModuleEnd, TokenKind.Symbol, TokenKind.Symbol],
            tokens.Take(6).Select(t => t.Kind));
        Assert.Equal(["--", "-"], tokens.Skip(4).Take(2).Select(t => t.Text));
    }

    [Fact]
    public void Module_lexing_stops_at_the_first_end_line()
    {
        var tokens = Lexer.LexModule("junk \" \n---- MODULE M ----\n====\n\" junk (*");
        Assert.Equal(
            [TokenKind.Separator, TokenKind.Keyword, TokenKind.Identifier, TokenKind.Separator, TokenKind.ModuleEnd, TokenKind.EndOfFile],
            tokens.Select(t => t.Kind));
        Assert.Equal(2, tokens[0].Line);
    }

    [Theory]
    [InlineData("\"abc", "unterminated string literal", 1)]
    [InlineData("\"a\nb\"", "unterminated string literal", 1)]
    [InlineData("\"a\\qb\"", "unknown escape sequence '\\q' in string", 3)]
    [InlineData("x (* a (* b *)", "unterminated comment: (* has no matching *)", 3)]
    [InlineData("x \\foo y", "unknown operator '\\foo'", 3)]
    [InlineData("x ` y", "unexpected character '`'", 3)]
    public void Lexical_errors_become_error_tokens_that_stop_lexing(string text, string message, int column)
    {
        var tokens = Lexer.LexExpression(text);
        var error = tokens.Single(t => t.Kind == TokenKind.Error);
        Assert.Equal(message, error.Value);
        Assert.Equal(column, error.Column);
        Assert.Equal(TokenKind.EndOfFile, tokens[^1].Kind);
        Assert.Equal(tokens.Length - 2, tokens.IndexOf(error));
    }

    [Fact]
    public void A_syntax_error_before_a_lexical_error_is_reported_first()
    {
        var error = Parse.ExprError("a + + b \"unterminated");
        Assert.Equal(5, error.Span.StartColumn);
        Assert.Equal(7, Parse.ExprError("a + b ` c").Span.StartColumn);
    }
}
