using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// The implementation of a built-in operator with operator parameters, such as
/// <c>SelectSeq(s, Test(_))</c> or <c>SortSeq(s, Op(_, _))</c>. The value arguments and the
/// operator arguments are passed separately, each in the order of the operator's parameters
/// (see <see cref="BuiltinOperator.ParameterArities"/>).
/// </summary>
public delegate Value HigherOrderOperator(
    ReadOnlySpan<Value> values, ReadOnlySpan<OperatorArgument> operators, BuiltinContext context);
