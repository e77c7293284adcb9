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
    /// Symbols made of punctuation characters, grouped by their first character and longest first
    /// in each group, so that the first match is the longest one (maximal munch).
    /// </summary>
    public static readonly FrozenDictionary<char, string[]> PunctuationSymbolsByFirstChar =
        BuildPunctuationSymbols().GroupBy(s => s[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

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

    /// <summary>
    /// The Unicode spellings SANY accepts, mapped to their ASCII forms (then made canonical like
    /// every other symbol). A closing angle bracket directly followed by <c>_</c> is <c>&gt;&gt;_</c>.
    /// </summary>
    public static readonly FrozenDictionary<char, string> UnicodeSymbols = new Dictionary<char, string>
    {
        ['∧'] = "/\\",
        ['∨'] = "\\/",
        ['¬'] = "~",
        ['⇒'] = "=>",
        ['⇔'] = "<=>",
        ['≡'] = "<=>",
        ['≜'] = "==",
        ['∈'] = "\\in",
        ['∉'] = "\\notin",
        ['≠'] = "/=",
        ['≤'] = "<=",
        ['≥'] = ">=",
        ['⊆'] = "\\subseteq",
        ['⊂'] = "\\subset",
        ['⊇'] = "\\supseteq",
        ['⊃'] = "\\supset",
        ['∪'] = "\\cup",
        ['∩'] = "\\cap",
        ['×'] = "\\X",
        ['∀'] = "\\A",
        ['∃'] = "\\E",
        ['□'] = "[]",
        ['◇'] = "<>",
        ['↝'] = "~>",
        ['⟨'] = "<<",
        ['⟩'] = ">>",
        ['↦'] = "|->",
        ['→'] = "->",
        ['←'] = "<-",
        ['∘'] = "\\o",
        ['⊕'] = "\\oplus",
        ['⊖'] = "\\ominus",
        ['⊗'] = "\\otimes",
        ['⊘'] = "\\oslash",
        ['⊙'] = "\\odot",
        ['≺'] = "\\prec",
        ['≼'] = "\\preceq",
        ['≻'] = "\\succ",
        ['≽'] = "\\succeq",
        ['⊑'] = "\\sqsubseteq",
        ['⊒'] = "\\sqsupseteq",
        ['⊏'] = "\\sqsubset",
        ['⊐'] = "\\sqsupset",
        ['⊓'] = "\\sqcap",
        ['⊔'] = "\\sqcup",
        ['⊎'] = "\\uplus",
        ['≀'] = "\\wr",
        ['≈'] = "\\approx",
        ['≍'] = "\\asymp",
        ['≅'] = "\\cong",
        ['≐'] = "\\doteq",
        ['∼'] = "\\sim",
        ['≃'] = "\\simeq",
        ['∝'] = "\\propto",
        ['⋆'] = "\\star",
        ['∙'] = "\\bullet",
        ['⋅'] = "\\cdot",
        ['≪'] = "\\ll",
        ['≫'] = "\\gg",
        ['⊢'] = "|-",
        ['⊣'] = "-|",
        ['⊨'] = "|=",
        ['⫤'] = "=|",
        ['‥'] = "..",
        ['…'] = "...",
        ['∷'] = "::",
        ['≔'] = ":=",
        ['⩴'] = "::=",
        ['‖'] = "||",
    }.ToFrozenDictionary();
}
