using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Values.V;

namespace GraphSpec.UnitTests.Values;

public class ErrorTests
{
    [Fact]
    public void Integer_compared_with_string_is_an_error()
    {
        var error = Assert.Throws<EvaluationException>(() => ValueEquality.TlaEquals(I(2), S("a")));
        Assert.Equal("Attempted to check equality of integer 2 with non-integer:\n\"a\"", error.Message);
    }

    [Fact]
    public void String_compared_with_integer_is_an_error()
    {
        var error = Assert.Throws<EvaluationException>(() => ValueEquality.TlaEquals(S("a"), I(2)));
        Assert.Equal("Attempted to check equality of string \"a\" with non-string:\n2", error.Message);
    }

    [Fact]
    public void Integer_membership_in_set_of_strings_is_the_tlc_error()
    {
        // Conformance case 057: x \in {"a", "b"} with x = 2.
        var error = Assert.Throws<EvaluationException>(() => Set(S("a"), S("b")).Contains(I(2)));
        Assert.Equal("Attempted to check equality of string \"a\" with non-string:\n2", error.Message);
    }

    [Fact]
    public void Boolean_compared_with_integer_is_an_error() =>
        Assert.Throws<EvaluationException>(() => ValueEquality.TlaEquals(B(true), I(1)));

    [Fact]
    public void Model_value_compares_with_anything_without_error()
    {
        var none = M("err_None");
        Assert.False(ValueEquality.TlaEquals(none, I(1)));
        Assert.False(ValueEquality.TlaEquals(I(1), none));
        Assert.False(ValueEquality.TlaEquals(S("x"), none));
        Assert.False(ValueEquality.TlaEquals(none, M("err_Other")));
        Assert.True(ValueEquality.TlaEquals(none, M("err_None")));
        Assert.False(Set(I(1), I(2)).Contains(none));
        Assert.False(Set(none).Contains(I(1)));
    }

    [Fact]
    public void Typed_model_value_compared_with_non_model_value_is_an_error()
    {
        Assert.Throws<EvaluationException>(() => ValueEquality.TlaEquals(M("a_1"), I(1)));
        Assert.Throws<EvaluationException>(() => ValueEquality.TlaEquals(I(1), M("a_1")));
        Assert.Throws<EvaluationException>(() => ValueEquality.TlaEquals(M("a_1"), M("b_1")));
        Assert.False(ValueEquality.TlaEquals(M("a_1"), M("a_2")));
    }

    [Fact]
    public void Equal_sized_sets_of_incomparable_elements_are_an_error()
    {
        var error = Assert.Throws<EvaluationException>(() => ValueEquality.TlaEquals(Ints(1), Set(S("a"))));
        Assert.Equal("Attempted to compare integer 1 with non-integer:\n\"a\"", error.Message);
        Assert.False(ValueEquality.TlaEquals(Ints(1), Set(S("a"), S("b"))));
        Assert.False(ValueEquality.TlaEquals(Ints(1, 2), Ints(1, 3)));
    }

    [Fact]
    public void Set_compared_with_non_set_is_false() =>
        Assert.False(ValueEquality.TlaEquals(Ints(1), I(1)));

    [Fact]
    public void Function_compared_with_non_function_is_an_error()
    {
        var error = Assert.Throws<EvaluationException>(() => ValueEquality.TlaEquals(Tuple(I(1)), Ints(1)));
        Assert.Equal("Attempted to check equality of the function <<1>> with the value:\n{1}", error.Message);
    }

    [Fact]
    public void Record_compared_with_non_record_is_an_error()
    {
        var error = Assert.Throws<EvaluationException>(() => ValueEquality.TlaEquals(Record(("err_f", I(1))), I(1)));
        Assert.Equal("Attempted to check equality of record:\n[err_f |-> 1]\nwith non-record\n1", error.Message);
    }

    [Fact]
    public void Tuples_with_elements_of_different_kinds_are_an_error() =>
        Assert.Throws<EvaluationException>(() => ValueEquality.TlaEquals(Tuple(I(1)), Tuple(S("a"))));

    [Fact]
    public void Equal_values_of_same_kind_compare_without_error()
    {
        Assert.True(ValueEquality.TlaEquals(S("err_s"), S("err_s")));
        Assert.False(ValueEquality.TlaEquals(I(1), I(2)));
        Assert.True(ValueEquality.TlaEquals(IntervalValue.Of(1, 2), Ints(1, 2)));
        Assert.True(ValueEquality.TlaEquals(Tuple(I(1), Ints(2)), Tuple(I(1), IntervalValue.Of(2, 2))));
    }

    [Fact]
    public void Applying_a_tuple_outside_its_domain()
    {
        var error = Assert.Throws<EvaluationException>(() => Tuple(I(1), I(2)).Apply(I(3)));
        Assert.Equal("Attempted to access index 3 of tuple\n<<1, 2>>\nwhich is out of bounds.", error.Message);
    }

    [Fact]
    public void Applying_a_function_outside_its_domain()
    {
        var f = FunctionValue.FromPairs([I(5), I(7)], [I(0), I(1)]);
        var error = Assert.Throws<EvaluationException>(() => f.Apply(I(6)));
        Assert.Equal(
            "Attempted to apply function:\n(5 :> 0 @@ 7 :> 1)\nto argument 6, which is not in the domain of the function.",
            error.Message);
    }

    [Fact]
    public void Accessing_a_missing_record_field()
    {
        var error = Assert.Throws<EvaluationException>(() => Record(("err_a", I(1))).Apply(S("err_c")));
        Assert.Equal("Attempted to access nonexistent field 'err_c' of record\n[err_a |-> 1]", error.Message);
    }

    [Fact]
    public void Accessing_a_record_with_a_non_string()
    {
        var error = Assert.Throws<EvaluationException>(() => Record(("err_b", I(1))).Apply(I(0)));
        Assert.Equal("Attempted to access record by a non-string argument: 0", error.Message);
    }

    [Fact]
    public void Applying_a_non_function_is_an_error() =>
        Assert.Throws<EvaluationException>(() => FunctionOperations.Apply(I(3), I(1)));

    [Fact]
    public void Power_messages_use_tlc_wording()
    {
        Assert.Equal("0^0 is undefined.", Assert.Throws<EvaluationException>(() => IntArithmetic.Power(I(0), I(0))).Message);
    }

    [Fact]
    public void Except_on_a_non_function_is_an_error()
    {
        var error = Assert.Throws<EvaluationException>(() => FunctionOperations.Except(I(3), [I(1)], I(0)));
        Assert.Equal("Attempted to apply EXCEPT construct to the integer 3.", error.Message);
    }

    [Fact]
    public void Repeated_domain_element_is_an_error() =>
        Assert.Throws<EvaluationException>(() => FunctionValue.FromPairs([I(1), I(1)], [I(0), I(1)]));

    [Fact]
    public void Deeply_nested_values_give_an_evaluation_error_instead_of_crashing()
    {
        Value nested = Tuple();
        for (int i = 0; i < 200_000; i++)
        {
            nested = Tuple(nested);
        }
        Value other = Tuple();
        for (int i = 0; i < 200_000; i++)
        {
            other = Tuple(other);
        }
        Assert.Throws<EvaluationException>(() => nested.ToString());
        Assert.Throws<EvaluationException>(() => nested.Equals(other));
        Assert.Throws<EvaluationException>(() => nested.Fingerprint());
    }
}
