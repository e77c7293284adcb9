using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Builtins.Tla;

namespace GraphSpec.UnitTests.Builtins;

public class ConstantSetsTests
{
    [Fact]
    public void STRING_contains_strings_only()
    {
        Value strings = Resolve("", "STRING").Constant!;
        Assert.Same(True, Call("", "\\in", S("abc"), strings));
        Assert.Same(False, Call("FiniteSets", "IsFiniteSet", strings));
    }

    [Fact]
    public void BOOLEAN_is_false_and_true() => Assert.Equal("{FALSE, TRUE}", Resolve("", "BOOLEAN").Constant!.ToString());

    [Fact]
    public void Any_contains_every_value()
    {
        Value any = Resolve("TLC", "Any").Constant!;
        Assert.Same(True, Call("", "\\in", I(1), any));
        Assert.Same(True, Call("", "\\in", Ints(1), any));
        Assert.Same(True, Call("", "\\in", S("x"), any));
        Assert.Equal("Any", any.ToString());
    }

    [Fact]
    public void Any_cannot_be_counted() => Assert.Contains("cardinality", Error("FiniteSets", "Cardinality", AnySetValue.Instance));

    [Fact]
    public void Nat_is_a_subset_of_Int() =>
        Assert.Same(True, Call("", "\\subseteq", Resolve("Naturals", "Nat").Constant!, Resolve("Integers", "Int").Constant!));

    [Fact]
    public void TLCGet_reads_statistics_from_the_context()
    {
        var context = new BuiltinContext(TextWriter.Null) { Statistics = name => name == "distinct" ? I(12) : null };
        Assert.Same(I(12), CallIn(context, "TLC", "TLCGet", S("distinct")));
        Assert.Throws<EvaluationException>(() => CallIn(context, "TLC", "TLCGet", S("queue")));
    }
}
