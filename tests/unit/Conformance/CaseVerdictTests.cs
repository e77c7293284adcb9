using GraphSpec.Cli.Conformance;
using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Conformance;

public class CaseVerdictTests
{
    private static Diagnostic At(DiagnosticKind kind, int line) =>
        new(kind, "problem", new SourceSpan("Spec.tla", line, 1, line, 1));

    private static readonly ExpectedResult ParseErrorAtLine8 =
        new("parse_error", 150, "Was expecting \"==== or more Module body\" Encountered \"<EOF>\" at line 8, column 25");

    [Fact]
    public void Message_line_is_the_first_line_named()
    {
        Assert.Equal(8, ParseErrorAtLine8.MessageLine);
        Assert.Equal(14, new ExpectedResult("parse_error", 150, "line 14, col 17 to line 14, col 17 of module Spec; line 13").MessageLine);
        Assert.Null(new ExpectedResult("parse_error", 150, "java.util.UnknownFormatConversionException").MessageLine);
        Assert.Null(new ExpectedResult("ok", 0, null).MessageLine);
    }

    [Fact]
    public void Parse_error_on_the_same_line_agrees()
    {
        var verdict = CaseVerdict.Judge("c", ParseErrorAtLine8, [At(DiagnosticKind.Parse, 8)]);
        Assert.True(verdict.Agrees, verdict.Reason);
        Assert.Equal("parse_error (exit 150) at line 8", verdict.FrontEndResult);
    }

    [Fact]
    public void Semantic_error_counts_as_parse_error()
    {
        var verdict = CaseVerdict.Judge("c", ParseErrorAtLine8, [At(DiagnosticKind.Semantic, 8)]);
        Assert.True(verdict.Agrees, verdict.Reason);
    }

    [Fact]
    public void Parse_error_on_another_line_disagrees()
    {
        var verdict = CaseVerdict.Judge("c", ParseErrorAtLine8, [At(DiagnosticKind.Parse, 9)]);
        Assert.False(verdict.Agrees);
        Assert.Contains("TLC reports line 8, GraphSpec line 9", verdict.Reason);
    }

    [Fact]
    public void Missing_parse_error_disagrees()
    {
        Assert.False(CaseVerdict.Judge("c", ParseErrorAtLine8, []).Agrees);
        Assert.False(CaseVerdict.Judge("c", ParseErrorAtLine8, [At(DiagnosticKind.Config, 8)]).Agrees);
    }

    [Fact]
    public void Config_error_agrees_on_outcome_whatever_the_line()
    {
        var expected = new ExpectedResult("config_error", 255, "TLC found an error in the configuration file at line 3");
        Assert.True(CaseVerdict.Judge("c", expected, [At(DiagnosticKind.Config, 2)]).Agrees);
        Assert.False(CaseVerdict.Judge("c", expected, [At(DiagnosticKind.Semantic, 3)]).Agrees);
        Assert.False(CaseVerdict.Judge("c", expected, []).Agrees);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("invariant")]
    [InlineData("eval_error")]
    [InlineData("deadlock")]
    public void Other_outcomes_need_a_clean_front_end(string outcome)
    {
        var expected = new ExpectedResult(outcome, 0, null);
        var clean = CaseVerdict.Judge("c", expected, []);
        Assert.True(clean.Agrees);
        Assert.Equal("loaded", clean.FrontEndResult);
        Assert.False(CaseVerdict.Judge("c", expected, [At(DiagnosticKind.Semantic, 1)]).Agrees);
    }
}
