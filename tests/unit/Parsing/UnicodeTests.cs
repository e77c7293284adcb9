using Xunit;

namespace GraphSpec.UnitTests.Parsing;

/// <summary>The Unicode operator spellings mean the same as their ASCII forms.</summary>
public class UnicodeTests
{
    [Theory]
    [InlineData("a ∧ b ∨ ¬c", null)]
    [InlineData("x ∈ S ⇒ x ∉ T", "(=> (\\in x S) (\\notin x T))")]
    [InlineData("∀ x ∈ S : ∃ y ∈ S : x ≤ y", "(\\A [x \\in S] (\\E [y \\in S] (<= x y)))")]
    [InlineData("⟨a, b⟩", "<<a b>>")]
    [InlineData("□◇P ∨ (P ↝ Q)", "(\\/ ([] (<> P)) (~> P Q))")]
    [InlineData("[x ∈ S ↦ x] ≠ [S → T]", "(/= (fn [x \\in S] x) (-> S T))")]
    [InlineData("⟨A⟩_v", "(<>_ A v)")]
    [InlineData("S ∪ T ⊆ U × V", "(\\subseteq (\\cup S T) (\\X U V))")]
    public void Unicode_operators(string text, string? expected)
    {
        if (expected == null)
        {
            Assert.Contains("precedence conflict between /\\ and \\/", Parse.ExprError(text).Message);
            return;
        }
        Assert.Equal(expected, Parse.Expr(text));
    }

    [Fact]
    public void Unicode_bullets_align_by_character_column()
    {
        var units = Parse.Units("""
            Init ≜ ∧ x = 0
                   ∧ ∨ y = 1
                     ∨ y = 2
            """);
        Assert.Equal(["(def Init (AND (= x 0) (OR (= y 1) (= y 2))))"], units);
    }
}
