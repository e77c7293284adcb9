using System.Numerics;
using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Config;

public class CfgParserTests
{
    private static ModelConfig ParseOk(string text)
    {
        var result = CfgParser.Parse(text, "M.cfg");
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Config);
        return result.Config;
    }

    private static Diagnostic ParseError(string text)
    {
        var result = CfgParser.Parse(text, "M.cfg");
        Assert.Null(result.Config);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticKind.Config, d.Kind));
        return result.Diagnostics[0];
    }

    private static string[] Names(IEnumerable<Identifier> ids) => ids.Select(i => i.Name).ToArray();

    [Fact]
    public void Init_next_and_invariants_in_file_order()
    {
        var config = ParseOk("INIT Init\nNEXT Next\nINVARIANT InvC\nINVARIANTS InvB InvA\n  InvD\n");
        Assert.Equal("Init", config.Init?.Name);
        Assert.Equal("Next", config.Next?.Name);
        Assert.Null(config.Specification);
        Assert.Equal(["InvC", "InvB", "InvA", "InvD"], Names(config.Invariants));
        Assert.True(config.ShouldCheckDeadlock);
    }

    [Fact]
    public void Every_keyword_is_recognised()
    {
        var config = ParseOk("""
            SPECIFICATION Spec
            CONSTANT N = 1
            CONSTANTS M = 2
            INVARIANT I1
            INVARIANTS I2
            PROPERTY P1
            PROPERTIES P2 P3
            CONSTRAINT C1
            CONSTRAINTS C2
            ACTION_CONSTRAINT A1
            ACTION_CONSTRAINTS A2
            SYMMETRY Perms
            VIEW View
            ALIAS Alias
            POSTCONDITION Post
            CHECK_DEADLOCK FALSE
            """);
        Assert.Equal("Spec", config.Specification?.Name);
        Assert.Equal(["N", "M"], Names(config.Constants.Select(c => c.Name)));
        Assert.Equal(["I1", "I2"], Names(config.Invariants));
        Assert.Equal(["P1", "P2", "P3"], Names(config.Properties));
        Assert.Equal(["C1", "C2"], Names(config.Constraints));
        Assert.Equal(["A1", "A2"], Names(config.ActionConstraints));
        Assert.Equal("Perms", config.Symmetry?.Name);
        Assert.Equal("View", config.View?.Name);
        Assert.Equal("Alias", config.Alias?.Name);
        Assert.Equal("Post", config.Postcondition?.Name);
        Assert.False(config.ShouldCheckDeadlock);
        Assert.False(config.CheckDeadlock);
    }

    [Fact]
    public void Check_deadlock_true_is_explicit()
    {
        var config = ParseOk("CHECK_DEADLOCK TRUE");
        Assert.True(config.CheckDeadlock);
    }

    [Fact]
    public void Names_keep_their_cfg_positions()
    {
        var config = ParseOk("INIT Init\nINVARIANT TypeOK\n   INVARIANT NoSuchInvariant\n");
        var span = config.Invariants[1].Span;
        Assert.Equal(new SourceSpan("M.cfg", 3, 14, 3, 28), span);
        Assert.Equal(new SourceSpan("M.cfg", 1, 6, 1, 9), config.Init!.Span);
    }

    [Fact]
    public void Constant_values_of_every_kind()
    {
        var config = ParseOk("""
            CONSTANTS
                N = 20
                Name = "no\"de"
                Verbose = FALSE Loud = TRUE
                Procs = {p1, p2, p3}
                None = None
                Empty = {}
                Nested = {{1, 2}, {}, {"a"}}
            """);
        var values = config.Constants.Cast<ConstantAssignment>().ToDictionary(c => c.Name.Name, c => c.Value);
        Assert.Equal(new BigInteger(20), Assert.IsType<ConfigInteger>(values["N"]).Value);
        Assert.Equal("no\"de", Assert.IsType<ConfigString>(values["Name"]).Value);
        Assert.False(Assert.IsType<ConfigBoolean>(values["Verbose"]).Value);
        Assert.True(Assert.IsType<ConfigBoolean>(values["Loud"]).Value);
        var procs = Assert.IsType<ConfigSet>(values["Procs"]);
        Assert.Equal(["p1", "p2", "p3"], procs.Elements.Select(e => Assert.IsType<ConfigModelValue>(e).Name).ToArray());
        Assert.Equal("None", Assert.IsType<ConfigModelValue>(values["None"]).Name);
        Assert.Empty(Assert.IsType<ConfigSet>(values["Empty"]).Elements);
        var nested = Assert.IsType<ConfigSet>(values["Nested"]);
        Assert.Equal(3, nested.Elements.Length);
        Assert.Equal(2, Assert.IsType<ConfigSet>(nested.Elements[0]).Elements.Length);
        Assert.Empty(Assert.IsType<ConfigSet>(nested.Elements[1]).Elements);
    }

    [Fact]
    public void Large_numbers_are_not_truncated()
    {
        var config = ParseOk("CONSTANT Big = 123456789012345678901234567890");
        var value = Assert.IsType<ConfigInteger>(Assert.IsType<ConstantAssignment>(config.Constants[0]).Value);
        Assert.Equal(BigInteger.Parse("123456789012345678901234567890"), value.Value);
    }

    [Fact]
    public void Set_value_span_covers_the_braces()
    {
        var config = ParseOk("CONSTANT S = {a, b}");
        var value = Assert.IsType<ConstantAssignment>(config.Constants[0]).Value;
        Assert.Equal(new SourceSpan("M.cfg", 1, 14, 1, 19), value.Span);
    }

    [Fact]
    public void Substitutions_plain_and_module_qualified()
    {
        var config = ParseOk("CONSTANTS\n    Lo <- MinusHi\n    Hi = 15\n    F <- [Other] G\n");
        var lo = Assert.IsType<ConstantSubstitution>(config.Constants[0]);
        Assert.Equal("Lo", lo.Name.Name);
        Assert.Equal("MinusHi", lo.Definition.Name);
        Assert.Null(lo.Module);
        Assert.Equal(new SourceSpan("M.cfg", 2, 11, 2, 17), lo.Definition.Span);
        Assert.IsType<ConstantAssignment>(config.Constants[1]);
        var f = Assert.IsType<ConstantSubstitution>(config.Constants[2]);
        Assert.Equal("Other", f.Module?.Name);
        Assert.Equal("G", f.Definition.Name);
    }

    [Fact]
    public void Comments_are_skipped_including_nested_block_comments()
    {
        var config = ParseOk("""
            \* a line comment INIT Wrong
            (* a block (* nested INIT Wrong *) still comment *)
            INIT Init (* inline *) NEXT Next \* trailing
            """);
        Assert.Equal("Init", config.Init?.Name);
        Assert.Equal("Next", config.Next?.Name);
    }

    [Fact]
    public void Empty_file_is_an_empty_config()
    {
        var config = ParseOk("  \n\\* nothing here\n");
        Assert.Null(config.Init);
        Assert.Empty(config.Constants);
        Assert.Empty(config.Invariants);
        Assert.Null(config.CheckDeadlock);
    }

    [Fact]
    public void Negative_literal_is_a_config_error_on_its_line()
    {
        var error = ParseError("CONSTANTS\n    Lo = -3\n    Hi = 3\nINIT Init\n");
        Assert.Equal(new SourceSpan("M.cfg", 2, 10, 2, 10), error.Span);
        Assert.Contains("negative", error.Message);
    }

    [Fact]
    public void Tuple_values_are_rejected_as_in_TLC()
    {
        var error = ParseError("CONSTANT T = <<1, 2>>\n");
        Assert.Equal(new SourceSpan("M.cfg", 1, 14, 1, 15), error.Span);
        Assert.Contains("tuples", error.Message);
    }

    [Fact]
    public void Unknown_keyword_is_an_error()
    {
        var error = ParseError("INIT Init\nINVARIANTZ Inv\n");
        Assert.Equal(2, error.Span.StartLine);
        Assert.Equal(1, error.Span.StartColumn);
        Assert.Contains("INVARIANTZ", error.Message);
    }

    [Fact]
    public void Keywords_are_case_sensitive()
    {
        var error = ParseError("init Init\n");
        Assert.Contains("unknown keyword 'init'", error.Message);
    }

    [Fact]
    public void Missing_equals_after_a_constant_name()
    {
        var error = ParseError("CONSTANT N 3\n");
        Assert.Equal(new SourceSpan("M.cfg", 1, 12, 1, 12), error.Span);
        Assert.Contains("'=' or '<-'", error.Message);
    }

    [Fact]
    public void Keyword_where_a_name_is_needed()
    {
        var error = ParseError("INIT\nNEXT Next\n");
        Assert.Equal(2, error.Span.StartLine);
        Assert.Contains("after INIT", error.Message);
    }

    [Fact]
    public void Missing_name_at_end_of_file()
    {
        var error = ParseError("INIT Init\nNEXT");
        Assert.Contains("end of the file", error.Message);
    }

    [Fact]
    public void Check_deadlock_needs_a_boolean()
    {
        var error = ParseError("CHECK_DEADLOCK maybe");
        Assert.Equal(new SourceSpan("M.cfg", 1, 16, 1, 20), error.Span);
    }

    [Fact]
    public void Single_valued_keyword_given_twice_is_an_error()
    {
        var error = ParseError("INIT A\nNEXT N\nINIT B\n");
        Assert.Equal(3, error.Span.StartLine);
        Assert.Contains("twice", error.Message);
    }

    [Fact]
    public void Unclosed_set_is_an_error()
    {
        var error = ParseError("CONSTANT S = {1, 2\nINIT Init\n");
        Assert.Equal(2, error.Span.StartLine);
        Assert.Contains("'}'", error.Message);
    }

    [Fact]
    public void Unterminated_string_and_comment_are_errors()
    {
        Assert.Equal(1, ParseError("CONSTANT S = \"abc\nINIT Init").Span.StartLine);
        Assert.Equal(2, ParseError("INIT Init\n(* never closed").Span.StartLine);
    }

    [Fact]
    public void Bad_character_is_an_error()
    {
        var error = ParseError("INIT Init\nNEXT Next ;\n");
        Assert.Equal(new SourceSpan("M.cfg", 2, 11, 2, 11), error.Span);
    }

    [Fact]
    public void Errors_after_the_first_are_also_reported()
    {
        var result = CfgParser.Parse("FOO x\nINIT Init\nCONSTANT N = -1\nNEXT", "M.cfg");
        Assert.Equal([1, 3, 4], result.Diagnostics.Select(d => d.Span.StartLine).ToArray());
    }

    [Fact]
    public void Deeply_nested_sets_give_a_diagnostic_not_a_crash()
    {
        var text = "CONSTANT S = " + new string('{', 100_000) + new string('}', 100_000);
        var error = ParseError(text);
        Assert.Contains("nested", error.Message);
    }

    [Fact]
    public void Diagnostics_print_as_file_line_col()
    {
        var error = ParseError("CONSTANTS\n    Lo = -3\n");
        Assert.StartsWith("M.cfg:2:10: ", error.ToString());
    }
}
