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
        Assert.Equal(["case", "TLC", "GraphSpec", "verdict"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var name in TestPaths.CaseNames())
        {
            Assert.Contains(lines, line => line.StartsWith(name + " ", StringComparison.Ordinal) && line.EndsWith("agree", StringComparison.Ordinal));
        }
        Assert.Contains("55 cases: 55 agree, 0 disagree", result.Out);
    }

    [Fact]
    public void Front_end_only_run_agrees_too()
    {
        var result = CliResult.Run("conformance", TestPaths.ConformanceCases, "--front-end-only");
        Assert.True(result.Exit == 0, result.Out);
        Assert.Contains("066_sem_undefined_ident", result.Out);
        Assert.Contains("parse_error (exit 150) at line 8", result.Out);
        Assert.Contains("55 cases: 55 agree, 0 disagree", result.Out);
    }

    [Fact]
    public void Counts_that_differ_from_TLCs_are_a_disagreement()
    {
        var root = Directory.CreateTempSubdirectory("graphspec-conformance-");
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(root.FullName, "902_wrong_counts"));
            File.WriteAllText(Path.Combine(folder.FullName, "Spec.tla"), "---- MODULE Spec ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x < 3 /\\ x' = x + 1\n====\n");
            File.WriteAllText(Path.Combine(folder.FullName, "Spec.cfg"), "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n");
            File.WriteAllText(Path.Combine(folder.FullName, "expected.json"),
                """{ "tlc_exit": 0, "outcome": "ok", "distinct_states": 5, "states_generated": 4, "depth": 4 }""");
            var result = CliResult.Run("conformance", root.FullName, "--workers", "1");
            Assert.Equal(ExitCodes.ConformanceDisagreement, result.Exit);
            Assert.Contains("ok: 4 distinct, 4 generated, depth 4", result.Out);
            Assert.Contains("902_wrong_counts: TLC: 5 distinct, 4 generated, depth 4; GraphSpec: 4, 4, 4", result.Out);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_bad_worker_count_is_a_usage_error()
    {
        var result = CliResult.Run("conformance", TestPaths.ConformanceCases, "--workers", "0");
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("--workers expects a positive number", result.Error);
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
            var full = CliResult.Run("conformance", root.FullName);
            Assert.Equal(ExitCodes.ConformanceDisagreement, full.Exit);
            Assert.Contains("DISAGREE", full.Out);
            Assert.Contains("900_claims_parse_error: TLC: parse_error, GraphSpec: ok", full.Out);
            var frontEnd = CliResult.Run("conformance", root.FullName, "--front-end-only");
            Assert.Equal(ExitCodes.ConformanceDisagreement, frontEnd.Exit);
            Assert.Contains("900_claims_parse_error: expected a parse or semantic error, found none", frontEnd.Out);
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
