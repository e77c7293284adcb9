using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Builtins.Tla;

namespace GraphSpec.UnitTests.Builtins;

public class ArithmeticTests
{
    [Theory]
    [InlineData("+", 3, 4, 7)]
    [InlineData("-", 3, 10, -7)]
    [InlineData("*", -6, 7, -42)]
    [InlineData("^", 2, 10, 1024)]
    [InlineData("^", -3, 3, -27)]
    [InlineData("^", 5, 0, 1)]
    [InlineData("\\div", 7, 2, 3)]
    [InlineData("\\div", -7, 2, -4)]
    [InlineData("\\div", 7, -2, -4)]
    [InlineData("\\div", -7, -2, 3)]
    [InlineData("\\div", -8, 2, -4)]
    [InlineData("%", -7, 2, 1)]
    [InlineData("%", -1, 5, 4)]
    [InlineData("%", 7, 3, 1)]
    [InlineData("%", 0, 3, 0)]
    public void Integer_operator(string op, long left, long right, long expected) =>
        Prints(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), "Integers", op, I(left), I(right));

    [Fact]
    public void Div_and_mod_agree_for_negative_dividends()
    {
        // a = b * (a \div b) + a % b
        for (long a = -9; a <= 9; a++)
        {
            for (long b = 1; b <= 4; b++)
            {
                long q = ((IntValue)Call("Naturals", "\\div", I(a), I(b))).SmallValue;
                long r = ((IntValue)Call("Naturals", "%", I(a), I(b))).SmallValue;
                Assert.Equal(a, (b * q) + r);
                Assert.InRange(r, 0, b - 1);
            }
        }
    }

    [Fact]
    public void Arithmetic_beyond_64_bits_is_exact()
    {
        Prints("18446744073709551616", "Naturals", "^", I(2), I(64));
        Prints("9223372036854775808", "Naturals", "+", I(long.MaxValue), I(1));
        Prints("-9223372036854775809", "Integers", "-", I(long.MinValue), I(1));
        Prints("85070591730234615847396907784232501249", "Naturals", "*", I(long.MaxValue), I(long.MaxValue));
    }

    [Fact]
    public void Negation_of_the_smallest_long_is_exact() =>
        Prints("9223372036854775808", "Integers", "-.", I(long.MinValue));

    [Fact]
    public void Prefix_minus() => Prints("-5", "Integers", "-.", I(5));

    [Theory]
    [InlineData("<", 1, 2, true)]
    [InlineData("<", 2, 2, false)]
    [InlineData("<=", 2, 2, true)]
    [InlineData("<=", 3, 2, false)]
    [InlineData(">", -1, -2, true)]
    [InlineData(">", 2, 2, false)]
    [InlineData(">=", 2, 2, true)]
    [InlineData(">=", 1, 2, false)]
    public void Comparison(string op, long left, long right, bool expected) =>
        Assert.Same(BoolValue.Of(expected), Call("Naturals", op, I(left), I(right)));

    [Fact]
    public void Division_by_zero_is_an_error() =>
        Assert.Equal("The second argument of \\div is 0.", Error("Naturals", "\\div", I(3), I(0)));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Modulus_must_be_positive(long divisor) =>
        Assert.Equal(
            "The second argument of % should be a positive number, but instead it is:\n" + divisor,
            Error("Naturals", "%", I(7), I(divisor)));

    [Fact]
    public void Negative_exponent_is_an_error() =>
        Assert.Equal(
            "The second argument of ^ should be a natural number, but instead it is:\n-1",
            Error("Naturals", "^", I(2), I(-1)));

    [Fact]
    public void Zero_to_the_zero_is_undefined() =>
        Assert.Contains("undefined", Error("Naturals", "^", I(0), I(0)));

    [Fact]
    public void Adding_a_string_names_the_operand() =>
        Assert.Equal(
            "The second argument of + should be an integer, but instead it is:\n\"a\"",
            Error("Naturals", "+", I(1), S("a")));

    [Fact]
    public void Comparing_a_set_names_the_first_operand() =>
        Assert.Equal(
            "The first argument of < should be an integer, but instead it is:\n{1}",
            Error("Naturals", "<", Ints(1), I(2)));

    [Fact]
    public void Negating_a_boolean_is_an_error() =>
        Assert.Contains("should be an integer", Error("Integers", "-.", True));

    [Fact]
    public void Range_is_an_interval()
    {
        Value range = Call("Naturals", "..", I(2), I(5));
        Assert.Equal("2..5", range.ToString());
        Assert.True(ValueEquality.TlaEquals(Ints(2, 3, 4, 5), range));
    }

    [Fact]
    public void Range_with_high_below_low_is_empty()
    {
        var range = (SetValue)Call("Naturals", "..", I(5), I(2));
        Assert.True(range.IsEmpty);
        Assert.True(ValueEquality.TlaEquals(FiniteSetValue.Empty, range));
    }

    [Fact]
    public void Range_of_strings_is_an_error() =>
        Assert.Contains("The first argument of .. should be an integer", Error("Naturals", "..", S("a"), I(2)));
}
