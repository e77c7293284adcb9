using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Config;

/// <summary>
/// The outcome of binding a cfg to a spec (or of loading both): <see cref="Model"/> is set exactly
/// when there is no error.
/// </summary>
public sealed record BindResult(BoundModel? Model, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => Model is not null;
}
