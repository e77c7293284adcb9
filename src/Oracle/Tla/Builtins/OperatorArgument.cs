using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// An operator passed as an argument to a higher-order built-in (<c>SelectSeq(s, Test)</c>,
/// <c>SortSeq(s, Op)</c>). The evaluator subclasses it to wrap a user-defined operator, a LAMBDA
/// or an operator parameter in scope.
/// </summary>
public abstract class OperatorArgument
{
    /// <summary>The number of arguments the operator takes.</summary>
    public abstract int Arity { get; }

    /// <summary>How the operator is printed in error messages (its name, or <c>LAMBDA</c>).</summary>
    public virtual string DisplayName => "operator";

    /// <summary>Applies the operator to exactly <see cref="Arity"/> values.</summary>
    public abstract Value Apply(ReadOnlySpan<Value> arguments);
}
