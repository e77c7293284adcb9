using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace GraphSpec.PropertyTests;

/// <summary>
/// A random expression denoting a finite set of integers, with its value computed independently
/// of the engine (an <see cref="ImmutableSortedSet{T}"/>). Binders get distinct names per depth.
/// </summary>
public sealed record IntegerSetExpression(string Text, ImmutableSortedSet<int> Value)
{
    public override string ToString() => $"{Text}  (expected {Printed(Value)})";

    /// <summary>How TLC prints a set of integers: ascending, comma separated.</summary>
    public static string Printed(ImmutableSortedSet<int> set) => "{" + string.Join(", ", set) + "}";

    public static Gen<IntegerSetExpression> Generate(int depth)
    {
        var element = Gen.Choose(-3, 6);
        var enumerated = Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(element, n))
            .Select(xs => new IntegerSetExpression("{" + string.Join(", ", xs.Select(Int)) + "}", [.. xs]));
        var interval = from lo in Gen.Choose(-3, 4)
                       from hi in Gen.Choose(-3, 6)
                       select new IntegerSetExpression($"({Int(lo)}..{Int(hi)})", [.. Enumerable.Range(lo, Math.Max(0, hi - lo + 1))]);
        var leaf = Gen.OneOf(enumerated, interval);
        if (depth <= 0)
        {
            return leaf;
        }

        var sub = Gen.Sized(_ => Generate(depth - 1));
        var x = $"x{depth}";
        return Gen.Frequency(
            (2, leaf),
            (2, from a in sub from b in sub select new IntegerSetExpression($"({a.Text} \\cup {b.Text})", a.Value.Union(b.Value))),
            (2, from a in sub from b in sub select new IntegerSetExpression($"({a.Text} \\cap {b.Text})", a.Value.Intersect(b.Value))),
            (2, from a in sub from b in sub select new IntegerSetExpression($"({a.Text} \\ {b.Text})", a.Value.Except(b.Value))),
            (1, from a in sub from m in Gen.Choose(2, 3) select new IntegerSetExpression($"{{{x} \\in {a.Text} : {x} % {m} = 0}}", [.. a.Value.Where(v => Mod(v, m) == 0)])),
            (1, from a in sub from k in Gen.Choose(-2, 2) select new IntegerSetExpression($"{{{x} * {x} + {Int(k)} : {x} \\in {a.Text}}}", [.. a.Value.Select(v => (v * v) + k)])),
            (1, from a in sub from b in sub select new IntegerSetExpression($"(UNION {{{a.Text}, {b.Text}}})", a.Value.Union(b.Value))),
            (1, from a in sub from b in sub select new IntegerSetExpression($"{{{x} \\in {a.Text} : {x} \\notin {b.Text}}}", a.Value.Except(b.Value))),
            (1, from a in sub select new IntegerSetExpression($"{{Cardinality({a.Text})}}", [a.Value.Count])),
            (1, from a in sub from b in sub select new IntegerSetExpression($"(IF {a.Text} \\subseteq {b.Text} THEN {a.Text} ELSE {b.Text})", a.Value.IsSubsetOf(b.Value) ? a.Value : b.Value)));
    }

    private static string Int(int value) => value < 0 ? $"(-{-value})" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int Mod(int value, int modulus) => ((value % modulus) + modulus) % modulus;
}
