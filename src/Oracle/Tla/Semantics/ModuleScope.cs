namespace GraphSpec.Oracle.Tla.Semantics;

/// <summary>
/// The names one module defines, as resolved in one environment (the root, or one INSTANCE).
/// <see cref="Visible"/> is what the module's own definitions see; <see cref="Exported"/> is what an
/// EXTENDS or INSTANCE of it brings in (LOCAL definitions excluded).
/// </summary>
internal sealed class ModuleScope(string name, InstanceEnvironment environment)
{
    public string Name { get; } = name;
    public InstanceEnvironment Environment { get; } = environment;
    public Dictionary<string, Symbol> Visible { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Symbol> Exported { get; } = new(StringComparer.Ordinal);

    /// <summary>Names of CONSTANT/VARIABLE declarations: EXTENDS shares them, INSTANCE does not.</summary>
    public HashSet<string> DeclarationNames { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// How module parameters are bound while resolving: in the root environment each CONSTANT and
/// VARIABLE gets an index; inside an INSTANCE each is replaced by its substitution.
/// </summary>
internal sealed class InstanceEnvironment(IReadOnlyDictionary<string, Symbol>? substitutions, int level)
{
    /// <summary>Null for the root environment.</summary>
    public IReadOnlyDictionary<string, Symbol>? Substitutions { get; } = substitutions;

    /// <summary>Frame level of the instance's parameters (0 when it has none).</summary>
    public int Level { get; } = level;

    /// <summary>Modules already resolved in this environment (an EXTENDS diamond resolves once).</summary>
    public Dictionary<string, ModuleScope> Resolved { get; } = new(StringComparer.Ordinal);

    public bool IsRoot => Substitutions is null;
}
