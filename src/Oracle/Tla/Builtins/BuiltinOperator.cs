using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// One operator of a standard module (or of TLA+ itself), implemented natively over values.
/// The resolver binds a name to it once; the evaluator then calls <see cref="Strict"/>,
/// <see cref="HigherOrder"/> or reads <see cref="Constant"/> directly, with no lookup per call.
/// </summary>
public sealed class BuiltinOperator
{
    private BuiltinOperator(
        string module, string name, BuiltinOperatorKind kind, ImmutableArray<int> parameterArities,
        Value? constant, StrictOperator? strict, HigherOrderOperator? higherOrder)
    {
        Module = module;
        Name = name;
        Kind = kind;
        ParameterArities = parameterArities;
        Constant = constant;
        Strict = strict;
        HigherOrder = higherOrder;
        IsPure = !(module == StandardModuleNames.Tlc && name is "Print" or "PrintT" or "TLCGet" or "TLCSet" or "JavaTime" or "RandomElement");
    }

    /// <summary>The module that defines it: <c>""</c> for TLA+ itself, else <c>Naturals</c>, <c>TLC</c>, ...</summary>
    public string Module { get; }

    /// <summary>The name, with operator symbols in their canonical spelling (<c>\cup</c>, <c>-.</c>, <c>&lt;=</c>).</summary>
    public string Name { get; }

    public BuiltinOperatorKind Kind { get; }

    /// <summary>The number of arguments.</summary>
    public int Arity => ParameterArities.Length;

    /// <summary>
    /// One entry per parameter: 0 for an ordinary (value) parameter, n &gt; 0 for an operator
    /// parameter that takes n arguments (<c>SortSeq(s, Op(_, _))</c> is <c>[0, 2]</c>).
    /// </summary>
    public ImmutableArray<int> ParameterArities { get; }

    /// <summary>The value of a <see cref="BuiltinOperatorKind.Constant"/> operator.</summary>
    public Value? Constant { get; }

    /// <summary>The implementation of a <see cref="BuiltinOperatorKind.Strict"/> operator.</summary>
    public StrictOperator? Strict { get; }

    /// <summary>The implementation of a <see cref="BuiltinOperatorKind.HigherOrder"/> operator.</summary>
    public HigherOrderOperator? HigherOrder { get; }

    /// <summary>
    /// True when the result depends on the arguments alone and computing it has no effect (false for
    /// output, the TLCGet/TLCSet registers, the clock and random choices): the evaluator may then
    /// reuse a result instead of computing it again.
    /// </summary>
    public bool IsPure { get; }

    /// <summary>Whether some parameter is an operator parameter.</summary>
    public bool IsHigherOrder => Kind == BuiltinOperatorKind.HigherOrder;

    /// <summary>Evaluates a constant or strict operator (for callers that do not branch on <see cref="Kind"/>).</summary>
    public Value Invoke(ReadOnlySpan<Value> arguments, BuiltinContext context)
    {
        switch (Kind)
        {
            case BuiltinOperatorKind.Constant:
                return Constant!;
            case BuiltinOperatorKind.Strict:
                return Strict!(arguments, context);
            default:
                throw new InvalidOperationException($"{Name} takes operator arguments; call HigherOrder.");
        }
    }

    public override string ToString() => Module.Length == 0 ? Name : $"{Module}!{Name}";

    internal static BuiltinOperator CreateConstant(string module, string name, Value value) =>
        new(module, name, BuiltinOperatorKind.Constant, [], value, null, null);

    internal static BuiltinOperator CreateStrict(string module, string name, int arity, StrictOperator implementation) =>
        new(module, name, BuiltinOperatorKind.Strict, ImmutableArray.Create(new int[arity]), null, implementation, null);

    internal static BuiltinOperator CreateHigherOrder(
        string module, string name, ImmutableArray<int> parameterArities, HigherOrderOperator implementation) =>
        new(module, name, BuiltinOperatorKind.HigherOrder, parameterArities, null, null, implementation);
}
