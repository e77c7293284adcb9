using System.Collections.Frozen;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Parsing;

internal enum OperatorFixity { Prefix, Infix, Postfix }

/// <summary>
/// An operator with its TLA+ precedence range (Lamport, <i>Specifying Systems</i>, table 15.1 ff.).
/// Two operators whose ranges overlap cannot be mixed without parentheses, unless they are the
/// same associative operator.
/// </summary>
internal sealed record OperatorInfo(string Symbol, OperatorFixity Fixity, int Low, int High, bool IsAssociative)
{
    /// <summary>This operator, written to the left, binds tighter than <paramref name="right"/>.</summary>
    public bool BindsTighterThan(OperatorInfo right) => Low > right.High;

    /// <summary>This operator, written to the left, binds looser than <paramref name="right"/>.</summary>
    public bool BindsLooserThan(OperatorInfo right) => High < right.Low;
}

/// <summary>Precedence and associativity of every built-in and user-definable operator symbol.</summary>
internal static class OperatorTable
{
    public static readonly FrozenDictionary<string, OperatorInfo> Infix = BuildInfix();
    public static readonly FrozenDictionary<string, OperatorInfo> Prefix = BuildPrefix();
    public static readonly FrozenDictionary<string, OperatorInfo> Postfix = BuildPostfix();

    /// <summary>Prefix minus, the only operator that is both prefix and infix.</summary>
    public static OperatorInfo Negate => Prefix[OperatorSymbols.Negate];

    private static FrozenDictionary<string, OperatorInfo> BuildInfix()
    {
        var table = new Dictionary<string, OperatorInfo>();
        void Add(int low, int high, bool assoc, params string[] symbols)
        {
            foreach (var s in symbols)
            {
                table[s] = new OperatorInfo(s, OperatorFixity.Infix, low, high, assoc);
            }
        }
        Add(1, 1, false, "=>");
        Add(2, 2, false, "<=>", "~>", "-+->");
        Add(3, 3, true, "/\\", "\\/");
        Add(5, 5, false, "=", "/=", "<", ">", "<=", ">=", "\\in", "\\notin", "\\subseteq", "\\subset",
            "\\supseteq", "\\supset", "-|", "::=", ":=", "=|", "|-", "|=", "\\approx", "\\asymp",
            "\\cong", "\\doteq", "\\gg", "\\ll", "\\prec", "\\preceq", "\\propto", "\\sim", "\\simeq",
            "\\sqsubset", "\\sqsupset", "\\sqsubseteq", "\\sqsupseteq", "\\succ", "\\succeq");
        Add(5, 14, true, "\\cdot");
        Add(6, 6, true, "@@");
        Add(7, 7, false, ":>", "<:");
        Add(8, 8, false, "\\");
        Add(8, 8, true, "\\cap", "\\cup");
        Add(9, 9, false, "..", "...");
        Add(9, 13, true, "##", "$", "$$", "??", "\\sqcap", "\\sqcup", "\\uplus");
        Add(9, 13, false, "!!");
        Add(9, 14, false, "\\wr");
        Add(10, 10, true, "+", "++", "\\oplus");
        Add(10, 11, false, "%");
        Add(10, 11, true, "%%", "|", "||");
        Add(10, 13, false, "\\X");
        Add(11, 11, true, "-", "--");
        Add(11, 11, false, "\\ominus");
        Add(13, 13, true, "*", "**", "&", "&&", "\\odot", "\\otimes", "\\o", "\\bigcirc", "\\bullet", "\\star");
        Add(13, 13, false, "/", "//", "\\div", "\\oslash");
        Add(14, 14, false, "^", "^^");
        return table.ToFrozenDictionary();
    }

    private static FrozenDictionary<string, OperatorInfo> BuildPrefix()
    {
        var table = new Dictionary<string, OperatorInfo>();
        void Add(int low, int high, params string[] symbols)
        {
            foreach (var s in symbols)
            {
                table[s] = new OperatorInfo(s, OperatorFixity.Prefix, low, high, false);
            }
        }
        Add(4, 4, "~");
        Add(4, 15, "[]", "<>", "ENABLED", "UNCHANGED");
        Add(8, 8, "SUBSET", "UNION");
        Add(9, 9, "DOMAIN");
        Add(12, 12, OperatorSymbols.Negate);
        return table.ToFrozenDictionary();
    }

    private static FrozenDictionary<string, OperatorInfo> BuildPostfix()
    {
        var table = new Dictionary<string, OperatorInfo>();
        foreach (var s in new[] { "'", "^+", "^*", "^#" })
        {
            table[s] = new OperatorInfo(s, OperatorFixity.Postfix, 15, 15, false);
        }
        return table.ToFrozenDictionary();
    }
}
