using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>
/// A cursor over the tokens that knows about bullet lists. While a <c>/\</c> or <c>\/</c> list whose
/// bullets are at column c is open, any token at column c or further left is shown as
/// <see cref="TokenKind.EndOfItem"/>: it cannot belong to the current item, so every expression
/// parser stops there without knowing about layout.
/// </summary>
internal sealed class TokenStream(ImmutableArray<Token> tokens, string file)
{
    private readonly List<int> _bulletColumns = [];
    private int _index;

    /// <summary>The next token as lexed, ignoring bullet columns.</summary>
    public Token Raw => tokens[_index];

    /// <summary>The token <paramref name="ahead"/> positions after the next one, ignoring bullet columns.</summary>
    public Token PeekRaw(int ahead) => tokens[Math.Min(_index + ahead, tokens.Length - 1)];

    /// <summary>The last token consumed.</summary>
    public Token Previous => tokens[Math.Max(_index - 1, 0)];

    /// <summary>The next token, or an <see cref="TokenKind.EndOfItem"/> marker at a bullet column. Reports lexical errors.</summary>
    public Token Current
    {
        get
        {
            var token = tokens[_index];
            if (token.Kind == TokenKind.Error)
            {
                throw new ParseException(new Diagnostic(DiagnosticKind.Parse, (string)token.Value!, token.Span(file)));
            }
            if (_bulletColumns.Count > 0 && token.Kind != TokenKind.EndOfFile && token.Column <= _bulletColumns[^1])
            {
                return token with { Kind = TokenKind.EndOfItem };
            }
            return token;
        }
    }

    /// <summary>Consumes the next token (whatever its column) and returns it.</summary>
    public Token Advance()
    {
        var token = Current;
        if (token.Kind == TokenKind.EndOfItem)
        {
            token = tokens[_index];
        }
        if (_index < tokens.Length - 1)
        {
            _index++;
        }
        return token;
    }

    public void OpenBulletList(int column) => _bulletColumns.Add(column);

    public void CloseBulletList() => _bulletColumns.RemoveAt(_bulletColumns.Count - 1);
}
