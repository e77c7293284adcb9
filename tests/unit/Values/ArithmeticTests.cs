using System.Numerics;
using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Values.V;

namespace GraphSpec.UnitTests.Values;

public class ArithmeticTests
{
    private static readonly IntValue TwoTo64 = IntValue.Of(BigInteger.Pow(2, 64));

    [Fact]
    public void Small_arithmetic()
    {
        Assert.Equal("7", IntArithmetic.Add(I(3), I(4)).ToString());
        Assert.Equal("-1", IntArithmetic.Subtract(I(3), I(4)).ToString());
        Assert.Equal("-12", IntArithmetic.Multiply(I(3), I(-4)).ToString());
        Assert.Equal("-3", IntArithmetic.Negate(I(3)).ToString());
    }

    [Fact]
    public void Addition_overflowing_64_bits_becomes_big()
    {
        IntValue sum = IntArithmetic.Add(I(long.MaxValue), I(1));
        Assert.False(sum.IsSmall);
        Assert.Equal("9223372036854775808", sum.ToString());
        Assert.Equal("-9223372036854775809", IntArithmetic.Subtract(I(long.MinValue), I(1)).ToString());
    }

    [Fact]
    public void Multiplication_overflowing_64_bits_is_exact() =>
        Assert.Equal("85070591730234615847396907784232501249",
            IntArithmetic.Multiply(I(long.MaxValue), I(long.MaxValue)).ToString());

    [Fact]
    public void Big_results_that_fit_again_are_small()
    {
        IntValue five = IntArithmetic.Subtract(TwoTo64, IntArithmetic.Subtract(TwoTo64, I(5)));
        Assert.True(five.IsSmall);
        Assert.Equal<Value>(I(5), five);
        Assert.Equal(I(5).Fingerprint(), five.Fingerprint());
    }

    [Fact]
    public void Negating_the_smallest_long_is_exact() =>
        Assert.Equal("9223372036854775808", IntArithmetic.Negate(I(long.MinValue)).ToString());

    [Theory]
    [InlineData(7, 2, 3)]
    [InlineData(-7, 2, -4)]
    [InlineData(7, -2, -4)]
    [InlineData(-7, -2, 3)]
    [InlineData(6, 3, 2)]
    [InlineData(-6, 3, -2)]
    [InlineData(0, 5, 0)]
    public void Div_rounds_toward_minus_infinity(long a, long b, long expected) =>
        Assert.Equal<Value>(I(expected), IntArithmetic.Divide(I(a), I(b)));

    [Theory]
    [InlineData(7, 3, 1)]
    [InlineData(-7, 3, 2)]
    [InlineData(-7, 2, 1)]
    [InlineData(6, 3, 0)]
    [InlineData(-1, 5, 4)]
    public void Mod_result_is_between_zero_and_divisor(long a, long b, long expected) =>
        Assert.Equal<Value>(I(expected), IntArithmetic.Modulo(I(a), I(b)));

    [Fact]
    public void Div_and_mod_on_big_negative_values()
    {
        IntValue minusTwoTo64 = IntArithmetic.Negate(TwoTo64);
        IntValue dividend = IntArithmetic.Subtract(minusTwoTo64, I(1)); // -(2^64) - 1
        Assert.Equal("-6148914691236517206", IntArithmetic.Divide(dividend, I(3)).ToString());
        Assert.Equal("1", IntArithmetic.Modulo(dividend, I(3)).ToString());
        Assert.Equal("-1", IntArithmetic.Divide(I(-1), TwoTo64).ToString());
        Assert.Equal("18446744073709551615", IntArithmetic.Modulo(I(-1), TwoTo64).ToString());
    }

    [Fact]
    public void Smallest_long_div_minus_one_is_exact() =>
        Assert.Equal("9223372036854775808", IntArithmetic.Divide(I(long.MinValue), I(-1)).ToString());

    [Fact]
    public void Division_by_zero_is_an_evaluation_error()
    {
        var error = Assert.Throws<EvaluationException>(() => IntArithmetic.Divide(I(1), I(0)));
        Assert.Equal("The second argument of \\div is 0.", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Modulus_must_be_positive(long divisor)
    {
        var error = Assert.Throws<EvaluationException>(() => IntArithmetic.Modulo(I(7), I(divisor)));
        Assert.Equal("The second argument of % should be a positive number, but instead it is:\n" + divisor, error.Message);
    }

    [Fact]
    public void Powers()
    {
        Assert.Equal<Value>(I(1024), IntArithmetic.Power(I(2), I(10)));
        Assert.Equal<Value>(I(-8), IntArithmetic.Power(I(-2), I(3)));
        Assert.Equal<Value>(I(0), IntArithmetic.Power(I(0), I(5)));
        Assert.Equal<Value>(I(1), IntArithmetic.Power(I(7), I(0)));
        Assert.Equal("1267650600228229401496703205376", IntArithmetic.Power(I(2), I(100)).ToString());
    }

    [Fact]
    public void Zero_to_the_zero_and_negative_exponents_are_errors()
    {
        Assert.Throws<EvaluationException>(() => IntArithmetic.Power(I(0), I(0)));
        Assert.Throws<EvaluationException>(() => IntArithmetic.Power(I(2), I(-1)));
    }

    [Fact]
    public void Tlc_thirty_two_bit_limit_does_not_apply() =>
        // Conformance note: TLC overflows at 2^31; GraphSpec uses unbounded integers.
        Assert.Equal("2147483660", IntArithmetic.Add(I(2147483640), I(20)).ToString());

    [Fact]
    public void Parsing_a_long_literal_gives_a_big_integer()
    {
        IntValue parsed = IntValue.Parse("123456789012345678901234567890");
        Assert.False(parsed.IsSmall);
        Assert.Equal("123456789012345678901234567890", parsed.ToString());
        Assert.True(IntValue.Parse("42").IsSmall);
    }

    [Fact]
    public void Big_integers_compare_and_hash_by_value()
    {
        IntValue a = IntArithmetic.Multiply(TwoTo64, I(3));
        IntValue b = IntArithmetic.Add(TwoTo64, IntArithmetic.Add(TwoTo64, TwoTo64));
        Assert.NotSame(a, b);
        Assert.Equal<Value>(a, b);
        Assert.True(ValueEquality.TlaEquals(a, b));
        Assert.Equal(a.Fingerprint(), b.Fingerprint());
        Assert.True(a.CompareTo(TwoTo64) > 0);
        Assert.True(IntArithmetic.Negate(a).CompareTo(I(long.MinValue)) < 0);
    }

    [Fact]
    public void Non_integer_operand_reports_tlc_message()
    {
        var error = Assert.Throws<EvaluationException>(() => IntArithmetic.ExpectInteger(S("a"), 2, "+"));
        Assert.Equal("The second argument of + should be an integer, but instead it is:\n\"a\"", error.Message);
    }
}
