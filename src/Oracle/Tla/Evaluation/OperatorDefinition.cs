using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>One formal parameter: a value (<see cref="Arity"/> 0) or an operator <c>F(_, _)</c>.</summary>
public sealed record ParameterInfo(string Name, int Arity, SourceSpan Span);

/// <summary>
/// A user-defined operator after resolution: top-level, LET, instance member, LAMBDA, function
/// definition or an instance substitution. Its <see cref="Body"/> is set once resolution of the
/// body ends (recursive references point at the same object before that).
/// </summary>
public sealed class OperatorDefinition
{
    internal OperatorDefinition(string name, string module, ImmutableArray<ParameterInfo> parameters, SourceSpan span, int parentLevel)
    {
        Name = name;
        Module = module;
        Parameters = parameters;
        Span = span;
        ParentLevel = parentLevel;
    }

    public string Name { get; }

    /// <summary>The module the definition is written in (for TLC-style positions).</summary>
    public string Module { get; }

    public ImmutableArray<ParameterInfo> Parameters { get; private set; }

    /// <summary>The whole definition <c>Op(p) == body</c>.</summary>
    public SourceSpan Span { get; private set; }

    /// <summary>The resolved body (null only while it is being resolved).</summary>
    public Expr? Body { get; internal set; }

    /// <summary>The TLA+ level of the body.</summary>
    public ExpressionLevel Level { get; internal set; }

    /// <summary>True for <c>f[x \in S] == …</c>.</summary>
    public bool IsFunction { get; internal set; }

    /// <summary>
    /// Level of the scope the definition lives in: 0 for module-level definitions (their frames have
    /// no parent), otherwise the frame level of the enclosing LET, LAMBDA or parameterised instance.
    /// </summary>
    internal int ParentLevel { get; }

    /// <summary>Number of slots of a frame for one application (parameters first).</summary>
    internal int FrameSize { get; set; }

    /// <summary>Index in the model's cache of constant-level zero-arity definitions, or -1.</summary>
    internal int CacheIndex { get; set; } = -1;

    /// <summary>A RECURSIVE declaration receives the real parameter names when its definition is seen.</summary>
    internal void ReplaceParameters(ImmutableArray<ParameterInfo> parameters, SourceSpan span)
    {
        Parameters = parameters;
        Span = span;
    }

    public override string ToString() => Name;
}
