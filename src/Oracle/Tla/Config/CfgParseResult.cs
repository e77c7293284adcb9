using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Config;

/// <summary>
/// The outcome of <see cref="CfgParser.Parse"/>: <see cref="Config"/> is set exactly when
/// <see cref="Diagnostics"/> is empty.
/// </summary>
public sealed record CfgParseResult(ModelConfig? Config, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => Config is not null;
}
