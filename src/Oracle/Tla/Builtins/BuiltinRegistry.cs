using System.Collections.Frozen;
using System.Collections.Immutable;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// The standard modules GraphSpec implements natively, and their operators. The resolver asks it
/// once per name (never during evaluation): <see cref="TryGetModule"/> tells whether an EXTENDS or
/// INSTANCE names a standard module, <see cref="TryResolve"/> finds the operator a module makes
/// visible (its own or one of a module it extends, transitively).
/// </summary>
public static class BuiltinRegistry
{
    private static readonly FrozenDictionary<string, BuiltinModule> ModulesByName = CreateModules();

    /// <summary>Every standard module, including the core module <c>""</c>.</summary>
    public static ImmutableArray<BuiltinModule> Modules { get; } = [.. ModulesByName.Values.OrderBy(m => m.Name, StringComparer.Ordinal)];

    /// <summary>The operators of TLA+ itself, visible everywhere.</summary>
    public static BuiltinModule Core { get; } = ModulesByName[StandardModuleNames.Core];

    /// <summary>The standard module named <paramref name="module"/> (<c>""</c> for TLA+ itself).</summary>
    public static bool TryGetModule(string module, out BuiltinModule builtinModule) =>
        ModulesByName.TryGetValue(module, out builtinModule!);

    /// <summary>True when <paramref name="module"/> is a standard module this registry implements.</summary>
    public static bool IsStandardModule(string module) => module.Length > 0 && ModulesByName.ContainsKey(module);

    /// <summary>The modules <paramref name="module"/> EXTENDS (empty for an unknown module).</summary>
    public static ImmutableArray<string> GetExtends(string module) =>
        ModulesByName.TryGetValue(module, out BuiltinModule? m) ? m.Extends : [];

    /// <summary>
    /// The operator <paramref name="module"/> defines itself under <paramref name="name"/>
    /// (canonical spelling, see <see cref="Syntax.OperatorSymbols"/>), not following EXTENDS.
    /// </summary>
    public static bool TryGetOperator(string module, string name, out BuiltinOperator op)
    {
        if (ModulesByName.TryGetValue(module, out BuiltinModule? m))
        {
            return m.TryGetOperator(name, out op);
        }
        op = null!;
        return false;
    }

    /// <summary>
    /// The operator named <paramref name="name"/> that <c>EXTENDS module</c> makes visible: one the
    /// module defines, or one of a module it extends (depth first, in EXTENDS order).
    /// </summary>
    public static bool TryResolve(string module, string name, out BuiltinOperator op)
    {
        if (!ModulesByName.TryGetValue(module, out BuiltinModule? m))
        {
            op = null!;
            return false;
        }
        if (m.TryGetOperator(name, out op))
        {
            return true;
        }
        foreach (string extended in m.Extends)
        {
            if (TryResolve(extended, name, out op))
            {
                return true;
            }
        }
        return false;
    }

    private static FrozenDictionary<string, BuiltinModule> CreateModules()
    {
        BuiltinModule[] modules =
        [
            CoreModule.Create(),
            NaturalsModule.Create(),
            IntegersModule.Create(),
            SequencesModule.Create(),
            FiniteSetsModule.Create(),
            TlcModule.Create(),
            BagsModule.Create(),
        ];
        return modules.ToFrozenDictionary(m => m.Name, StringComparer.Ordinal);
    }
}
