using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.UnitTests.Values;

/// <summary>Short constructors so that tests read like the TLA+ they check.</summary>
internal static class V
{
    public static IntValue I(long value) => IntValue.Of(value);

    public static StringValue S(string text) => StringValue.Of(text);

    public static ModelValue M(string name) => ModelValue.Of(name);

    public static BoolValue B(bool value) => BoolValue.Of(value);

    public static FiniteSetValue Set(params Value[] items) => FiniteSetValue.Of(items);

    public static FiniteSetValue Ints(params long[] items) => FiniteSetValue.Of(items.Select(i => (Value)IntValue.Of(i)).ToArray());

    public static FunctionValue Tuple(params Value[] items) => FunctionValue.Sequence(items);

    public static FunctionValue Record(params (string Name, Value Value)[] fields) =>
        FunctionValue.Record(fields.Select(f => f.Name).ToArray(), fields.Select(f => f.Value).ToArray());
}
