namespace GraphSpec.PropertyTests;

/// <summary>Ways to embed an expression's text in a larger text without changing its meaning.</summary>
public static class ParserTextFrames
{
    /// <summary>The body of <c>E ==</c> in a module, every line indented by two columns.</summary>
    public static string AsDefinition(string expression) =>
        "---- MODULE Frame ----\nE ==\n" + Indent(expression, "  ") + "\n====\n";

    /// <summary>The expression in parentheses; later lines move one column so bullets stay aligned.</summary>
    public static string Parenthesized(string expression) => "(" + Indent(expression, " ")[1..] + ")";

    private static string Indent(string text, string prefix) => prefix + text.Replace("\n", "\n" + prefix, StringComparison.Ordinal);
}
