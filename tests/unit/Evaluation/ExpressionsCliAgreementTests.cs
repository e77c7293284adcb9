using Xunit;

namespace GraphSpec.UnitTests.Evaluation;

/// <summary>
/// <c>graphspec eval</c> gives every acceptance case the outcome the evaluation API gives it: the
/// same printed value (after any Print output) with exit 0, or an error with a non-zero exit. The
/// acceptance theory checks the values themselves; this one checks the command's plumbing, so an
/// engine bug fails there and not twice.
/// </summary>
public class ExpressionsCliAgreementTests
{
    public static TheoryData<string> CaseIds => ExpressionsCaseLibrary.Ids();

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Graphspec_eval_agrees_with_the_API(string caseId)
    {
        var testCase = ExpressionsCaseLibrary.Get(caseId);
        var api = ExpressionsEvaluator.Evaluate(testCase);
        var cli = ExpressionsCli.Eval(testCase);
        var report = $"{caseId}\nAPI: {api.Printed ?? "error: " + api.Error}\nCLI exit {cli.ExitCode}:\n{cli.Stdout}{cli.Stderr}";
        if (api.Error is null)
        {
            var lastLine = cli.Stdout.TrimEnd('\r', '\n').Split('\n')[^1];
            Assert.True(cli.ExitCode == 0 && lastLine == api.Printed, report);
        }
        else
        {
            Assert.True(cli.ExitCode != 0, report);
        }
    }
}
