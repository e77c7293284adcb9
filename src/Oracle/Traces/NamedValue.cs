using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Traces;

/// <summary>A name with its TLA+ value: a constant, a state variable or an action parameter.</summary>
public readonly record struct NamedValue(string Name, Value Value);
