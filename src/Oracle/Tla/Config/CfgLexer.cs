using System.Collections.Immutable;
using System.Text;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Config;

/// <summary>
/// Splits a TLC model config file into tokens. Comments are TLA+'s: <c>\*</c> to the end of the line
/// and nestable <c>(* ... *)</c>. Bad characters, unterminated strings and comments become
/// diagnostics (kind <see cref="DiagnosticKind.Config"/>), never exceptions.
/// </summary>
public sealed class CfgLexer
{
    private readonly string _text;
    private readonly string _file;
    private readonly ImmutableArray<CfgToken>.Builder _tokens = ImmutableArray.CreateBuilder<CfgToken>();
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
    private int _pos;
    private int _line = 1;
    private int _column = 1;

    private CfgLexer(string text, string file)
    {
        _text = text;
        _file = file;
    }

    /// <summary>All tokens of <paramref name="text"/>, ending with one <see cref="CfgTokenKind.End"/> token.</summary>
    public static (ImmutableArray<CfgToken> Tokens, ImmutableArray<Diagnostic> Diagnostics) Tokenize(string text, string file)
    {
        var lexer = new CfgLexer(text, file);
        lexer.Run();
        return (lexer._tokens.ToImmutable(), lexer._diagnostics.ToImmutable());
    }

    private void Run()
    {
        // A byte-order mark left by an editor is not part of the text.
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _pos = 1;
        }
        while (true)
        {
            SkipWhitespaceAndComments();
            if (_pos >= _text.Length)
            {
                _tokens.Add(new CfgToken(CfgTokenKind.End, "", new SourceSpan(_file, _line, _column, _line, _column)));
                return;
            }
            LexToken();
        }
    }

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void Advance()
    {
        if (_text[_pos] == '\n')
        {
            _line++;
            _column = 1;
        }
        else
        {
            _column++;
        }
        _pos++;
    }

    private void SkipWhitespaceAndComments()
    {
        while (_pos < _text.Length)
        {
            var c = Peek();
            if (char.IsWhiteSpace(c))
            {
                Advance();
            }
            else if (c == '\\' && Peek(1) == '*')
            {
                while (_pos < _text.Length && Peek() != '\n')
                {
                    Advance();
                }
            }
            else if (c == '(' && Peek(1) == '*')
            {
                SkipBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    // Block comments nest, as in TLA+; an unterminated one is reported at its opening.
    private void SkipBlockComment()
    {
        var (startLine, startColumn) = (_line, _column);
        var depth = 0;
        while (_pos < _text.Length)
        {
            if (Peek() == '(' && Peek(1) == '*')
            {
                depth++;
                Advance();
                Advance();
            }
            else if (Peek() == '*' && Peek(1) == ')')
            {
                depth--;
                Advance();
                Advance();
                if (depth == 0)
                {
                    return;
                }
            }
            else
            {
                Advance();
            }
        }
        Report("unterminated comment: '(*' has no matching '*)'", startLine, startColumn, startLine, startColumn + 1);
    }

    private void LexToken()
    {
        var c = Peek();
        if (IsWordChar(c))
        {
            LexWord();
            return;
        }
        if (c == '"')
        {
            LexString();
            return;
        }
        var (kind, length) = c switch
        {
            '=' => (CfgTokenKind.Equals, 1),
            '<' when Peek(1) == '-' => (CfgTokenKind.LeftArrow, 2),
            '<' when Peek(1) == '<' => (CfgTokenKind.LeftAngle, 2),
            '{' => (CfgTokenKind.LeftBrace, 1),
            '}' => (CfgTokenKind.RightBrace, 1),
            '[' => (CfgTokenKind.LeftBracket, 1),
            ']' => (CfgTokenKind.RightBracket, 1),
            ',' => (CfgTokenKind.Comma, 1),
            '-' => (CfgTokenKind.Minus, 1),
            _ => (CfgTokenKind.Unknown, 1),
        };
        var (line, column) = (_line, _column);
        var text = _text.Substring(_pos, length);
        for (var i = 0; i < length; i++)
        {
            Advance();
        }
        var span = new SourceSpan(_file, line, column, line, column + length - 1);
        if (kind == CfgTokenKind.Unknown)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticKind.Config, $"unexpected character '{text}' in the configuration file", span));
        }
        _tokens.Add(new CfgToken(kind, text, span));
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    // A word made only of digits is a number; any letter or underscore makes it a name (as in TLA+).
    private void LexWord()
    {
        var (line, column, start) = (_line, _column, _pos);
        var allDigits = true;
        while (_pos < _text.Length && IsWordChar(Peek()))
        {
            allDigits &= char.IsAsciiDigit(Peek());
            Advance();
        }
        var text = _text[start.._pos];
        var span = new SourceSpan(_file, line, column, line, _column - 1);
        _tokens.Add(new CfgToken(allDigits ? CfgTokenKind.Number : CfgTokenKind.Word, text, span));
    }

    private void LexString()
    {
        var (line, column) = (_line, _column);
        Advance();
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length || Peek() == '\n')
            {
                Report("unterminated string: a string must end with '\"' on the line where it starts", line, column, line, column);
                _tokens.Add(new CfgToken(CfgTokenKind.Unknown, value.ToString(), new SourceSpan(_file, line, column, line, column)));
                return;
            }
            var c = Peek();
            Advance();
            if (c == '"')
            {
                break;
            }
            if (c == '\\')
            {
                var escaped = Peek();
                char? decoded = escaped switch
                {
                    '"' => '"',
                    '\\' => '\\',
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'f' => '\f',
                    _ => null,
                };
                if (decoded is null)
                {
                    Report($"unknown escape '\\{escaped}' in a string", _line, _column - 1, _line, _column);
                }
                else
                {
                    value.Append(decoded.Value);
                    Advance();
                }
                continue;
            }
            value.Append(c);
        }
        _tokens.Add(new CfgToken(CfgTokenKind.String, value.ToString(), new SourceSpan(_file, line, column, _line, _column - 1)));
    }

    private void Report(string message, int line, int column, int endLine, int endColumn) =>
        _diagnostics.Add(new Diagnostic(DiagnosticKind.Config, message, new SourceSpan(_file, line, column, endLine, endColumn)));
}
