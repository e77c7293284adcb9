using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>
/// Unwinds the parser at the first syntax error (SANY, too, stops at the first one). Never escapes
/// <see cref="TlaParser"/>.
/// </summary>
internal sealed class ParseException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
