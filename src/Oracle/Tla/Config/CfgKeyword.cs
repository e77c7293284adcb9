namespace GraphSpec.Oracle.Tla.Config;

/// <summary>The section keywords of a TLC model config file. Singular and plural spellings are synonyms.</summary>
public enum CfgKeyword
{
    Init,
    Next,
    Specification,
    Constants,
    Invariants,
    Properties,
    Constraints,
    ActionConstraints,
    Symmetry,
    View,
    Alias,
    Postcondition,
    CheckDeadlock,
}

/// <summary>Maps the words of a cfg file to section keywords.</summary>
public static class CfgKeywords
{
    private static readonly Dictionary<string, CfgKeyword> ByWord = new(StringComparer.Ordinal)
    {
        ["INIT"] = CfgKeyword.Init,
        ["NEXT"] = CfgKeyword.Next,
        ["SPECIFICATION"] = CfgKeyword.Specification,
        ["CONSTANT"] = CfgKeyword.Constants,
        ["CONSTANTS"] = CfgKeyword.Constants,
        ["INVARIANT"] = CfgKeyword.Invariants,
        ["INVARIANTS"] = CfgKeyword.Invariants,
        ["PROPERTY"] = CfgKeyword.Properties,
        ["PROPERTIES"] = CfgKeyword.Properties,
        ["CONSTRAINT"] = CfgKeyword.Constraints,
        ["CONSTRAINTS"] = CfgKeyword.Constraints,
        ["ACTION_CONSTRAINT"] = CfgKeyword.ActionConstraints,
        ["ACTION_CONSTRAINTS"] = CfgKeyword.ActionConstraints,
        ["SYMMETRY"] = CfgKeyword.Symmetry,
        ["VIEW"] = CfgKeyword.View,
        ["ALIAS"] = CfgKeyword.Alias,
        ["POSTCONDITION"] = CfgKeyword.Postcondition,
        ["CHECK_DEADLOCK"] = CfgKeyword.CheckDeadlock,
    };

    /// <summary>The keyword spelled <paramref name="word"/> (case-sensitive, as in TLC), if any.</summary>
    public static bool TryGet(string word, out CfgKeyword keyword) => ByWord.TryGetValue(word, out keyword);

    /// <summary>True if <paramref name="word"/> is a section keyword.</summary>
    public static bool IsKeyword(string word) => ByWord.ContainsKey(word);
}
