using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Builtins.Tla;

namespace GraphSpec.UnitTests.Builtins;

public class FunctionOperatorTests
{
    [Fact]
    public void Domain_of_a_sequence_is_one_to_n() =>
        Yields(Ints(1, 2, 3), "", "DOMAIN", IntSeq(7, 8, 9));

    [Fact]
    public void Domain_of_the_empty_sequence_is_empty() =>
        Yields(FiniteSetValue.Empty, "", "DOMAIN", Seq());

    [Fact]
    public void Domain_of_a_record_is_its_field_names() =>
        Yields(Set(S("a"), S("b")), "", "DOMAIN", Record(("b", I(2)), ("a", I(1))));

    [Fact]
    public void Domain_of_a_set_is_an_error() =>
        Assert.Contains("non-function", Error("", "DOMAIN", Ints(1)));

    [Fact]
    public void Apply_inside_the_domain() =>
        Assert.Same(S("b"), FunctionOperations.Apply(Call("TLC", ":>", I(5), S("b")), I(5)));

    [Fact]
    public void Apply_outside_the_domain_uses_TLC_wording()
    {
        Value f = Call("TLC", "@@", Call("TLC", ":>", I(5), S("a")), Call("TLC", ":>", I(7), S("b")));
        var error = Assert.Throws<EvaluationException>(() => FunctionOperations.Apply(f, I(6)));
        Assert.Equal(
            "Attempted to apply function:\n(5 :> \"a\" @@ 7 :> \"b\")\nto argument 6, which is not in the domain of the function.",
            error.Message);
    }

    [Fact]
    public void Apply_with_two_arguments_applies_to_the_pair()
    {
        Value f = Call("TLC", ":>", IntSeq(1, 2), S("x"));
        Assert.Same(S("x"), ((FunctionValue)f).Apply([I(1), I(2)]));
    }

    [Fact]
    public void Apply_a_set_is_an_error() =>
        Assert.Contains("non-function", Assert.Throws<EvaluationException>(() => FunctionOperations.Apply(Ints(1), I(1))).Message);
}
