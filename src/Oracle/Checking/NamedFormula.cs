using GraphSpec.Oracle.Tla.Evaluation;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// A formula the checker evaluates, under the name TLC reports when it fails (the cfg name of the
/// invariant or property), as a zero-arity definition.
/// </summary>
public sealed record NamedFormula(string Name, OperatorDefinition Definition);
