using Xunit;

namespace GraphSpec.PropertyTests;

/// <summary>
/// Every nesting shape of <see cref="TextMutation.Nested"/> at 5,000 and 50,000 levels, as a bare
/// expression and as a definition: the parser answers (tree or "nested too deeply") without
/// overflowing the stack or hanging.
/// </summary>
public class ParserDeepNestingTests
{
    public static TheoryData<int, int> Shapes()
    {
        var data = new TheoryData<int, int>();
        foreach (var depth in new[] { 5_000, 50_000 })
        {
            for (var shape = 0; shape < 10; shape++)
            {
                data.Add(shape, depth);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Deep_nesting_ends_in_a_tree_or_diagnostics(int shape, int depth)
    {
        var text = TextMutation.Nested(shape, depth);
        var origin = $"shape {shape}, depth {depth}";
        BoundedParse.Expression(new ParserInput(origin, text));
        BoundedParse.Module(new ParserInput(origin + " as a definition", ParserTextFrames.AsDefinition(text)));
    }
}
