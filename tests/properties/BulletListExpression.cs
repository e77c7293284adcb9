using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace GraphSpec.PropertyTests;

/// <summary>
/// A random tree of <c>/\</c> and <c>\/</c> bullet lists over small comparisons, laid out with
/// each nested list three columns right of its parent's bullet, and its truth value computed from
/// the tree. A parser that delimits a list wrongly gets a different value for some of them.
/// </summary>
public sealed record BulletListExpression(string Text, bool Value)
{
    public override string ToString() => $"{Text}\n(expected {(Value ? "TRUE" : "FALSE")})";

    public static Gen<BulletListExpression> Generate(int depth) => Node(depth, 0);

    private static Gen<BulletListExpression> Node(int depth, int column)
    {
        var leaf = from a in Gen.Choose(0, 3)
                   from op in Gen.Elements("=", "<", "#", "<=")
                   from b in Gen.Choose(0, 3)
                   select new BulletListExpression($"{a} {op} {b}", Compare(a, op, b));
        if (depth <= 0)
        {
            return leaf;
        }

        var item = Gen.Sized(_ => Node(depth - 1, column + 3));
        var list = from conjunction in Gen.Elements(true, false)
                   from count in Gen.Choose(1, 3)
                   from items in Gen.ListOf(item, count)
                   select Join(conjunction, column, items);
        return Gen.Frequency((1, leaf), (3, list));
    }

    private static BulletListExpression Join(bool conjunction, int column, IEnumerable<BulletListExpression> items)
    {
        var text = new StringBuilder();
        var value = conjunction;
        foreach (var item in items)
        {
            if (text.Length > 0)
            {
                text.Append('\n').Append(' ', column);
            }

            text.Append(conjunction ? "/\\ " : "\\/ ").Append(item.Text);
            value = conjunction ? value && item.Value : value || item.Value;
        }

        return new BulletListExpression(text.ToString(), value);
    }

    private static bool Compare(int a, string op, int b) => op switch
    {
        "=" => a == b,
        "<" => a < b,
        "#" => a != b,
        _ => a <= b,
    };
}
