using System.Numerics;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// Integer arithmetic with TLA+ semantics on unbounded integers: 64-bit fast paths with overflow
/// checks that fall back to BigInteger. <c>\div</c> rounds toward minus infinity and <c>%</c> gives a
/// result in <c>0..b-1</c>, so <c>a = b * (a \div b) + a % b</c>. Errors use TLC's wording.
/// </summary>
public static class IntArithmetic
{
    public static IntValue Add(IntValue a, IntValue b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long x = a.SmallValue;
            long y = b.SmallValue;
            long sum = unchecked(x + y);
            // Overflow iff both operands have the same sign and the sum's sign differs.
            if (((x ^ sum) & (y ^ sum)) >= 0)
            {
                return IntValue.Of(sum);
            }
        }
        return IntValue.Of(a.BigValue + b.BigValue);
    }

    public static IntValue Subtract(IntValue a, IntValue b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long x = a.SmallValue;
            long y = b.SmallValue;
            long difference = unchecked(x - y);
            if (((x ^ y) & (x ^ difference)) >= 0)
            {
                return IntValue.Of(difference);
            }
        }
        return IntValue.Of(a.BigValue - b.BigValue);
    }

    public static IntValue Multiply(IntValue a, IntValue b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long high = Math.BigMul(a.SmallValue, b.SmallValue, out long low);
            // The 128-bit product fits in 64 bits iff the high half is the sign extension of the low half.
            if (high == (low >> 63))
            {
                return IntValue.Of(low);
            }
        }
        return IntValue.Of(a.BigValue * b.BigValue);
    }

    public static IntValue Negate(IntValue a)
    {
        if (a.IsSmall && a.SmallValue != long.MinValue)
        {
            return IntValue.Of(-a.SmallValue);
        }
        return IntValue.Of(-a.BigValue);
    }

    /// <summary><c>a \div b</c>: the quotient rounded toward minus infinity.</summary>
    public static IntValue Divide(IntValue a, IntValue b)
    {
        if (b.Sign == 0)
        {
            throw new EvaluationException("The second argument of \\div is 0.");
        }
        if (a.IsSmall && b.IsSmall && !(a.SmallValue == long.MinValue && b.SmallValue == -1))
        {
            long x = a.SmallValue;
            long y = b.SmallValue;
            long q = x / y;
            // C# truncates toward zero; step down when the division was inexact and signs differ.
            if ((x % y != 0) && ((x < 0) != (y < 0)))
            {
                q--;
            }
            return IntValue.Of(q);
        }
        BigInteger bx = a.BigValue;
        BigInteger by = b.BigValue;
        BigInteger quotient = BigInteger.DivRem(bx, by, out BigInteger remainder);
        if (!remainder.IsZero && (bx.Sign < 0) != (by.Sign < 0))
        {
            quotient -= 1;
        }
        return IntValue.Of(quotient);
    }

    /// <summary><c>a % b</c> for <c>b &gt; 0</c>: the remainder in <c>0..b-1</c>.</summary>
    public static IntValue Modulo(IntValue a, IntValue b)
    {
        if (b.Sign <= 0)
        {
            throw new EvaluationException(
                "The second argument of % should be a positive number, but instead it is:\n" + ValuePrinter.ForMessage(b));
        }
        if (a.IsSmall && b.IsSmall)
        {
            long r = a.SmallValue % b.SmallValue;
            if (r < 0)
            {
                r += b.SmallValue;
            }
            return IntValue.Of(r);
        }
        BigInteger big = BigInteger.Remainder(a.BigValue, b.BigValue);
        if (big.Sign < 0)
        {
            big += b.BigValue;
        }
        return IntValue.Of(big);
    }

    /// <summary><c>a ^ b</c> for a natural exponent; <c>0 ^ 0</c> is undefined, as in TLC.</summary>
    public static IntValue Power(IntValue a, IntValue b)
    {
        if (b.Sign < 0)
        {
            throw new EvaluationException(
                "The second argument of ^ should be a natural number, but instead it is:\n" + ValuePrinter.ForMessage(b));
        }
        if (b.Sign == 0)
        {
            if (a.Sign == 0)
            {
                throw new EvaluationException("0^0 is undefined.");
            }
            return IntValue.One;
        }
        if (!b.TryGetInt32(out int exponent))
        {
            // Only 0, 1 and -1 have representable powers with such exponents.
            if (a.Sign == 0 || (a.IsSmall && a.SmallValue == 1))
            {
                return a;
            }
            if (a.IsSmall && a.SmallValue == -1)
            {
                return b.BigValue.IsEven ? IntValue.One : a;
            }
            throw new EvaluationException("The result of " + ValuePrinter.ForMessage(a) + " ^ " + ValuePrinter.ForMessage(b) + " is too large to compute.");
        }
        if (a.IsSmall)
        {
            long result = 1;
            long baseValue = a.SmallValue;
            bool overflow = false;
            for (int i = 0; i < exponent; i++)
            {
                long high = Math.BigMul(result, baseValue, out long low);
                if (high != (low >> 63))
                {
                    overflow = true;
                    break;
                }
                result = low;
            }
            if (!overflow)
            {
                return IntValue.Of(result);
            }
        }
        return IntValue.Of(BigInteger.Pow(a.BigValue, exponent));
    }

    /// <summary>
    /// The value as an integer, or TLC's error for a non-integer operand, for example
    /// <c>The first argument of + should be an integer, but instead it is: "a"</c>.
    /// </summary>
    /// <param name="value">The operand.</param>
    /// <param name="argumentPosition">1 for the first argument, 2 for the second.</param>
    /// <param name="operatorName">The operator as written, such as <c>+</c> or <c>\div</c>.</param>
    public static IntValue ExpectInteger(Value value, int argumentPosition, string operatorName)
    {
        if (value is IntValue integer)
        {
            return integer;
        }
        string position = argumentPosition switch
        {
            1 => "first",
            2 => "second",
            3 => "third",
            _ => "argument " + argumentPosition.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        throw new EvaluationException(
            "The " + position + " argument of " + operatorName + " should be an integer, but instead it is:\n" + ValuePrinter.ForMessage(value));
    }
}
