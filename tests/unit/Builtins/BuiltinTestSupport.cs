using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Values;
using Xunit;

namespace GraphSpec.UnitTests.Builtins;

/// <summary>Calls standard-module operators through the registry, as the evaluator will.</summary>
internal static class Tla
{
    public static IntValue I(long value) => IntValue.Of(value);

    public static StringValue S(string text) => StringValue.Of(text);

    public static ModelValue M(string name) => ModelValue.Of(name);

    public static BoolValue True => BoolValue.True;

    public static BoolValue False => BoolValue.False;

    public static FiniteSetValue Set(params Value[] items) => FiniteSetValue.Of(items);

    public static FiniteSetValue Ints(params long[] items) => FiniteSetValue.Of(items.Select(i => (Value)IntValue.Of(i)).ToArray());

    public static FunctionValue Seq(params Value[] items) => FunctionValue.Sequence(items);

    public static FunctionValue IntSeq(params long[] items) => FunctionValue.Sequence(items.Select(i => (Value)IntValue.Of(i)).ToArray());

    public static FunctionValue Record(params (string Name, Value Value)[] fields) =>
        FunctionValue.Record(fields.Select(f => f.Name).ToArray(), fields.Select(f => f.Value).ToArray());

    /// <summary>Resolves <paramref name="name"/> as visible from <c>EXTENDS module</c> and applies it.</summary>
    public static Value Call(string module, string name, params Value[] arguments) =>
        CallIn(new BuiltinContext(TextWriter.Null), module, name, arguments);

    public static Value CallIn(BuiltinContext context, string module, string name, params Value[] arguments)
    {
        BuiltinOperator op = Resolve(module, name);
        Assert.Equal(op.Arity, arguments.Length);
        return op.Invoke(arguments, context);
    }

    /// <summary>Applies a higher-order operator (value arguments, then operator arguments).</summary>
    public static Value CallHigherOrder(string module, string name, Value[] values, params OperatorArgument[] operators)
    {
        BuiltinOperator op = Resolve(module, name);
        Assert.True(op.IsHigherOrder);
        return op.HigherOrder!(values, operators, new BuiltinContext(TextWriter.Null));
    }

    public static BuiltinOperator Resolve(string module, string name)
    {
        Assert.True(BuiltinRegistry.TryResolve(module, name, out BuiltinOperator op), $"{module}!{name} is not defined");
        return op;
    }

    /// <summary>The message of the evaluation error the call raises.</summary>
    public static string Error(string module, string name, params Value[] arguments) =>
        Assert.Throws<EvaluationException>(() => Call(module, name, arguments)).Message;

    /// <summary>Asserts the call yields a value TLC prints as <paramref name="expected"/>.</summary>
    public static void Prints(string expected, string module, string name, params Value[] arguments) =>
        Assert.Equal(expected, Call(module, name, arguments).ToString());

    /// <summary>Asserts the call yields a value equal (TLA+ equality) to <paramref name="expected"/>.</summary>
    public static void Yields(Value expected, string module, string name, params Value[] arguments)
    {
        Value actual = Call(module, name, arguments);
        Assert.True(ValueEquality.TlaEquals(expected, actual), $"expected {expected}, got {actual}");
    }
}

/// <summary>An operator argument backed by a C# function (what the evaluator makes from a definition or LAMBDA).</summary>
internal sealed class TestOperator(int arity, Func<Value[], Value> body, string name = "Test") : OperatorArgument
{
    public int Calls { get; private set; }

    public override int Arity => arity;

    public override string DisplayName => name;

    public override Value Apply(ReadOnlySpan<Value> arguments)
    {
        Calls++;
        return body(arguments.ToArray());
    }
}
