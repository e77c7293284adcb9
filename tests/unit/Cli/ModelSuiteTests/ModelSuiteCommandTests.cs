using System.Text.Json;
using GraphSpec.Cli;
using GraphSpec.Cli.ModelSuite;
using Xunit;

namespace GraphSpec.UnitTests.Cli.ModelSuiteTests;

/// <summary>
/// <c>graphspec check</c> without a SPEC, on the fixture suites: <c>models</c> (every model as
/// expected) and <c>broken</c> (bad headers, a wrong expectation and one good model).
/// </summary>
public class ModelSuiteCommandTests
{
    private static readonly string Fixtures = Path.Combine(TestPaths.RepositoryRoot, "tests", "unit", "Cli", "ModelSuiteFixtures");

    private static readonly string Good = Path.Combine(Fixtures, "models");

    private static readonly string Broken = Path.Combine(Fixtures, "broken");

    private static string[] Cells(string output, string model) =>
        output.Split('\n').Single(l => l.StartsWith(model + " ", StringComparison.Ordinal)).Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Every_model_as_expected_exits_0_with_one_row_each()
    {
        var run = CliResult.Run("check", "--models", Good, "--workers", "2");
        Assert.True(run.Exit == 0, run.Out + run.Error);
        var lines = run.Out.Split('\n');
        Assert.Equal(["model", "expected", "got", "distinct", "depth", "trace", "seconds"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));

        // Rows in file-name order; counts as TLC reports them (a violation stops the search where it is found).
        Assert.Equal(["deadlock_counter", "invariant_small", "ok_counter", "ok_toggle", "property_settles"], lines[1..6].Select(l => l.Split(' ')[0]));
        Assert.Equal(["deadlock_counter", "deadlock", "deadlock", "4", "4", "4"], Cells(run.Out, "deadlock_counter")[..6]);
        Assert.Equal(["invariant_small", "invariant Small", "invariant Small", "3", "3", "3"], Cells(run.Out, "invariant_small")[..6]);
        Assert.Equal(["ok_counter", "ok", "ok", "4", "4", "–"], Cells(run.Out, "ok_counter")[..6]);
        Assert.Equal(["ok_toggle", "ok", "ok", "2", "2", "–"], Cells(run.Out, "ok_toggle")[..6]);
        Assert.Equal(["property_settles", "property SettlesTrue", "property SettlesTrue", "2", "2"], Cells(run.Out, "property_settles")[..5]);
        Assert.Contains("5 models: 5 as expected, 0 mismatched", run.Out);
        Assert.DoesNotContain("MISMATCH", run.Out);
    }

    [Fact]
    public void Bad_headers_and_wrong_outcomes_are_mismatches_and_the_rest_still_runs()
    {
        var run = CliResult.Run("check", "--models", Broken, "--workers", "1");
        Assert.Equal(ModelSuiteCommand.MismatchExitCode, run.Exit);
        Assert.Equal(1, run.Exit);
        Assert.Contains($"MISMATCH bad_expect: {Path.Combine(Broken, "bad_expect.cfg")}:1: unknown expectation 'safe'", run.Out);
        Assert.Contains($"MISMATCH missing_spec: {Path.Combine(Broken, "missing_spec.cfg")}:2: spec file '../specs/Nowhere.tla' not found", run.Out);
        Assert.Contains($"MISMATCH no_expect: {Path.Combine(Broken, "no_expect.cfg")}:1: the first line must be", run.Out);
        Assert.Contains("MISMATCH wrong_invariant: expected invariant TypeOK, got invariant Small", run.Out);
        Assert.Equal(["ok_counter", "ok", "ok", "4", "4", "–"], Cells(run.Out, "ok_counter")[..6]);
        Assert.Equal(["bad_expect", "?", "bad_model_file", "–", "–", "–", "–"], Cells(run.Out, "bad_expect"));
        Assert.Contains("5 models: 1 as expected, 4 mismatched", run.Out);
        Assert.DoesNotContain("MISMATCH ok_counter", run.Out);
    }

    [Fact]
    public void Each_mismatch_names_the_command_that_reruns_it_alone()
    {
        var run = CliResult.Run("check", "--models", Broken, "--filter", "wrong", "--workers", "1");
        Assert.Equal(1, run.Exit);
        var spec = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(Fixtures, "specs", "Counter.tla"));
        var config = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(Broken, "wrong_invariant.cfg"));
        var command = $"graphspec check {spec} -config {config}";
        Assert.Contains($"  re-run: {command}\n", run.Out);

        // The command does what it says: it checks that model alone, with TLC's exit code.
        var alone = CliResult.Run("check", spec, "-config", config, "--workers", "1");
        Assert.Equal(ExitCodes.InvariantViolated, alone.Exit);
        Assert.Contains("Invariant Small is violated", alone.Out);
    }

    [Fact]
    public void Filter_keeps_the_models_whose_name_contains_the_text()
    {
        var run = CliResult.Run("check", "--models", Good, "--filter", "ok_");
        Assert.Equal(0, run.Exit);
        Assert.Contains("2 models: 2 as expected, 0 mismatched", run.Out);
        Assert.DoesNotContain("deadlock_counter", run.Out);
    }

    [Fact]
    public void Json_has_a_row_per_model()
    {
        var run = CliResult.Run("check", "--models", Broken, "--json", "--workers", "1");
        Assert.Equal(1, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var models = json.RootElement.GetProperty("models");
        Assert.Equal(5, models.GetArrayLength());
        Assert.Equal(4, json.RootElement.GetProperty("mismatches").GetInt32());
        var wrong = models.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "wrong_invariant");
        Assert.Equal("invariant TypeOK", wrong.GetProperty("expected").GetString());
        Assert.Equal("invariant Small", wrong.GetProperty("got").GetString());
        Assert.False(wrong.GetProperty("match").GetBoolean());
        Assert.Equal(3, wrong.GetProperty("distinct").GetInt64());
        Assert.Equal(3, wrong.GetProperty("depth").GetInt32());
        Assert.Equal(3, wrong.GetProperty("traceLength").GetInt32());
        Assert.True(wrong.GetProperty("generated").GetInt64() >= 3);
        Assert.Equal(JsonValueKind.Number, wrong.GetProperty("seconds").ValueKind);
        var ok = models.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "ok_counter");
        Assert.True(ok.GetProperty("match").GetBoolean());
        Assert.Equal(JsonValueKind.Null, ok.GetProperty("traceLength").ValueKind);
        Assert.Equal(5, ok.GetProperty("generated").GetInt64());
        var bad = models.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "bad_expect");
        Assert.Equal(JsonValueKind.Null, bad.GetProperty("expected").ValueKind);
        Assert.Equal(JsonValueKind.Null, bad.GetProperty("distinct").ValueKind);
        Assert.Contains("unknown expectation 'safe'", bad.GetProperty("problem").GetString());
        Assert.False(ok.TryGetProperty("coverage", out _));
    }

    [Fact]
    public void Coverage_warns_about_actions_that_never_fire_in_an_ok_model()
    {
        var run = CliResult.Run("check", "--models", Good, "--coverage", "--workers", "2");
        Assert.Equal(0, run.Exit);
        var counter = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(Fixtures, "specs", "Counter.tla"));
        Assert.Contains($"{counter} (ok models: ok_counter)\n", run.Out);

        // In ok_counter: Inc fires from 0, 1 and 2; Reset from 3; Jump never.
        Assert.Contains("           3  Inc (line 6, col 8 to line 6, col 26 of module Counter)\n", run.Out);
        Assert.Contains("           1  Reset (line 7, col 10 to line 7, col 24 of module Counter)\n", run.Out);
        Assert.Contains($"Warning: the action Jump (line 9, col 9 to line 9, col 24 of module Counter) never fired in a model of {counter} that expects ok.", run.Out);
        Assert.DoesNotContain("Warning: the action Inc", run.Out);
        Assert.DoesNotContain("Warning: the action Flip", run.Out);
    }

    [Fact]
    public void Actions_fired_only_in_violating_models_are_not_covered()
    {
        // Only the deadlock model of Counter: Inc fires there, but no model of Counter expects ok.
        var run = CliResult.Run("check", "--models", Good, "--coverage", "--filter", "deadlock");
        Assert.Equal(0, run.Exit);
        Assert.Contains("(ok models: none)", run.Out);
        Assert.Contains("           0  Inc (line 6", run.Out);
        Assert.Contains("Warning: no model of", run.Out);
    }

    [Fact]
    public void Json_with_coverage_has_the_actions_per_model_and_per_spec()
    {
        var run = CliResult.Run("check", "--models", Good, "--json", "--coverage", "--filter", "ok_counter");
        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var model = json.RootElement.GetProperty("models")[0];
        var actions = model.GetProperty("coverage").EnumerateArray().ToDictionary(a => a.GetProperty("action").GetString()!, a => a.GetProperty("generated").GetInt64());
        Assert.Equal(new Dictionary<string, long> { ["Inc"] = 3, ["Reset"] = 1, ["Jump"] = 0 }, actions);
        var spec = json.RootElement.GetProperty("coverage")[0];
        var fired = spec.GetProperty("actions").EnumerateArray().ToDictionary(a => a.GetProperty("action").GetString()!, a => a.GetProperty("firedInOkModel").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["Inc"] = true, ["Reset"] = true, ["Jump"] = false }, fired);
    }

    [Theory]
    [InlineData("--max-states", "3")]
    [InlineData("--dump-trace", "itf")]
    [InlineData("--config", "x.cfg")]
    public void Single_model_options_are_refused_in_the_suite(string option, string value)
    {
        var run = CliResult.Run("check", "--models", Good, option, value);
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("applies to one model", run.Error);
    }

    [Fact]
    public void A_missing_folder_or_no_model_is_a_usage_error()
    {
        var missing = CliResult.Run("check", "--models", Path.Combine(Fixtures, "no-such-folder"));
        Assert.Equal(ExitCodes.Usage, missing.Exit);
        Assert.Contains("no such folder", missing.Error);
        var none = CliResult.Run("check", "--models", Good, "--filter", "zzz");
        Assert.Equal(ExitCodes.Usage, none.Exit);
        Assert.Contains("no *.cfg model whose name contains 'zzz'", none.Error);
    }

    [Fact]
    public void Models_option_with_a_spec_is_a_usage_error()
    {
        var run = CliResult.Run("check", Path.Combine(Fixtures, "specs", "Counter.tla"), "--models", Good);
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("--models and --filter", run.Error);
    }

    [Fact]
    public void Help_describes_the_suite_and_its_exit_code()
    {
        var run = CliResult.Run("check", "--help");
        Assert.Equal(0, run.Exit);
        Assert.Contains(@"\* expect: ok | deadlock | invariant <Name> | property <Name>", run.Out);
        Assert.Contains(@"\* spec: ../Module.tla", run.Out);
        Assert.Contains("1 some model mismatched", run.Out);
        var overview = CliResult.Run("--help");
        Assert.Contains("check (model suite): some model's outcome is not the expected one", overview.Out);
    }
}
