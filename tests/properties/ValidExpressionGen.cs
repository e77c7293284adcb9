using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace GraphSpec.PropertyTests;

/// <summary>
/// Generates syntactically valid TLA+ expressions. Every compound form is parenthesized, so the
/// text never depends on operator precedence; bullet lists (the layout-sensitive part) appear at
/// the top and nested in each other, each level indented three columns past its parent.
/// </summary>
public static class ValidExpressionGen
{
    private static readonly string[] InfixOperators =
    [
        "+", "-", "*", "\\div", "%", "^", "=", "#", "<", ">=", "\\in", "\\notin", "\\subseteq", "\\cup",
        "\\cap", "\\", "/\\", "\\/", "=>", "<=>", "..", "\\o", ":>", "@@", "\\X",
    ];

    private static readonly string[] Atoms = ["x", "y", "S", "f", "0", "1", "42", "TRUE", "FALSE", "\"s\"", "{}", "<<>>", "BOOLEAN"];

    private static readonly string[] PrefixOperators = ["~", "-", "SUBSET ", "UNION ", "DOMAIN "];

    /// <summary>A single-line expression of nesting depth at most <paramref name="depth"/>.</summary>
    public static Gen<string> Expression(int depth)
    {
        var atom = Gen.Elements(Atoms);
        if (depth <= 0)
        {
            return atom;
        }

        var sub = Gen.Sized(_ => Expression(depth - 1));
        return Gen.Frequency(
            (3, atom),
            (6, from a in sub from op in Gen.Elements(InfixOperators) from b in sub select $"({a} {op} {b})"),
            (2, from op in Gen.Elements(PrefixOperators) from a in sub select $"({op}{a})"),
            (2, from c in sub from t in sub from e in sub select $"(IF {c} THEN {t} ELSE {e})"),
            (1, from c in sub from t in sub from e in sub select $"(CASE {c} -> {t} [] OTHER -> {e})"),
            (1, from d in sub from b in sub select $"(LET q == {d} IN {b})"),
            (2, from q in Gen.Elements("\\E", "\\A", "CHOOSE") from s in sub from b in sub select $"({q} x \\in {s} : {b})"),
            (1, from s in sub from b in sub select $"(\\E <<x, y>> \\in {s} : {b})"),
            (2, from a in sub from b in sub select $"{{{a}, {b}}}"),
            (2, from a in sub from b in sub select $"<<{a}, {b}>>"),
            (1, from a in sub from b in sub select $"[a |-> {a}, b |-> {b}]"),
            (1, from a in sub select $"[a : {a}]"),
            (1, from a in sub from b in sub select $"[{a} -> {b}]"),
            (1, from s in sub from b in sub select $"[x \\in {s} |-> {b}]"),
            (1, from s in sub from b in sub select $"{{x \\in {s} : {b}}}"),
            (1, from s in sub from b in sub select $"{{{b} : x \\in {s}}}"),
            (2, from a in sub select $"f[{a}]"),
            (1, from k in sub from v in sub select $"[f EXCEPT ![{k}] = {v}, !.a = @]"),
            (1, Gen.Constant("x.a")),
            (1, from a in sub from b in sub select $"Append({a}, {b})"));
    }

    /// <summary>An expression or a bullet list (possibly nested), starting at column 1.</summary>
    public static Gen<string> TopLevel(int depth) =>
        Gen.Frequency((1, Expression(depth)), (1, BulletList(depth, 0)));

    private static Gen<string> BulletList(int depth, int column)
    {
        var item = depth > 1
            ? Gen.Frequency((3, Expression(depth - 1)), (1, Gen.Sized(_ => BulletList(depth - 1, column + 3))))
            : Expression(0);
        return from bullet in Gen.Elements("/\\", "\\/")
               from count in Gen.Choose(1, 4)
               from items in Gen.ListOf(item, count)
               select Join(bullet, column, items);
    }

    private static string Join(string bullet, int column, IEnumerable<string> items)
    {
        var builder = new StringBuilder();
        foreach (var item in items)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n').Append(' ', column);
            }

            builder.Append(bullet).Append(' ').Append(item);
        }

        return builder.ToString();
    }
}
