using Xunit;

namespace GraphSpec.UnitTests.Evaluation;

public class ExpressionsCaseReaderTests
{
    [Fact]
    public void Reads_single_and_multi_line_cases_with_their_first_line()
    {
        const string text = "# comment\n\n1 + 2\n==> 3\n\n/\\ TRUE\n/\\ \\/ FALSE\n   \\/ TRUE\n==> TRUE\n";
        var cases = ExpressionsCaseReader.Read("f.txt", text);

        Assert.Equal(2, cases.Length);
        Assert.Equal("f.txt:3", cases[0].Id);
        Assert.Equal("1 + 2", cases[0].Expression);
        Assert.Equal(new ExpressionsExpectation.PrintedValue("3"), cases[0].Expected);
        Assert.Equal("f.txt:6", cases[1].Id);
        Assert.Equal("/\\ TRUE\n/\\ \\/ FALSE\n   \\/ TRUE", cases[1].Expression);
    }

    [Fact]
    public void Keeps_leading_indentation_of_the_first_line()
    {
        var cases = ExpressionsCaseReader.Read("f.txt", "   /\\ TRUE\n\\/ FALSE\n==> TRUE\n");

        Assert.Equal("   /\\ TRUE\n\\/ FALSE", Assert.Single(cases).Expression);
    }

    [Fact]
    public void Reads_error_expectations_with_and_without_substring()
    {
        var cases = ExpressionsCaseReader.Read("f.txt", "1 \\div 0\n==> error: zero\nx\n==> error:\n");

        Assert.Equal(new ExpressionsExpectation.Error("zero"), cases[0].Expected);
        Assert.Equal(new ExpressionsExpectation.Error(""), cases[1].Expected);
    }

    [Fact]
    public void Reads_error_expectations_with_a_position()
    {
        var testCase = Assert.Single(ExpressionsCaseReader.Read("f.txt", "1 + (2 \\div 0)\n==> error at 1:6: div\n"));

        Assert.Equal(new ExpressionsExpectation.Error("div", 1, 6), testCase.Expected);
    }

    [Fact]
    public void Splits_a_leading_module_from_the_expression()
    {
        const string text = "---- MODULE M ----\nX == 1\n====\nX + 1\n==> 2\n";
        var testCase = Assert.Single(ExpressionsCaseReader.Read("f.txt", text));

        Assert.Equal(new ExpressionsCaseModule("M", "---- MODULE M ----\nX == 1\n====\n"), testCase.Module);
        Assert.Equal("X + 1", testCase.Expression);
    }

    [Fact]
    public void Reads_cfg_lines_after_the_module()
    {
        const string text = "---- MODULE M ----\nCONSTANT A\n====\ncfg: CONSTANTS\ncfg:   A = A\nA = A\n==> TRUE\n";
        var testCase = Assert.Single(ExpressionsCaseReader.Read("f.txt", text));

        Assert.Equal(" CONSTANTS\n   A = A\n", testCase.Config);
        Assert.Equal("A = A", testCase.Expression);
    }

    [Theory]
    [InlineData("1 + 2\n")]
    [InlineData("==> 3\n")]
    [InlineData("---- MODULE M ----\nX == 1\nX\n==> 1\n")]
    [InlineData("---- MODULE M ----\nX == 1\n====\n==> 1\n")]
    public void Rejects_malformed_files_naming_the_line(string text)
    {
        var error = Assert.Throws<FormatException>(() => ExpressionsCaseReader.Read("bad.txt", text));

        Assert.StartsWith("bad.txt:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_case_file_in_the_repository_is_well_formed() =>
        Assert.NotEmpty(ExpressionsCaseLibrary.All);
}
