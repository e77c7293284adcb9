using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// The implementation of a built-in operator whose arguments are all values, evaluated before the
/// call. <paramref name="arguments"/> has exactly the operator's arity. Failures throw
/// <see cref="EvaluationException"/> with TLC's wording.
/// </summary>
public delegate Value StrictOperator(ReadOnlySpan<Value> arguments, BuiltinContext context);
