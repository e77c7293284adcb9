using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Semantics;

/// <summary>A state variable: its position in every state array.</summary>
public sealed record VariableInfo(string Name, int Index, SourceSpan Span);

/// <summary>A declared constant; <see cref="Arity"/> &gt; 0 for an operator constant <c>F(_)</c>.</summary>
public sealed record ConstantInfo(string Name, int Arity, SourceSpan Span, int Index);

/// <summary>An ASSUME of the root module or a module it extends, as a zero-arity definition.</summary>
public sealed record AssumptionInfo(OperatorDefinition Definition, SourceSpan Span, string Module);
