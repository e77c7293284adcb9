using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Evaluation.TestSpecs;

namespace GraphSpec.UnitTests.Evaluation;

/// <summary>
/// <c>Cardinality({x \in S : P})</c> is counted without building the set, and a one-variable filter
/// is evaluated without the general binder machinery. Each case is also written so that it takes
/// the general path (the filter behind a LET name): values and errors must be the same.
/// </summary>
public class SetFilterFastPathTests
{
    private const string Module = """
        ---- MODULE Spec ----
        EXTENDS Naturals, FiniteSets
        VARIABLE f
        Thirds == Cardinality({x \in 1..10 : x % 3 = 0})
        ThirdsGeneral == Cardinality(LET F == {x \in 1..10 : x % 3 = 0} IN F)
        Keys == Cardinality({k \in DOMAIN f : f[k] > 1})
        KeysGeneral == Cardinality(LET F == {k \in DOMAIN f : f[k] > 1} IN F)
        None == Cardinality({x \in {} : x > 1})
        NoneGeneral == Cardinality(LET F == {x \in {} : x > 1} IN F)
        Filtered == {k \in DOMAIN f : f[k] > 1}
        FilteredGeneral == {<<k>> \in {<<j>> : j \in DOMAIN f} : f[k] > 1}
        NotBoolean == Cardinality({x \in 1..3 : x})
        NotBooleanGeneral == Cardinality(LET F == {x \in 1..3 : x} IN F)
        LateError == Cardinality({x \in 1..3 : IF x = 3 THEN x \in 7 ELSE TRUE})
        LateErrorGeneral == Cardinality(LET F == {x \in 1..3 : IF x = 3 THEN x \in 7 ELSE TRUE} IN F)
        Infinite == Cardinality({x \in Nat : x > 2})
        InfiniteGeneral == Cardinality(LET F == {x \in Nat : x > 2} IN F)
        NotASet == Cardinality({x \in 5 : TRUE})
        NotASetGeneral == Cardinality(LET F == {x \in 5 : TRUE} IN F)
        ====
        """;

    private static readonly Lazy<Oracle.Tla.Semantics.ResolvedSpec> Spec = new(() => Load(Module));

    private static readonly Value[] State =
    [
        FunctionValue.FromPairs([ModelValue.Of("a"), ModelValue.Of("b"), ModelValue.Of("c")], [Int(2), Int(1), Int(5)]),
    ];

    private static EvaluationResult Evaluate(string name)
    {
        Assert.True(Spec.Value.TryGetDefinition(name, out var definition));
        return ModelContext.CreateWithoutConstants(Spec.Value).CreateEvaluator().Evaluate(definition, State);
    }

    [Theory]
    [InlineData("Thirds", 3)]
    [InlineData("Keys", 2)]
    [InlineData("None", 0)]
    public void A_counted_filter_has_the_cardinality_of_the_filtered_set(string name, long expected)
    {
        Assert.Equal(Int(expected), Evaluate(name).Value);
        Assert.Equal(Int(expected), Evaluate(name + "General").Value);
    }

    [Fact]
    public void A_one_variable_filter_keeps_the_elements_that_satisfy_the_predicate()
    {
        var expected = FiniteSetValue.Of([ModelValue.Of("a"), ModelValue.Of("c")]);
        Assert.Equal(expected, Evaluate("Filtered").Value);
        Assert.Equal(FiniteSetValue.Of([FunctionValue.Sequence(ModelValue.Of("a")), FunctionValue.Sequence(ModelValue.Of("c"))]), Evaluate("FilteredGeneral").Value);
    }

    [Theory]
    [InlineData("NotBoolean")]
    [InlineData("LateError")]
    [InlineData("Infinite")]
    [InlineData("NotASet")]
    public void Errors_are_those_of_building_the_set(string name)
    {
        var fast = Evaluate(name);
        var general = Evaluate(name + "General");
        Assert.NotNull(fast.Error);
        Assert.NotNull(general.Error);
        Assert.Equal(general.Error!.Message, fast.Error!.Message);
    }
}
