using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Config;

/// <summary>The kinds of token a TLC model config file is made of.</summary>
public enum CfgTokenKind
{
    /// <summary>A word: a keyword (<c>INIT</c>, <c>CONSTANTS</c>, ...), a name, <c>TRUE</c> or <c>FALSE</c>.</summary>
    Word,
    /// <summary>A decimal natural number.</summary>
    Number,
    /// <summary>A string literal; <see cref="CfgToken.Text"/> holds the decoded contents.</summary>
    String,
    /// <summary><c>=</c></summary>
    Equals,
    /// <summary><c>&lt;-</c></summary>
    LeftArrow,
    /// <summary><c>{</c></summary>
    LeftBrace,
    /// <summary><c>}</c></summary>
    RightBrace,
    /// <summary><c>&lt;&lt;</c>: not part of the cfg grammar; lexed so that a tuple value gets a precise message.</summary>
    LeftAngle,
    /// <summary><c>[</c></summary>
    LeftBracket,
    /// <summary><c>]</c></summary>
    RightBracket,
    /// <summary><c>,</c></summary>
    Comma,
    /// <summary><c>-</c>: not part of the cfg grammar; lexed so that <c>N = -3</c> gets a precise message.</summary>
    Minus,
    /// <summary>Any other character; the lexer has already reported it.</summary>
    Unknown,
    /// <summary>End of the file.</summary>
    End,
}

/// <summary>One token with its text (decoded for strings) and its position in the cfg file.</summary>
public readonly record struct CfgToken(CfgTokenKind Kind, string Text, SourceSpan Span);
