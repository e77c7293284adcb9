namespace GraphSpec.PropertyTests;

/// <summary>The tokens random inputs are built from: TLA+ keywords, operators, brackets, literals, layout.</summary>
public static class TlaVocabulary
{
    public static readonly string[] Keywords =
    [
        "MODULE", "EXTENDS", "CONSTANT", "CONSTANTS", "VARIABLE", "VARIABLES", "ASSUME", "THEOREM",
        "LOCAL", "INSTANCE", "WITH", "LET", "IN", "IF", "THEN", "ELSE", "CASE", "OTHER", "CHOOSE",
        "LAMBDA", "RECURSIVE", "SUBSET", "UNION", "DOMAIN", "ENABLED", "UNCHANGED", "EXCEPT",
        "TRUE", "FALSE", "BOOLEAN", "WF_", "SF_", "Nat", "Int", "Seq",
    ];

    public static readonly string[] Operators =
    [
        "/\\", "\\/", "~", "=>", "<=>", "\\equiv", "=", "#", "/=", "<", ">", "<=", ">=", "=<", "\\in",
        "\\notin", "\\subseteq", "\\cup", "\\cap", "\\union", "\\", "+", "-", "*", "\\div", "%", "^",
        "..", ":>", "@@", "\\o", "\\X", "'", "[]", "<>", "~>", "|->", "->", "<-", "==", ":", "::", ",",
        ".", "!", "@", "_", "\\A", "\\E", "\\lnot", "\\land", "\\lor", "++", "-+->",
    ];

    public static readonly string[] Brackets = ["(", ")", "[", "]", "{", "}", "<<", ">>", "]_", ">>_", "(*", "*)"];

    public static readonly string[] Literals =
    [
        "x", "y", "f", "S", "Init", "Next", "vars", "Len", "Append", "Head", "M", "a_1", "0", "1", "42",
        "123456789012345678901234567890", "\"a\"", "\"\"", "\"unterminated", "\"esc\\\"aped\"",
    ];

    public static readonly string[] Layout =
    [
        "----", "-------- MODULE M --------", "====", "=======", "\\* comment\n", "(* block *)",
        "(* unterminated", "\n", "\n  ", "\n    ", "\t",
    ];

    /// <summary>Unicode operator spellings and characters a lexer must survive (NUL, BOM, a lone surrogate, ...).</summary>
    public static readonly string[] Unicode =
    [
        "\u2200", "\u2203", "\u2208", "\u2209", "\u2227", "\u2228", "\u00AC", "\u225C", "\u27E8", "\u27E9", "\u3008",
        "\u3009", "\u21A6", "\u2192", "\u2264", "\u2260", "\u222A", "\u00D7", "\u00E9t\u00E9", "\u0000", "\r", "\r\n",
        "\u00A0", "\uFEFF", "\uD800", "\uD83D\uDE00", "\u2028",
    ];

    public static readonly string[] All = [.. Keywords, .. Operators, .. Brackets, .. Literals, .. Layout, .. Unicode];
}
