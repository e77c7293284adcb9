using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>
/// Recursive-descent parser for the TLA+ subset, with an operator-precedence core for infix, prefix
/// and postfix operators (see <c>Parser.Operators.cs</c>). It stops at the first error by throwing a
/// <see cref="ParseException"/>, which <see cref="TlaParser"/> turns into a diagnostic.
/// This file holds the token helpers shared by the other parts.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>How deeply expressions may nest before the parser gives up instead of overflowing the stack.</summary>
    public const int MaxNesting = 200;

    /// <summary>
    /// The deepest syntax tree the parser builds. Long operator chains (<c>a + a + ... + a</c>) nest
    /// without recursion in the parser, but every later stage walks trees recursively.
    /// </summary>
    public const int MaxTreeDepth = 1000;

    private readonly string _file;
    private readonly TokenStream _tokens;
    private int _nesting;

    /// <summary>
    /// The depth of the subtree parsed last (see <see cref="ParsePostfixExpression"/>); nested
    /// <see cref="ParseExpression"/> calls raise it to the depth of what they built.
    /// </summary>
    private int _subtreeDepth;

    public Parser(ImmutableArray<Token> tokens, string file)
    {
        _file = file;
        _tokens = new TokenStream(tokens, file);
    }

    private Token Current => _tokens.Current;

    private Token Previous => _tokens.Previous;

    private SourceSpan SpanOf(Token token) => token.Span(_file);

    private SourceSpan SpanFrom(Token start) => SpanFrom(start, Previous);

    private SourceSpan SpanFrom(Token start, Token end) =>
        new(_file, start.Line, start.Column, end.EndLine, end.EndColumn);

    private static SourceSpan SpanFrom(SourceSpan start, SourceSpan end) => start.To(end);

    private SourceSpan SpanFrom(Token start, SourceSpan end) =>
        new(_file, start.Line, start.Column, end.EndLine, end.EndColumn);

    private bool At(string symbol) => Current.IsSymbol(symbol);

    private bool AtKeyword(string word) => Current.IsKeyword(word);

    private bool TryConsume(string symbol)
    {
        if (!At(symbol))
        {
            return false;
        }
        _tokens.Advance();
        return true;
    }

    private Token Expect(string symbol)
    {
        if (!At(symbol))
        {
            throw Unexpected($"'{symbol}'");
        }
        return _tokens.Advance();
    }

    private Token ExpectKeyword(string word)
    {
        if (!AtKeyword(word))
        {
            throw Unexpected(word);
        }
        return _tokens.Advance();
    }

    private Identifier ExpectIdentifier(string what)
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier)
        {
            throw Unexpected(what);
        }
        _tokens.Advance();
        return new Identifier(token.Text, SpanOf(token));
    }

    private ParseException Error(Token at, string message) =>
        new(new Diagnostic(DiagnosticKind.Parse, message, SpanOf(at)));

    /// <summary>"expected X, found Y" at the current token.</summary>
    private ParseException Unexpected(string expected) =>
        Error(_tokens.Raw, $"expected {expected}, found {DescribeCurrent()}");

    private string DescribeCurrent()
    {
        var token = _tokens.Raw;
        if (token.Kind == TokenKind.EndOfFile)
        {
            return "end of file";
        }
        if (StartsDefinition(0))
        {
            return $"the beginning of the definition of {token.Text}";
        }
        string text = $"'{token.Text}'";
        return Current.Kind == TokenKind.EndOfItem
            ? $"{text} (at or left of the column of the enclosing /\\ or \\/ bullet, so the list item has ended)"
            : text;
    }

    /// <summary>True when the raw tokens from <paramref name="ahead"/> on look like <c>Name ==</c>, <c>Name(...) ==</c> or <c>f[...] ==</c>.</summary>
    private bool StartsDefinition(int ahead)
    {
        var first = _tokens.PeekRaw(ahead);
        if (first.Kind != TokenKind.Identifier)
        {
            return false;
        }
        var second = _tokens.PeekRaw(ahead + 1);
        if (second.IsSymbol("=="))
        {
            return true;
        }
        if (second.IsSymbol("(") || second.IsSymbol("["))
        {
            int depth = 0;
            for (int i = ahead + 1; ; i++)
            {
                var t = _tokens.PeekRaw(i);
                if (t.Kind is TokenKind.EndOfFile or TokenKind.Error or TokenKind.ModuleEnd)
                {
                    return false;
                }
                if (t.IsSymbol("(") || t.IsSymbol("["))
                {
                    depth++;
                }
                else if (t.IsSymbol(")") || t.IsSymbol("]") || t.IsSymbol("]_"))
                {
                    depth--;
                    if (depth == 0)
                    {
                        return _tokens.PeekRaw(i + 1).IsSymbol("==");
                    }
                }
            }
        }
        return false;
    }

    /// <summary>Counts one level of nesting; reports "nested too deeply" instead of overflowing the stack.</summary>
    private void EnterNesting(Token at)
    {
        _nesting++;
        if (_nesting > MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(at, "expression nested too deeply");
        }
    }

    private void ExitNesting() => _nesting--;

    /// <summary>Checks the depth of a node about to be built at <paramref name="at"/>.</summary>
    private int CheckTreeDepth(int depth, Token at)
    {
        if (depth > MaxTreeDepth)
        {
            throw Error(at, "expression nested too deeply");
        }
        return depth;
    }
}
