using System.Collections.Frozen;
using System.Collections.Immutable;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// A standard module as the resolver sees it: the modules it EXTENDS (whose names it re-exports)
/// and the operators it defines itself. Names from a <c>LOCAL INSTANCE</c> in the real module
/// (Sequences uses Naturals that way) are not exported and are not listed.
/// </summary>
public sealed class BuiltinModule
{
    private readonly FrozenDictionary<string, BuiltinOperator> _operators;

    internal BuiltinModule(string name, ImmutableArray<string> extends, IEnumerable<BuiltinOperator> operators)
    {
        Name = name;
        Extends = extends;
        Operators = [.. operators];
        _operators = Operators.ToFrozenDictionary(o => o.Name, StringComparer.Ordinal);
    }

    /// <summary>The module name (<c>""</c> for the operators of TLA+ itself).</summary>
    public string Name { get; }

    /// <summary>The modules named in its EXTENDS, in order.</summary>
    public ImmutableArray<string> Extends { get; }

    /// <summary>The operators it defines itself (not those of the modules it extends).</summary>
    public ImmutableArray<BuiltinOperator> Operators { get; }

    /// <summary>The operator it defines itself under <paramref name="name"/> (canonical spelling).</summary>
    public bool TryGetOperator(string name, out BuiltinOperator op) => _operators.TryGetValue(name, out op!);

    public override string ToString() => Name.Length == 0 ? "(TLA+)" : Name;
}
