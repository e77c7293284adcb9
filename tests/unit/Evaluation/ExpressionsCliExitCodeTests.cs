using Xunit;

namespace GraphSpec.UnitTests.Evaluation;

/// <summary>
/// <c>graphspec eval</c> exits as TLC would for the same problem: 0 with a value, 14 for a failed
/// Assert, 75 for an evaluation error, 150 for a parse or semantic error, 151 for a cfg problem.
/// </summary>
public class ExpressionsCliExitCodeTests
{
    [Theory]
    [InlineData("1 + 1", 0)]
    [InlineData("Assert(FALSE, \"stop\")", 14)]
    [InlineData("1 \\div 0", 75)]
    [InlineData("CHOOSE x \\in {} : TRUE", 75)]
    [InlineData("2 = \"a\"", 75)]
    [InlineData("1 +", 150)]
    [InlineData("TRUE /\\ FALSE \\/ TRUE", 150)]
    [InlineData("NoSuchName", 150)]
    [InlineData("LET x == 1 IN LET x == 2 IN x", 150)]
    public void Exit_code_follows_the_kind_of_outcome(string expression, int exitCode)
    {
        var run = ExpressionsCli.Eval(new ExpressionsCase("inline", 1, null, null, expression, new ExpressionsExpectation.Error("")));

        Assert.True(run.ExitCode == exitCode, $"exit {run.ExitCode}, expected {exitCode}\n{run.Stdout}{run.Stderr}");
    }

    [Fact]
    public void A_constant_the_cfg_does_not_bind_is_a_configuration_error()
    {
        var module = new ExpressionsCaseModule("Unbound", "---- MODULE Unbound ----\nCONSTANTS A, B\n====\n");
        var run = ExpressionsCli.Eval(new ExpressionsCase("inline", 1, module, "CONSTANT A = 1\n", "A", new ExpressionsExpectation.Error("")));

        Assert.True(run.ExitCode == 151, $"exit {run.ExitCode}\n{run.Stdout}{run.Stderr}");
    }

    [Fact]
    public void Print_output_comes_before_the_value()
    {
        var run = ExpressionsCli.Eval(new ExpressionsCase("inline", 1, null, null, "<<PrintT(\"first\"), 2>>", new ExpressionsExpectation.PrintedValue("")));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["\"first\"", "<<TRUE, 2>>"], run.Stdout.TrimEnd('\r', '\n').Split('\n').Select(l => l.TrimEnd('\r')));
    }
}
