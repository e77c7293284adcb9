using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>The outcome of parsing a module file: the module, or null when there is any error.</summary>
public sealed record ModuleParseResult(ModuleSyntax? Module, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => Module != null;
}

/// <summary>The outcome of parsing a single expression: the expression, or null when there is any error.</summary>
public sealed record ExpressionParseResult(ExpressionSyntax? Expression, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => Expression != null;
}
