using System.Collections.Concurrent;
using GraphSpec.Oracle.Tla.Builtins;

namespace GraphSpec.Oracle.Tla.Semantics;

/// <summary>
/// The builtin operators as resolver symbols: one symbol per operator, shared by every scope, so
/// that a standard module reached by two EXTENDS paths does not look like a conflict.
/// </summary>
internal static class BuiltinCatalog
{
    private static readonly ConcurrentDictionary<BuiltinOperator, BuiltinSymbol> Symbols = new();
    private static readonly ConcurrentDictionary<string, IReadOnlyList<BuiltinSymbol>> ByModule = new(StringComparer.Ordinal);

    private static BuiltinSymbol SymbolOf(BuiltinOperator op) =>
        Symbols.GetOrAdd(op, static o => new BuiltinSymbol(o.Name, o.Module.Length == 0 ? "TLA+" : o.Module, o.Arity, o));

    /// <summary>Every operator that <c>EXTENDS module</c> makes visible (its EXTENDS followed).</summary>
    public static IReadOnlyList<BuiltinSymbol> OperatorsOf(string module) =>
        ByModule.GetOrAdd(module, static m =>
        {
            var list = new List<BuiltinSymbol>();
            Collect(m, list, new HashSet<string>(StringComparer.Ordinal));
            return list;
        });

    private static void Collect(string module, List<BuiltinSymbol> list, HashSet<string> visited)
    {
        if (!visited.Add(module) || !BuiltinRegistry.TryGetModule(module, out var m))
        {
            return;
        }

        foreach (var extended in m.Extends)
        {
            Collect(extended, list, visited);
        }

        foreach (var op in m.Operators)
        {
            list.Add(SymbolOf(op));
        }
    }

    /// <summary>An operator of TLA+ itself (visible without EXTENDS), or null.</summary>
    public static BuiltinSymbol? Core(string name) =>
        BuiltinRegistry.Core.TryGetOperator(name, out var op) ? SymbolOf(op) : null;
}
