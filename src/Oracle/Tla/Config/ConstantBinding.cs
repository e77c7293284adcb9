using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Config;

/// <summary>One entry of a cfg CONSTANTS section: it gives the constant <see cref="Name"/> a meaning.</summary>
public abstract record ConstantBinding(Identifier Name, SourceSpan Span);

/// <summary><c>N = 3</c>, <c>Procs = {p1, p2}</c>: the constant is this value.</summary>
public sealed record ConstantAssignment(Identifier Name, ConfigValue Value, SourceSpan Span)
    : ConstantBinding(Name, Span);

/// <summary>
/// <c>Lo &lt;- MinusHi</c>: the constant (or a definition) is replaced by the named definition of the
/// spec. <see cref="Module"/> is set for TLC's module-qualified form <c>C &lt;- [M] Def</c>.
/// </summary>
public sealed record ConstantSubstitution(Identifier Name, Identifier Definition, Identifier? Module, SourceSpan Span)
    : ConstantBinding(Name, Span);
