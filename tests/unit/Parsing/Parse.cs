using GraphSpec.Oracle.Tla.Parsing;
using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Parsing;

/// <summary>Test helpers: parse and render as S-expressions (see <see cref="SyntaxPrinter"/>).</summary>
internal static class Parse
{
    public const string File = "Test.tla";

    /// <summary>The S-expression of a standalone expression that must parse.</summary>
    public static string Expr(string text)
    {
        var result = TlaParser.ParseExpression(text, File);
        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        return SyntaxPrinter.Print(result.Expression!);
    }

    /// <summary>The single diagnostic of an expression that must not parse.</summary>
    public static Diagnostic ExprError(string text)
    {
        var result = TlaParser.ParseExpression(text, File);
        Assert.Null(result.Expression);
        return Assert.Single(result.Diagnostics);
    }

    /// <summary>A module made of <paramref name="body"/> between a header and an end line.</summary>
    public static string Wrap(string body) => "---- MODULE M ----\n" + body + "\n====\n";

    public static ModuleSyntax Module(string text)
    {
        var result = TlaParser.ParseModule(text, File);
        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        return result.Module!;
    }

    public static Diagnostic ModuleError(string text)
    {
        var result = TlaParser.ParseModule(text, File);
        Assert.Null(result.Module);
        return Assert.Single(result.Diagnostics);
    }

    /// <summary>The S-expressions of the units of a wrapped module body.</summary>
    public static string[] Units(string body) =>
        Module(Wrap(body)).Units.Select(SyntaxPrinter.Print).ToArray();

    /// <summary>The S-expression of the body of definition <paramref name="name"/> in a wrapped module body.</summary>
    public static string Body(string body, string name)
    {
        var unit = Module(Wrap(body)).Units.OfType<OperatorDefinitionUnit>().Single(d => d.Name.Name == name);
        return SyntaxPrinter.Print(unit.Body);
    }
}
