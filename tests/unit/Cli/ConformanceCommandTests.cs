using GraphSpec.Cli;
using Xunit;

namespace GraphSpec.UnitTests.Cli;

public class ConformanceCommandTests
{
    [Fact]
    public void Every_case_of_the_repository_agrees()
    {
        var result = CliResult.Run("conformance", TestPaths.ConformanceCases);
        Assert.True(result.Exit == 0, result.Out);
        var lines = result.Out.Split('\n');
        Assert.Equal(["case", "expected", "front", "end", "verdict"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var name in TestPaths.CaseNames())
        {
            Assert.Contains(lines, line => line.StartsWith(name + " ", StringComparison.Ordinal) && line.EndsWith("agree", StringComparison.Ordinal));
        }
        Assert.Contains("55 cases: 55 agree, 0 disagree", result.Out);
    }

    [Fact]
    public void A_disagreeing_case_fails_the_run_and_says_why()
    {
        var root = Directory.CreateTempSubdirectory("graphspec-conformance-");
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(root.FullName, "900_claims_parse_error"));
            File.WriteAllText(Path.Combine(folder.FullName, "Spec.tla"), "---- MODULE Spec ----\nVARIABLE x\nInit == x = 0\nNext == x' = x\n====\n");
            File.WriteAllText(Path.Combine(folder.FullName, "Spec.cfg"), "INIT Init\nNEXT Next\n");
            File.WriteAllText(Path.Combine(folder.FullName, "expected.json"), """{ "tlc_exit": 150, "outcome": "parse_error", "error_message": "at line 3" }""");
            var result = CliResult.Run("conformance", root.FullName);
            Assert.Equal(ExitCodes.ConformanceDisagreement, result.Exit);
            Assert.Contains("DISAGREE", result.Out);
            Assert.Contains("900_claims_parse_error: expected a parse or semantic error, found none", result.Out);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Malformed_expected_json_is_a_disagreement_not_a_crash()
    {
        var root = Directory.CreateTempSubdirectory("graphspec-conformance-");
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(root.FullName, "901_bad_json"));
            File.WriteAllText(Path.Combine(folder.FullName, "expected.json"), "{ not json");
            var result = CliResult.Run("conformance", root.FullName);
            Assert.Equal(ExitCodes.ConformanceDisagreement, result.Exit);
            Assert.Contains("901_bad_json: ", result.Out);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Missing_folder_is_a_usage_error()
    {
        var result = CliResult.Run("conformance", "no/such/folder");
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("no such folder", result.Error);
    }
}
