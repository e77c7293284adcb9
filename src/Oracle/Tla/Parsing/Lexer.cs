using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>
/// Turns TLA+ source text into tokens. Comments and white space are skipped. A lexical error
/// becomes an <see cref="TokenKind.Error"/> token, after which lexing stops: the parser reports it
/// when it gets there, so an earlier syntax error wins, as in SANY.
/// </summary>
internal sealed class Lexer
{
    /// <summary>Tab stops every 8 columns, as SANY counts them.</summary>
    private const int TabWidth = 8;

    private readonly string _text;
    private readonly bool _stopAtModuleEnd;
    private readonly ImmutableArray<Token>.Builder _tokens = ImmutableArray.CreateBuilder<Token>();
    private int _pos;
    private int _line = 1;
    private int _column = 1;

    private Lexer(string text, bool stopAtModuleEnd)
    {
        _text = text;
        _stopAtModuleEnd = stopAtModuleEnd;
    }

    /// <summary>
    /// Tokens of a module file: everything before the first <c>---- MODULE</c> header and after the
    /// first <c>====</c> line is ignored. Returns an empty token list (only end of file) if there is no header.
    /// </summary>
    public static ImmutableArray<Token> LexModule(string text)
    {
        var lexer = new Lexer(text, stopAtModuleEnd: true);
        int header = FindModuleHeader(text);
        if (header < 0)
        {
            lexer._pos = text.Length;
            lexer.MoveTo(text.Length);
        }
        else
        {
            lexer.MoveTo(header);
        }
        lexer.Run();
        return lexer._tokens.ToImmutable();
    }

    /// <summary>Tokens of a standalone expression (no module structure).</summary>
    public static ImmutableArray<Token> LexExpression(string text)
    {
        var lexer = new Lexer(text, stopAtModuleEnd: false);
        lexer.Run();
        return lexer._tokens.ToImmutable();
    }

    /// <summary>The offset of the first run of four or more dashes followed by <c>MODULE</c>, or -1.</summary>
    private static int FindModuleHeader(string text)
    {
        int i = 0;
        while ((i = text.IndexOf("----", i, StringComparison.Ordinal)) >= 0)
        {
            int j = i;
            while (j < text.Length && text[j] == '-') j++;
            int k = j;
            while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
            if (string.CompareOrdinal(text, k, "MODULE", 0, 6) == 0
                && (k + 6 >= text.Length || !IsWordChar(text[k + 6])))
            {
                return i;
            }
            i = j;
        }
        return -1;
    }

    /// <summary>Advances the position to <paramref name="target"/>, keeping line and column up to date.</summary>
    private void MoveTo(int target)
    {
        while (_pos < target)
        {
            char c = _text[_pos++];
            if (c == '\n')
            {
                _line++;
                _column = 1;
            }
            else if (c == '\t')
            {
                _column += TabWidth - ((_column - 1) % TabWidth);
            }
            else if (c == '\r' && _pos < _text.Length && _text[_pos] == '\n')
            {
                // CR LF: the LF starts the new line.
            }
            else if (c == '\r')
            {
                _line++;
                _column = 1;
            }
            else
            {
                _column++;
            }
        }
    }

    private char At(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private void Run()
    {
        while (true)
        {
            string? error = SkipTrivia();
            if (error != null)
            {
                Emit(TokenKind.Error, "(*", 2, error);
                break;
            }
            if (_pos >= _text.Length)
            {
                break;
            }
            if (!LexToken())
            {
                break;
            }
            if (_stopAtModuleEnd && _tokens[^1].Kind == TokenKind.ModuleEnd)
            {
                break;
            }
        }
        int line = _line, column = _column;
        if (_tokens.Count > 0 && _tokens[^1].Kind != TokenKind.Error)
        {
            // End of file is reported just after the last token, as SANY does.
            var last = _tokens[^1];
            line = last.EndLine;
            column = last.EndColumn + 1;
        }
        _tokens.Add(new Token(TokenKind.EndOfFile, "end of file", line, column, line, column));
    }

    /// <summary>Skips white space and comments; returns an error message for an unterminated comment.</summary>
    private string? SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (char.IsWhiteSpace(c))
            {
                MoveTo(_pos + 1);
            }
            else if (c == '\\' && At(1) == '*')
            {
                int end = _text.IndexOf('\n', _pos);
                MoveTo(end < 0 ? _text.Length : end);
            }
            else if (c == '(' && At(1) == '*')
            {
                if (!SkipBlockComment())
                {
                    return "unterminated comment: (* has no matching *)";
                }
            }
            else
            {
                break;
            }
        }
        return null;
    }

    /// <summary>Skips a possibly nested <c>(* ... *)</c> comment; false if it never ends (position unchanged).</summary>
    private bool SkipBlockComment()
    {
        int depth = 0;
        int i = _pos;
        while (i < _text.Length)
        {
            if (_text[i] == '(' && i + 1 < _text.Length && _text[i + 1] == '*')
            {
                depth++;
                i += 2;
            }
            else if (_text[i] == '*' && i + 1 < _text.Length && _text[i + 1] == ')')
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    MoveTo(i);
                    return true;
                }
            }
            else
            {
                i++;
            }
        }
        return false;
    }

    private static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    private static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    /// <summary>Lexes one token at the current position; false after emitting an error token.</summary>
    private bool LexToken()
    {
        char c = _text[_pos];
        if (c == '-' && At(1) == '-' && At(2) == '-' && At(3) == '-')
        {
            int n = 4;
            while (At(n) == '-') n++;
            Emit(TokenKind.Separator, "----", n);
            return true;
        }
        if (c == '=' && At(1) == '=' && At(2) == '=' && At(3) == '=')
        {
            int n = 4;
            while (At(n) == '=') n++;
            Emit(TokenKind.ModuleEnd, "====", n);
            return true;
        }
        if (IsWordChar(c))
        {
            return LexWord();
        }
        if (c == '"')
        {
            return LexString();
        }
        if (c == '\\' && IsLetter(At(1)))
        {
            return LexBackslashWord();
        }
        if (LexerSymbols.UnicodeSymbols.TryGetValue(c, out var ascii))
        {
            if (ascii == ">>" && At(1) == '_')
            {
                Emit(TokenKind.Symbol, ">>_", 2);
            }
            else
            {
                Emit(TokenKind.Symbol, OperatorSymbols.Canonical(ascii), 1);
            }
            return true;
        }
        if (LexerSymbols.PunctuationSymbolsByFirstChar.TryGetValue(c, out var candidates))
        {
            foreach (string symbol in candidates)
            {
                if (string.CompareOrdinal(_text, _pos, symbol, 0, symbol.Length) == 0)
                {
                    Emit(TokenKind.Symbol, OperatorSymbols.Canonical(symbol), symbol.Length);
                    return true;
                }
            }
        }
        string shown = char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString();
        Emit(TokenKind.Error, shown, 1, $"unexpected character '{shown}'");
        return false;
    }

    private bool LexWord()
    {
        int n = 0;
        bool hasLetter = false;
        while (IsWordChar(At(n)))
        {
            hasLetter |= IsLetter(At(n));
            n++;
        }
        string word = _text.Substring(_pos, n);
        if (word.StartsWith("WF_", StringComparison.Ordinal) || word.StartsWith("SF_", StringComparison.Ordinal))
        {
            Emit(word[0] == 'W' ? TokenKind.WeakFairness : TokenKind.StrongFairness, word[..3], 3);
            return true;
        }
        if (!hasLetter)
        {
            if (word.All(char.IsAsciiDigit))
            {
                Emit(TokenKind.Number, word, n, BigInteger.Parse(word, CultureInfo.InvariantCulture));
                return true;
            }
            if (word == "_")
            {
                Emit(TokenKind.Symbol, "_", 1);
                return true;
            }
            Emit(TokenKind.Error, word, n, $"malformed name or number '{word}'");
            return false;
        }
        Emit(LexerSymbols.Keywords.Contains(word) ? TokenKind.Keyword : TokenKind.Identifier, word, n);
        return true;
    }

    /// <summary><c>\in</c>, <c>\X</c>, ... and the numerals <c>\b1010</c>, <c>\o17</c>, <c>\hFF</c>.</summary>
    private bool LexBackslashWord()
    {
        int n = 1;
        while (IsLetter(At(n)) || char.IsAsciiDigit(At(n)))
        {
            n++;
        }
        string word = _text.Substring(_pos + 1, n - 1);
        if (TryRadixNumber(word, out var value))
        {
            Emit(TokenKind.Number, "\\" + word, n, value);
            return true;
        }
        // Letters only: the operator names never contain digits.
        int letters = 1;
        while (IsLetter(At(letters))) letters++;
        string name = _text.Substring(_pos + 1, letters - 1);
        if (LexerSymbols.BackslashWords.Contains(name))
        {
            Emit(TokenKind.Symbol, OperatorSymbols.Canonical("\\" + name), letters);
            return true;
        }
        Emit(TokenKind.Error, "\\" + name, letters, $"unknown operator '\\{name}'");
        return false;
    }

    private static bool TryRadixNumber(string word, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (word.Length < 2)
        {
            return false;
        }
        int radix = char.ToLowerInvariant(word[0]) switch { 'b' => 2, 'o' => 8, 'h' => 16, _ => 0 };
        if (radix == 0)
        {
            return false;
        }
        for (int i = 1; i < word.Length; i++)
        {
            int digit = HexDigit(word[i]);
            if (digit < 0 || digit >= radix)
            {
                return false;
            }
            value = value * radix + digit;
        }
        return true;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private bool LexString()
    {
        var value = new StringBuilder();
        int n = 1;
        while (true)
        {
            char c = At(n);
            if (_pos + n >= _text.Length || c == '\n' || c == '\r')
            {
                Emit(TokenKind.Error, "\"", 1, "unterminated string literal");
                return false;
            }
            if (c == '"')
            {
                n++;
                break;
            }
            if (c == '\\')
            {
                char e = At(n + 1);
                char? decoded = e switch
                {
                    '"' => '"',
                    '\\' => '\\',
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'f' => '\f',
                    _ => null,
                };
                if (decoded == null)
                {
                    MoveTo(_pos + n);
                    Emit(TokenKind.Error, "\\" + e, 2, $"unknown escape sequence '\\{e}' in string");
                    return false;
                }
                value.Append(decoded.Value);
                n += 2;
                continue;
            }
            value.Append(c);
            n++;
        }
        Emit(TokenKind.String, _text.Substring(_pos, n), n, value.ToString());
        return true;
    }

    /// <summary>Adds a token covering the next <paramref name="length"/> characters and moves past them.</summary>
    private void Emit(TokenKind kind, string text, int length, object? value = null)
    {
        int line = _line, column = _column;
        MoveTo(Math.Min(_pos + length - 1, _text.Length));
        int endLine = _line, endColumn = _column;
        MoveTo(Math.Min(_pos + 1, _text.Length));
        _tokens.Add(new Token(kind, text, line, column, endLine, endColumn, value));
    }
}
