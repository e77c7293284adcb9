using Xunit;

namespace GraphSpec.UnitTests.Parsing;

/// <summary>
/// TLA+ precedence is a range per operator; operators with overlapping ranges need parentheses
/// unless they are the same associative operator. Expected trees follow the table in
/// <i>Specifying Systems</i> (and SANY's behaviour).
/// </summary>
public class PrecedenceTests
{
    [Theory]
    [InlineData("-7 \\div 2", "(-. (\\div 7 2))")]
    [InlineData("(-7) \\div 2", "(\\div (-. 7) 2)")]
    [InlineData("-7 % 2", "(% (-. 7) 2)")]
    [InlineData("- 3 - 4", "(- (-. 3) 4)")]
    [InlineData("2 - - 3", "(- 2 (-. 3))")]
    [InlineData("-(3 - 10)", "(-. (- 3 10))")]
    [InlineData("-x^2", "(-. (^ x 2))")]
    [InlineData("- - x", "(-. (-. x))")]
    [InlineData("a = -1", "(= a (-. 1))")]
    [InlineData("x \\in -1..2", "(\\in x (.. (-. 1) 2))")]
    [InlineData("y' = -x'", "(= (' y) (-. (' x)))")]
    public void Unary_minus(string text, string expected) => Assert.Equal(expected, Parse.Expr(text));

    [Theory]
    [InlineData("a + b - c", "(+ a (- b c))")]
    [InlineData("a - b + c", "(+ (- a b) c)")]
    [InlineData("a - b - c", "(- (- a b) c)")]
    [InlineData("a + b + c", "(+ (+ a b) c)")]
    [InlineData("a * b * c", "(* (* a b) c)")]
    [InlineData("a + b * c", "(+ a (* b c))")]
    [InlineData("a * b + c", "(+ (* a b) c)")]
    [InlineData("a ^ b * c", "(* (^ a b) c)")]
    [InlineData("x + y <= 2 * N", "(<= (+ x y) (* 2 N))")]
    [InlineData("(x + dx) \\div 4", "(\\div (+ x dx) 4)")]
    [InlineData("4 * q + r", "(+ (* 4 q) r)")]
    [InlineData("a \\o b \\o c", "(\\o (\\o a b) c)")]
    [InlineData("a ++ b ** c", "(++ a (** b c))")]
    public void Arithmetic(string text, string expected) => Assert.Equal(expected, Parse.Expr(text));

    [Theory]
    [InlineData("x' = ~x", "(= (' x) (~ x))")]
    [InlineData("~a /\\ b", "(/\\ (~ a) b)")]
    [InlineData("a /\\ b /\\ c", "(/\\ (/\\ a b) c)")]
    [InlineData("a \\/ b \\/ c", "(\\/ (\\/ a b) c)")]
    [InlineData("a => b /\\ c", "(=> a (/\\ b c))")]
    [InlineData("a /\\ b => c", "(=> (/\\ a b) c)")]
    [InlineData("a <=> b \\/ c", "(<=> a (\\/ b c))")]
    [InlineData("a \\equiv b", "(<=> a b)")]
    [InlineData("a \\land b \\lor c", null)]
    [InlineData("\\lnot a", "(~ a)")]
    [InlineData("\\neg a", "(~ a)")]
    [InlineData("i # j => f[i] # f[j]", "(=> (/= i j) (/= (app f i) (app f j)))")]
    [InlineData("Sorted <=> Inversions = 0", "(<=> Sorted (= Inversions 0))")]
    [InlineData("P ~> Q", "(~> P Q)")]
    [InlineData("~ENABLED A", "(~ (ENABLED A))")]
    [InlineData("ENABLED A /\\ B", "(/\\ (ENABLED A) B)")]
    [InlineData("UNCHANGED x /\\ y' = 1", "(/\\ (UNCHANGED x) (= (' y) 1))")]
    [InlineData("[]<>P", "([] (<> P))")]
    [InlineData("<>[]P \\/ []P", "(\\/ (<> ([] P)) ([] P))")]
    public void Logic_and_temporal(string text, string? expected)
    {
        if (expected == null)
        {
            Assert.Contains("precedence conflict", Parse.ExprError(text).Message);
            return;
        }
        Assert.Equal(expected, Parse.Expr(text));
    }

    [Theory]
    [InlineData("x \\in 1..N", "(\\in x (.. 1 N))")]
    [InlineData("S \\cup T \\cup U", "(\\cup (\\cup S T) U)")]
    [InlineData("S \\cap T = {}", "(= (\\cap S T) {})")]
    [InlineData("U \\ S", "(\\ U S)")]
    [InlineData("e \\notin U \\ S", "(\\notin e (\\ U S))")]
    [InlineData("SUBSET S = T", "(= (SUBSET S) T)")]
    [InlineData("UNION {} = {}", "(= (UNION {}) {})")]
    [InlineData("DOMAIN f = S", "(= (DOMAIN f) S)")]
    [InlineData("DOMAIN f'", "(DOMAIN (' f))")]
    [InlineData("A \\X B \\X C", "(\\X A B C)")]
    [InlineData("A \\times B", "(\\X A B)")]
    [InlineData("(1..N) \\X (1..N)", "(\\X (.. 1 N) (.. 1 N))")]
    [InlineData("DOMAIN grid = R \\X C", "(= (DOMAIN grid) (\\X R C))")]
    [InlineData("1 :> 2 @@ 3 :> 4", "(@@ (:> 1 2) (:> 3 4))")]
    [InlineData("f @@ g @@ h", "(@@ (@@ f g) h)")]
    [InlineData("S \\subseteq T", "(\\subseteq S T)")]
    [InlineData("a \\cdot b", "(\\cdot a b)")]
    public void Sets_and_functions(string text, string expected) => Assert.Equal(expected, Parse.Expr(text));

    [Theory]
    [InlineData("f[x]'", "(' (app f x))")]
    [InlineData("x' = x + 1", "(= (' x) (+ x 1))")]
    [InlineData("x''", "(' (' x))")]
    [InlineData("r.a'", "(' (. r a))")]
    [InlineData("f'[k]", "(app (' f) k)")]
    [InlineData("S^+", "(^+ S)")]
    [InlineData("R^* \\cup R^#", "(\\cup (^* R) (^# R))")]
    public void Postfix_operators(string text, string expected) => Assert.Equal(expected, Parse.Expr(text));

    [Theory]
    [InlineData("a * b \\div c", 3, "*", "\\div")]
    [InlineData("x * 4 \\div 2 < 10", 3, "*", "\\div")]
    [InlineData("a /\\ b \\/ c", 3, "/\\", "\\/")]
    [InlineData("a \\/ b /\\ c", 3, "\\/", "/\\")]
    [InlineData("i % 4 + 1", 3, "%", "+")]
    [InlineData("1 + i % 4", 3, "+", "%")]
    [InlineData("7 \\div -2", 3, "\\div", "-")]
    [InlineData("2 ^ -1", 3, "^", "-")]
    [InlineData("a = b = c", 3, "=", "=")]
    [InlineData("a => b => c", 3, "=>", "=>")]
    [InlineData("a < b \\in S", 3, "<", "\\in")]
    [InlineData("a \\cup b \\cap c", 3, "\\cup", "\\cap")]
    [InlineData("S \\ T \\ U", 3, "\\", "\\")]
    [InlineData("SUBSET S \\cup T", 1, "SUBSET", "\\cup")]
    [InlineData("a .. b .. c", 3, "..", "..")]
    [InlineData("a \\X b * c", 3, "\\X", "*")]
    [InlineData("a ^ b ^ c", 3, "^", "^")]
    [InlineData("a / b / c", 3, "/", "/")]
    [InlineData("[]x'", 1, "[]", "'")]
    public void Conflicts_are_errors_at_the_left_operator(string text, int column, string left, string right)
    {
        var error = Parse.ExprError(text);
        Assert.Equal($"precedence conflict between {left} and {right}; add parentheses", error.Message);
        Assert.Equal(1, error.Span.StartLine);
        Assert.Equal(column, error.Span.StartColumn);
    }
}
