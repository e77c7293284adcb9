using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>Collects the operators of one standard module while it is being defined.</summary>
internal sealed class ModuleBuilder(string module, params string[] extends)
{
    private readonly List<BuiltinOperator> _operators = [];

    public ModuleBuilder Constant(string name, Value value)
    {
        _operators.Add(BuiltinOperator.CreateConstant(module, name, value));
        return this;
    }

    public ModuleBuilder Strict(string name, int arity, StrictOperator implementation)
    {
        _operators.Add(BuiltinOperator.CreateStrict(module, name, arity, implementation));
        return this;
    }

    public ModuleBuilder HigherOrder(string name, ImmutableArray<int> parameterArities, HigherOrderOperator implementation)
    {
        _operators.Add(BuiltinOperator.CreateHigherOrder(module, name, parameterArities, implementation));
        return this;
    }

    public BuiltinModule Build() => new(module, [.. extends], _operators);
}
