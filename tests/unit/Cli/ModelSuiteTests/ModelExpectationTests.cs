using GraphSpec.Cli.ModelSuite;
using GraphSpec.Oracle.Checking;
using Xunit;

namespace GraphSpec.UnitTests.Cli.ModelSuiteTests;

public class ModelExpectationTests
{
    [Theory]
    [InlineData(" ok", CheckOutcome.Ok, null)]
    [InlineData("deadlock", CheckOutcome.Deadlock, null)]
    [InlineData("invariant TypeOK", CheckOutcome.Invariant, "TypeOK")]
    [InlineData("property AllRequestsComplete", CheckOutcome.Property, "AllRequestsComplete")]
    [InlineData("invariant NeverParked (reachability witness)", CheckOutcome.Invariant, "NeverParked")]
    [InlineData("ok (the safe configuration)", CheckOutcome.Ok, null)]
    [InlineData("invariant Inv_2  ", CheckOutcome.Invariant, "Inv_2")]
    public void Accepted_forms(string text, CheckOutcome outcome, string? name)
    {
        var (expectation, error) = ModelExpectation.Parse(text);
        Assert.Null(error);
        Assert.Equal(new ModelExpectation(outcome, name), expectation);
    }

    [Theory]
    [InlineData("", "empty expectation")]
    [InlineData("safe", "unknown expectation 'safe'")]
    [InlineData("invariant", "'invariant' needs the name")]
    [InlineData("property A B", "'property' takes one name, found 'A B'")]
    [InlineData("ok TypeOK", "'ok' takes no name")]
    [InlineData("invariant Inv (unclosed", "unclosed note")]
    [InlineData("invariant Inv!Sub", "'invariant' takes one name")]
    [InlineData("Invariant TypeOK", "unknown expectation")]
    public void Rejected_forms_say_why(string text, string message)
    {
        var (expectation, error) = ModelExpectation.Parse(text);
        Assert.Null(expectation);
        Assert.Contains(message, error);
    }

    [Fact]
    public void A_violation_must_have_the_expected_name()
    {
        var expectation = new ModelExpectation(CheckOutcome.Invariant, "TypeOK");
        Assert.True(expectation.IsMetBy(Result(CheckOutcome.Invariant, "TypeOK")));
        Assert.False(expectation.IsMetBy(Result(CheckOutcome.Invariant, "Small")));
        Assert.False(expectation.IsMetBy(Result(CheckOutcome.Property, "TypeOK")));
        Assert.False(expectation.IsMetBy(Result(CheckOutcome.EvalError, null)));
        Assert.True(new ModelExpectation(CheckOutcome.Deadlock, null).IsMetBy(Result(CheckOutcome.Deadlock, null)));
        Assert.False(new ModelExpectation(CheckOutcome.Ok, null).IsMetBy(Result(CheckOutcome.Deadlock, null)));
    }

    [Fact]
    public void Results_are_described_with_the_violated_name()
    {
        Assert.Equal("invariant TypeOK", ModelExpectation.Describe(Result(CheckOutcome.Invariant, "TypeOK")));
        Assert.Equal("property Live", ModelExpectation.Describe(Result(CheckOutcome.Property, "Live")));
        Assert.Equal("eval_error", ModelExpectation.Describe(Result(CheckOutcome.EvalError, null)));
        Assert.Equal("ok", ModelExpectation.Describe(Result(CheckOutcome.Ok, null)));
        Assert.Equal("invariant TypeOK", new ModelExpectation(CheckOutcome.Invariant, "TypeOK").ToString());
    }

    private static CheckResult Result(CheckOutcome outcome, string? violated) =>
        new() { Outcome = outcome, ExitCode = outcome.DefaultExitCode(), ViolatedName = violated };
}
