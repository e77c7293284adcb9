using System.Collections.Immutable;

namespace GraphSpec.Oracle.Tla.Syntax;

/// <summary>An identifier as written, with its span.</summary>
public sealed record Identifier(string Name, SourceSpan Span);

/// <summary><c>---- MODULE Name ----</c> … <c>====</c>.</summary>
public sealed record ModuleSyntax(
    Identifier Name,
    ImmutableArray<Identifier> Extends,
    ImmutableArray<UnitSyntax> Units,
    SourceSpan Span);

/// <summary>A top-level item of a module (or a definition inside LET).</summary>
public abstract record UnitSyntax(SourceSpan Span);

/// <summary>One declared constant: <c>N</c> (arity 0) or <c>F(_, _)</c> (arity 2).</summary>
public sealed record ConstantDeclaration(Identifier Name, int Arity);

/// <summary><c>CONSTANT(S) a, F(_)</c>.</summary>
public sealed record ConstantsUnit(ImmutableArray<ConstantDeclaration> Constants, SourceSpan Span) : UnitSyntax(Span);

/// <summary><c>VARIABLE(S) x, y</c>.</summary>
public sealed record VariablesUnit(ImmutableArray<Identifier> Variables, SourceSpan Span) : UnitSyntax(Span);

/// <summary>A formal parameter of an operator definition: <c>x</c> (arity 0) or <c>F(_, _)</c> (arity 2).</summary>
public sealed record OperatorParameter(Identifier Name, int Arity);

/// <summary>
/// <c>Op(p1, p2) == body</c>. Infix, prefix and postfix user operators (<c>a ++ b == …</c>) use the
/// operator symbol as <see cref="Name"/> and their operands as parameters.
/// </summary>
public sealed record OperatorDefinitionUnit(
    Identifier Name,
    ImmutableArray<OperatorParameter> Parameters,
    ExpressionSyntax Body,
    bool IsLocal,
    SourceSpan Span) : UnitSyntax(Span);

/// <summary><c>f[x \in S, y \in T] == body</c>: a recursive-capable function definition.</summary>
public sealed record FunctionDefinitionUnit(
    Identifier Name,
    ImmutableArray<BoundDeclaration> Bounds,
    ExpressionSyntax Body,
    bool IsLocal,
    SourceSpan Span) : UnitSyntax(Span);

/// <summary><c>RECURSIVE Op(_, _), Other</c>.</summary>
public sealed record RecursiveUnit(ImmutableArray<ConstantDeclaration> Operators, SourceSpan Span) : UnitSyntax(Span);

/// <summary>One <c>a &lt;- e</c> of an INSTANCE's WITH clause. <see cref="Name"/> may be an operator symbol.</summary>
public sealed record Substitution(Identifier Name, ExpressionSyntax Value);

/// <summary><c>INSTANCE M WITH a &lt;- e, …</c>.</summary>
public sealed record InstanceSyntax(Identifier Module, ImmutableArray<Substitution> Substitutions, SourceSpan Span);

/// <summary>An unnamed <c>INSTANCE M WITH …</c> at module level: its definitions join this module.</summary>
public sealed record InstanceUnit(InstanceSyntax Instance, bool IsLocal, SourceSpan Span) : UnitSyntax(Span);

/// <summary><c>I(p) == INSTANCE M WITH …</c>, used as <c>I!Op</c> or <c>I(x)!Op</c>.</summary>
public sealed record NamedInstanceUnit(
    Identifier Name,
    ImmutableArray<OperatorParameter> Parameters,
    InstanceSyntax Instance,
    bool IsLocal,
    SourceSpan Span) : UnitSyntax(Span);

/// <summary><c>ASSUME e</c> or <c>ASSUME Name == e</c>.</summary>
public sealed record AssumeUnit(Identifier? Name, ExpressionSyntax Body, SourceSpan Span) : UnitSyntax(Span);

/// <summary><c>THEOREM e</c>: parsed and kept, never checked.</summary>
public sealed record TheoremUnit(Identifier? Name, ExpressionSyntax Body, SourceSpan Span) : UnitSyntax(Span);
