namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>The names under which <see cref="BuiltinRegistry"/> knows the standard modules.</summary>
public static class StandardModuleNames
{
    /// <summary>The operators of TLA+ itself, visible without any EXTENDS.</summary>
    public const string Core = "";
    public const string Naturals = "Naturals";
    public const string Integers = "Integers";
    public const string Sequences = "Sequences";
    public const string FiniteSets = "FiniteSets";
    public const string Tlc = "TLC";
    public const string Bags = "Bags";
}
