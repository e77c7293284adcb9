using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>
/// One token with its position (1-based lines and columns, inclusive end). <see cref="Text"/> is the
/// canonical spelling for symbols and the source text otherwise.
/// </summary>
internal readonly record struct Token(
    TokenKind Kind, string Text, int Line, int Column, int EndLine, int EndColumn, object? Value = null)
{
    public SourceSpan Span(string file) => new(file, Line, Column, EndLine, EndColumn);

    public bool IsSymbol(string canonical) => Kind == TokenKind.Symbol && Text == canonical;

    public bool IsKeyword(string word) => Kind == TokenKind.Keyword && Text == word;
}
