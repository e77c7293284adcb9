namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>The lexical classes of TLA+ tokens.</summary>
internal enum TokenKind
{
    EndOfFile,
    /// <summary>A lexical error; its <see cref="Token.Value"/> is the message. Reported when the parser reaches it.</summary>
    Error,
    Identifier,
    /// <summary>A reserved word (<c>IF</c>, <c>CONSTANTS</c>, ...); <see cref="Token.Text"/> is the word.</summary>
    Keyword,
    /// <summary>A numeral; <see cref="Token.Value"/> is its <see cref="System.Numerics.BigInteger"/> value.</summary>
    Number,
    /// <summary>A string literal; <see cref="Token.Value"/> is the decoded string.</summary>
    String,
    /// <summary>An operator or punctuation symbol; <see cref="Token.Text"/> is its canonical spelling.</summary>
    Symbol,
    /// <summary>A line of four or more dashes.</summary>
    Separator,
    /// <summary>Four or more <c>=</c>: the end of a module.</summary>
    ModuleEnd,
    /// <summary><c>WF_</c>, the prefix of a weak-fairness subscript.</summary>
    WeakFairness,
    /// <summary><c>SF_</c>, the prefix of a strong-fairness subscript.</summary>
    StrongFairness,
    /// <summary>
    /// Not produced by the lexer: what the parser sees in place of a token that lies at or left of
    /// the column of the innermost open bullet list, which ends the current list item.
    /// </summary>
    EndOfItem,
}
