using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Values;
using Xunit;

namespace GraphSpec.UnitTests.Evaluation;

/// <summary>Loading specs for evaluator tests, failing with the diagnostics when they do not load.</summary>
internal static class TestSpecs
{
    public static ResolvedSpec Load(string text, params (string Name, string Text)[] others)
    {
        var result = SpecLoader.LoadText(text, "Spec.tla", name =>
        {
            foreach (var (n, t) in others)
            {
                if (n == name)
                {
                    return t;
                }
            }

            return null;
        });
        Assert.True(result.Spec is not null, string.Join("\n", result.Diagnostics));
        return result.Spec!;
    }

    public static ModelContext Model(ResolvedSpec spec, params (string Name, Value Value)[] constants)
    {
        var values = new Dictionary<string, Value>();
        foreach (var (name, value) in constants)
        {
            values[name] = value;
        }

        var result = ModelContext.Create(spec, values, new Dictionary<string, string>());
        Assert.True(result.Model is not null, string.Join("\n", result.Diagnostics));
        return result.Model!;
    }

    public static Value Int(long n) => IntValue.Of(n);

    public static Value Str(string s) => StringValue.Of(s);

    public static Value ModelValues(params string[] names)
    {
        var values = new Value[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            values[i] = ModelValue.Of(names[i]);
        }

        return FiniteSetValue.Of(values);
    }

    public static Value IntSet(params long[] items)
    {
        var values = new Value[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            values[i] = IntValue.Of(items[i]);
        }

        return FiniteSetValue.Of(values);
    }
}
