using Xunit;

namespace GraphSpec.UnitTests.Evaluation;

/// <summary>
/// The expression acceptance suite: every case of <c>tests/unit/ExpressionCases</c> must print
/// exactly the value TLC prints, or fail with the expected error. Test names carry the case's
/// <c>file:line</c>.
/// </summary>
public class ExpressionsAcceptanceTests
{
    public static TheoryData<string> CaseIds => ExpressionsCaseLibrary.Ids();

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case_evaluates_as_TLC_prints(string caseId)
    {
        var testCase = ExpressionsCaseLibrary.Get(caseId);
        var outcome = ExpressionsEvaluator.Evaluate(testCase);
        var description = Describe(testCase, outcome);
        switch (testCase.Expected)
        {
            case ExpressionsExpectation.PrintedValue value:
                Assert.True(outcome.Error is null && outcome.Printed == value.Text, description);
                break;
            case ExpressionsExpectation.Error error:
                var located = error.Line is null || (outcome.Error?.Contains($"{ExpressionsEvaluator.ExpressionFile}:{error.Line}:{error.Column}:", StringComparison.Ordinal) ?? false);
                Assert.True(
                    outcome.Error is not null && located && outcome.Error.Contains(error.Substring, StringComparison.OrdinalIgnoreCase),
                    description);
                break;
        }
    }

    [Fact]
    public void The_suite_holds_the_promised_number_of_cases() =>
        Assert.True(ExpressionsCaseLibrary.All.Count >= 350, $"only {ExpressionsCaseLibrary.All.Count} cases");

    private static string Describe(ExpressionsCase testCase, ExpressionsOutcome outcome)
    {
        var expected = testCase.Expected switch
        {
            ExpressionsExpectation.PrintedValue v => v.Text,
            ExpressionsExpectation.Error { Line: null } e => $"an error containing \"{e.Substring}\"",
            ExpressionsExpectation.Error e => $"an error at {e.Line}:{e.Column} containing \"{e.Substring}\"",
            _ => "?",
        };
        var actual = outcome.Error is null ? outcome.Printed : $"error: {outcome.Error}";
        var module = testCase.Module is null ? "" : $"in module {testCase.Module.Name}\n";
        return $"{testCase.Id}\n{module}expression:\n{testCase.Expression}\nexpected: {expected}\nactual:   {actual}";
    }
}
