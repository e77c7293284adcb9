using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Semantics;

/// <summary>What a name is bound to. Created once per declaration by the resolver.</summary>
internal abstract class Symbol(string name, SourceSpan span, string module)
{
    public string Name { get; } = name;
    /// <summary>Where it is declared (<see cref="SourceSpan.None"/> for builtins).</summary>
    public SourceSpan Span { get; } = span;
    public string Module { get; } = module;

    /// <summary>Number of arguments it takes (0 for values).</summary>
    public abstract int Arity { get; }
}

/// <summary>A state variable of the root module's closure, by index in the state array.</summary>
internal sealed class VariableSymbol(string name, SourceSpan span, string module, int index) : Symbol(name, span, module)
{
    public int Index { get; } = index;
    public override int Arity => 0;
}

/// <summary>A declared constant (value or operator constant), by index in the model's constants.</summary>
internal sealed class ConstantSymbol(string name, SourceSpan span, string module, int index, int arity) : Symbol(name, span, module)
{
    public int Index { get; } = index;
    public override int Arity { get; } = arity;
}

/// <summary>
/// A name that lives in an evaluation frame: a bound variable, an operator parameter, a
/// zero-arity LET definition, a recursive function's self reference or EXCEPT's <c>@</c>.
/// </summary>
internal sealed class SlotSymbol(string name, SourceSpan span, string module, int level, int index, int arity, SlotKind kind)
    : Symbol(name, span, module)
{
    public int Level { get; } = level;
    public int Index { get; } = index;
    public override int Arity { get; } = arity;
    public SlotKind Kind { get; } = kind;
    /// <summary>For LET definitions: the level of the defining expression (decides thunk caching).</summary>
    public ExpressionLevel ValueLevel { get; set; }
    /// <summary>For LET definitions: their body, so that UNCHANGED can see through them.</summary>
    public Expr? Body { get; set; }
}

internal enum SlotKind { Bound, Parameter, LetDefinition, FunctionSelf }

/// <summary>A user operator or function definition (top level, LET, instance, LAMBDA).</summary>
internal sealed class DefinitionSymbol(string name, SourceSpan span, string module, OperatorDefinition definition, bool isLocal)
    : Symbol(name, span, module)
{
    public OperatorDefinition Definition { get; } = definition;
    public bool IsLocal { get; } = isLocal;
    /// <summary>True while only a RECURSIVE declaration has been seen.</summary>
    public bool IsPendingRecursive { get; set; }
    public override int Arity => Definition.Parameters.Length;
}

/// <summary>An operator of a standard module (or a core operator) implemented natively.</summary>
internal sealed class BuiltinSymbol(string name, string module, int arity, BuiltinOperator builtin) : Symbol(name, SourceSpan.None, module)
{
    public override int Arity { get; } = arity;
    public BuiltinOperator Builtin { get; } = builtin;
}

/// <summary><c>I(p) == INSTANCE M WITH …</c>: a prefix for <c>I!Op</c>.</summary>
internal sealed class InstanceSymbol(string name, SourceSpan span, string module, int parentLevel, int parameterCount,
    IReadOnlyDictionary<string, Symbol> members, bool isLocal)
    : Symbol(name, span, module)
{
    /// <summary>Level of the scope the instance is defined in (0 at module level).</summary>
    public int ParentLevel { get; } = parentLevel;
    public IReadOnlyDictionary<string, Symbol> Members { get; } = members;
    public bool IsLocal { get; } = isLocal;
    public override int Arity { get; } = parameterCount;
}
