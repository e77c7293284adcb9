using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace GraphSpec.PropertyTests;

/// <summary>
/// A random integer expression with its meaning computed independently of the engine, with
/// BigInteger and TLA+'s rules: <c>\div</c> rounds toward minus infinity, <c>a % b</c> needs
/// <c>b &gt; 0</c> and lies in <c>0..b-1</c>, division by zero and <c>0 ^ 0</c> are errors (as in TLC). Rendered fully
/// parenthesized, so the text does not depend on precedence.
/// </summary>
public sealed record IntegerExpression(string Text, BigInteger? Value)
{
    private static readonly BigInteger[] Interesting =
    [
        0, 1, 2, 3, 7, 10, int.MaxValue, (BigInteger)int.MaxValue + 1, uint.MaxValue, (BigInteger)1 << 62,
        long.MaxValue, (BigInteger)long.MaxValue + 1, ulong.MaxValue, (BigInteger)ulong.MaxValue + 1,
        BigInteger.Pow(10, 30),
    ];

    public override string ToString() => $"{Text}  (expected {(Value is { } v ? v.ToString() : "an error")})";

    public static Gen<IntegerExpression> Generate(int depth)
    {
        var literal = Gen.Frequency(
                (3, Gen.Elements(Interesting)),
                (3, Gen.Choose(0, 1000).Select(i => (BigInteger)i)),
                (1, Gen.Choose(int.MinValue, int.MaxValue).Two().Select(p => BigInteger.Abs(((BigInteger)p.Item1 << 32) + (uint)p.Item2))))
            .SelectMany(magnitude => Gen.Elements(false, true).Select(negative => Literal(magnitude, negative)));
        if (depth <= 0)
        {
            return literal;
        }

        var sub = Gen.Sized(_ => Generate(depth - 1));
        return Gen.Frequency(
            (2, literal),
            (6, from a in sub from op in Gen.Elements("+", "-", "*", "\\div", "%") from b in sub select Binary(a, op, b)),
            (1, from a in sub from e in Gen.Choose(0, 5) select Power(a, e)),
            (1, sub.Select(a => new IntegerExpression($"(-{a.Text})", -a.Value))));
    }

    private static IntegerExpression Literal(BigInteger magnitude, bool negative) =>
        negative && !magnitude.IsZero
            ? new IntegerExpression($"(-{magnitude})", -magnitude)
            : new IntegerExpression(magnitude.ToString(), magnitude);

    // TLC refuses 0 ^ 0 ("0 to the 0th power is undefined").
    private static IntegerExpression Power(IntegerExpression a, int exponent) =>
        new($"({a.Text} ^ {exponent})", a.Value is { } v && !(v.IsZero && exponent == 0) ? BigInteger.Pow(v, exponent) : null);

    private static IntegerExpression Binary(IntegerExpression a, string op, IntegerExpression b)
    {
        var text = $"({a.Text} {op} {b.Text})";
        if (a.Value is not { } x || b.Value is not { } y)
        {
            return new IntegerExpression(text, null);
        }

        BigInteger? value = op switch
        {
            "+" => x + y,
            "-" => x - y,
            "*" => x * y,
            "\\div" => y.IsZero ? null : FloorDiv(x, y),
            "%" => y.Sign <= 0 ? null : x - (y * FloorDiv(x, y)),
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
        return new IntegerExpression(text, value);
    }

    private static BigInteger FloorDiv(BigInteger x, BigInteger y)
    {
        var quotient = BigInteger.DivRem(x, y, out var remainder);
        return !remainder.IsZero && (remainder.Sign != y.Sign) ? quotient - 1 : quotient;
    }
}
