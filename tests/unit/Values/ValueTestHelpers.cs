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

    /// <summary>
    /// Names unique to one test, interned in the given order. TLC orders strings, record fields and
    /// model values by first use, and tests share one process, so order-sensitive tests must not
    /// reuse names another test may have interned first.
    /// </summary>
    public static string[] FreshNames(string test, params string[] names)
    {
        string[] unique = names.Select(n => test + "_" + n).ToArray();
        NameTable.InternAll(unique);
        return unique;
    }

    public static FunctionValue Record(params (string Name, Value Value)[] fields) =>
        FunctionValue.Record(fields.Select(f => f.Name).ToArray(), fields.Select(f => f.Value).ToArray());
}
