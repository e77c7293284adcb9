using System.Collections.Frozen;

namespace GraphSpec.Oracle.Tla.Syntax;

/// <summary>
/// Canonical spellings of TLA+ operator symbols. The parser stores every operator in its canonical
/// form, so later stages compare against one spelling only.
/// </summary>
public static class OperatorSymbols
{
    /// <summary>Prefix minus is stored as <c>-.</c>, as TLA+ names it when it is defined (<c>-. a == …</c>).</summary>
    public const string Negate = "-.";

    private static readonly FrozenDictionary<string, string> Synonyms = new Dictionary<string, string>
    {
        ["\\forall"] = "\\A",
        ["\\exists"] = "\\E",
        ["\\land"] = "/\\",
        ["\\lor"] = "\\/",
        ["\\lnot"] = "~",
        ["\\neg"] = "~",
        ["#"] = "/=",
        ["=<"] = "<=",
        ["\\leq"] = "<=",
        ["\\geq"] = ">=",
        ["\\equiv"] = "<=>",
        ["\\union"] = "\\cup",
        ["\\intersect"] = "\\cap",
        ["\\circ"] = "\\o",
        ["\\times"] = "\\X",
        ["(+)"] = "\\oplus",
        ["(-)"] = "\\ominus",
        ["(.)"] = "\\odot",
        ["(/)"] = "\\oslash",
        ["(\\X)"] = "\\otimes",
    }.ToFrozenDictionary();

    /// <summary>The canonical spelling of <paramref name="symbol"/> (itself when it has no synonym).</summary>
    public static string Canonical(string symbol) => Synonyms.TryGetValue(symbol, out var c) ? c : symbol;
}
