using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Semantics;

/// <summary>
/// The outcome of loading a specification: the resolved spec when parsing and resolution found no
/// error, and every diagnostic found on the way (parse diagnostics first, then semantic ones).
/// </summary>
public sealed record SpecLoadResult(ResolvedSpec? Spec, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => Spec is not null;
}
