using System.Collections.Immutable;
using System.Numerics;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Config;

/// <summary>
/// A value written on the right of <c>=</c> in a cfg CONSTANTS section. The cfg grammar is much
/// smaller than TLA+'s: naturals, strings, booleans, model values (bare names), and sets of
/// those (no tuples, no records, no negative numbers). <see cref="ConfigBinder"/> turns these into engine values.
/// </summary>
public abstract record ConfigValue(SourceSpan Span);

/// <summary>A natural number (the cfg grammar has no negative literals).</summary>
public sealed record ConfigInteger(BigInteger Value, SourceSpan Span) : ConfigValue(Span);

/// <summary>A string literal, escapes decoded.</summary>
public sealed record ConfigString(string Value, SourceSpan Span) : ConfigValue(Span);

/// <summary><c>TRUE</c> or <c>FALSE</c>.</summary>
public sealed record ConfigBoolean(bool Value, SourceSpan Span) : ConfigValue(Span);

/// <summary>A bare name such as <c>p1</c>: a model value, equal only to itself.</summary>
public sealed record ConfigModelValue(string Name, SourceSpan Span) : ConfigValue(Span);

/// <summary><c>{v1, v2, ...}</c>, possibly empty or nested.</summary>
public sealed record ConfigSet(ImmutableArray<ConfigValue> Elements, SourceSpan Span) : ConfigValue(Span);
