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

    public static readonly string[] All = [.. Keywords, .. Operators, .. Brackets, .. Literals, .. Layout];
}
