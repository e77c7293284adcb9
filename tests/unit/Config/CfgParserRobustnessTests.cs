using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Config;

/// <summary>Bad or unusual cfg input yields diagnostics, never an exception.</summary>
public class CfgParserRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "INIT", "NEXT", "CONSTANTS", "CONSTANT", "INVARIANT", "PROPERTY", "SYMMETRY", "CHECK_DEADLOCK",
        "TRUE", "FALSE", "x", "p1", "42", "-", "=", "<-", "{", "}", ",", "[", "]", "<<", "\"s\"", "\"",
        "(*", "*)", "\\*", "\n", " ", "\t", "\r\n", "é", ";", "\\",
    ];

    [Fact]
    public void Random_fragment_soup_never_throws_and_config_iff_no_diagnostics()
    {
        var random = new Random(20261124);
        for (var run = 0; run < 3000; run++)
        {
            var count = random.Next(0, 25);
            var text = string.Concat(Enumerable.Range(0, count).Select(_ => Fragments[random.Next(Fragments.Length)] + (random.Next(3) == 0 ? "" : " ")));
            var result = CfgParser.Parse(text, "F.cfg");
            Assert.Equal(result.Diagnostics.IsEmpty, result.Config is not null);
            Assert.All(result.Diagnostics, d =>
            {
                Assert.Equal(DiagnosticKind.Config, d.Kind);
                Assert.Equal("F.cfg", d.Span.File);
                Assert.True(d.Span.StartLine >= 1 && d.Span.StartColumn >= 1, $"{d} in {text}");
            });
        }
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_accepted()
    {
        var result = CfgParser.Parse("\uFEFFINIT Init\r\nNEXT Next\r\nINVARIANT Inv\r\n", "F.cfg");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new SourceSpan("F.cfg", 3, 11, 3, 13), result.Config!.Invariants[0].Span);
    }

    [Fact]
    public void Strings_may_contain_comment_markers_and_escapes()
    {
        var result = CfgParser.Parse("CONSTANT S = \"a \\\\* b (* c\\t\"", "F.cfg");
        var value = Assert.IsType<ConfigString>(Assert.IsType<ConstantAssignment>(Assert.Single(result.Config!.Constants)).Value);
        Assert.Equal("a \\* b (* c\t", value.Value);
    }

    [Fact]
    public void Unknown_string_escape_is_an_error()
    {
        var result = CfgParser.Parse("CONSTANT S = \"a\\qb\"", "F.cfg");
        Assert.Null(result.Config);
        Assert.Contains("escape", result.Diagnostics[0].Message);
    }
}
