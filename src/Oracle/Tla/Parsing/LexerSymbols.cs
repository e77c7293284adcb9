using System.Collections.Frozen;

namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>The fixed vocabulary of the lexer: reserved words and operator spellings.</summary>
internal static class LexerSymbols
{
    public static readonly FrozenSet<string> Keywords = new[]
    {
        "ASSUME", "ASSUMPTION", "AXIOM", "BOOLEAN", "CASE", "CHOOSE", "CONSTANT", "CONSTANTS",
        "COROLLARY", "DOMAIN", "ELSE", "ENABLED", "EXCEPT", "EXTENDS", "FALSE", "IF", "IN",
        "INSTANCE", "LAMBDA", "LEMMA", "LET", "LOCAL", "MODULE", "OTHER", "PROPOSITION",
        "RECURSIVE", "SUBSET", "THEN", "THEOREM", "TRUE", "UNCHANGED", "UNION", "VARIABLE",
        "VARIABLES", "WITH",
    }.ToFrozenSet();

    /// <summary>Operators spelled as a backslash followed by letters (without the backslash).</summary>
    public static readonly FrozenSet<string> BackslashWords = new[]
    {
        "A", "E", "AA", "EE", "X", "times", "in", "notin", "cup", "union", "cap", "intersect",
        "subseteq", "subset", "supseteq", "supset", "div", "o", "circ", "cdot", "land", "lor",
        "lnot", "neg", "equiv", "leq", "geq", "approx", "asymp", "bigcirc", "bullet", "cong",
        "doteq", "gg", "ll", "odot", "ominus", "oplus", "oslash", "otimes", "prec", "preceq",
        "propto", "sim", "simeq", "sqcap", "sqcup", "sqsubset", "sqsupset", "sqsubseteq",
        "sqsupseteq", "star", "succ", "succeq", "uplus", "wr",
    }.ToFrozenSet();

    /// <summary>
    /// Symbols made of punctuation characters, longest first so that the first match is the
    /// longest one (maximal munch).
    /// </summary>
    public static readonly string[] PunctuationSymbols = BuildPunctuationSymbols();

    private static string[] BuildPunctuationSymbols()
    {
        string[] all =
        [
            "-+->", "(\\X)",
            "<=>", "...", "::=", "(+)", "(-)", "(.)", "(/)", "|->", ">>_",
            "^+", "^*", "^#", "==", "=>", "=<", "=|", "/=", "/\\", "\\/", "//", "<=", "<:", "<-",
            "<<", "<>", ">=", ">>", "..", "::", ":=", ":>", "@@", "!!", "##", "$$", "%%", "&&",
            "**", "++", "--", "-|", "->", "??", "^^", "|-", "|=", "||", "~>", "[]", "]_",
            "=", "#", "<", ">", "+", "-", "*", "/", "%", "^", "|", "&", "$", "?", "~", "'", ".",
            ",", ":", ";", "!", "@", "(", ")", "[", "]", "{", "}", "\\",
        ];
        Array.Sort(all, (a, b) => b.Length.CompareTo(a.Length));
        return all;
    }
}
