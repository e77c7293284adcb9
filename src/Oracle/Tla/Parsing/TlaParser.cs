using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>
/// Entry points of the TLA+ front end's syntax stage. Never throws: every problem, including one
/// the parser did not foresee, becomes a diagnostic.
/// </summary>
public static class TlaParser
{
    /// <summary>Parses a module file. <paramref name="file"/> is the path used in spans and diagnostics.</summary>
    public static ModuleParseResult ParseModule(string text, string file)
    {
        text ??= "";
        file ??= "";
        try
        {
            var module = new Parser(Lexer.LexModule(text), file).ParseModule();
            return new ModuleParseResult(module, []);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ModuleParseResult(null, [ToDiagnostic(e, file)]);
        }
    }

    /// <summary>Parses one expression followed by the end of the input (for <c>graphspec eval</c>).</summary>
    public static ExpressionParseResult ParseExpression(string text, string file)
    {
        text ??= "";
        file ??= "";
        try
        {
            var expression = new Parser(Lexer.LexExpression(text), file).ParseStandaloneExpression();
            return new ExpressionParseResult(expression, []);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ExpressionParseResult(null, [ToDiagnostic(e, file)]);
        }
    }

    private static Diagnostic ToDiagnostic(Exception e, string file) => e switch
    {
        ParseException parse => parse.Diagnostic,
        InsufficientExecutionStackException => new Diagnostic(
            DiagnosticKind.Parse, "expression nested too deeply", new SourceSpan(file, 1, 1, 1, 1)),
        _ => new Diagnostic(DiagnosticKind.Parse, $"internal parser error: {e.Message}", new SourceSpan(file, 1, 1, 1, 1)),
    };
}
