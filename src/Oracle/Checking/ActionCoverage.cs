using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// How often one action fired: <see cref="Generated"/> successors it produced (duplicates
/// included) and <see cref="Distinct"/> of them that were new states. An action of Next that never
/// fired has both at zero.
/// </summary>
public sealed record ActionCoverage(string Name, SourceSpan Span, string Module, long Generated, long Distinct);
