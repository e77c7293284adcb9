using System.Text.Json;
using GraphSpec.UnitTests.Cli;
using Xunit;

namespace GraphSpec.UnitTests.Checking;

public class CheckCommandTests
{
    private static string Spec(string caseName) => Path.Combine(TestPaths.CaseFolder(caseName), "Spec.tla");

    [Fact]
    public void An_invariant_violation_is_printed_as_TLC_prints_it()
    {
        var run = FreshProcessCli.Run("check", Spec("050_inv_naive_mutex"), "--workers", "2");
        Assert.Equal(12, run.Exit);
        Assert.Contains("Error: Invariant MutualExclusion is violated.\nError: The behavior up to this point is:\nState 1: <Initial predicate>\n", run.Out);
        Assert.Contains("State 5: <Set(p2) line 18, col 11 to line 20, col 42 of module Spec>\n/\\ pc = (p1 :> \"cs\" @@ p2 :> \"cs\" @@ p3 :> \"idle\")\n/\\ flag = TRUE\n", run.Out);
        Assert.Contains("27 states generated, 18 distinct states found, 6 states left on queue.\nThe depth of the complete state graph search is 5.\n", run.Out);
    }

    [Fact]
    public void Success_prints_the_statistics_and_exits_0()
    {
        var run = CliResult.Run("check", Spec("001_counters_init_next"), "-config", Path.Combine(TestPaths.CaseFolder("001_counters_init_next"), "Spec.cfg"));
        Assert.Equal(0, run.Exit);
        Assert.Contains("Model checking completed. No error has been found.\n842 states generated, 441 distinct states found, 0 states left on queue.\nThe depth of the complete state graph search is 41.\n", run.Out);
    }

    [Fact]
    public void Json_is_one_object_with_outcome_statistics_and_trace()
    {
        var run = CliResult.Run("check", Spec("046_deadlock_counter"), "--json");
        Assert.Equal(11, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("deadlock", root.GetProperty("outcome").GetString());
        Assert.Equal(11, root.GetProperty("exit_code").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("violated").ValueKind);
        Assert.Equal(8, root.GetProperty("trace_length").GetInt32());
        Assert.Equal(8, root.GetProperty("trace").GetProperty("counterexample").GetProperty("state").GetArrayLength());
    }

    [Fact]
    public void Minus_deadlock_turns_deadlock_checking_off()
    {
        var run = CliResult.Run("check", Spec("046_deadlock_counter"), "-deadlock", "--json");
        Assert.Equal(0, run.Exit);
        Assert.Contains("\"outcome\":\"ok\"", run.Out);
    }

    [Fact]
    public void Dump_trace_json_has_TLCs_shape()
    {
        var file = Path.Combine(Path.GetTempPath(), $"graphspec-trace-{Guid.NewGuid():N}.json");
        try
        {
            var run = FreshProcessCli.Run("check", Spec("050_inv_naive_mutex"), "--dump-trace", "json", file);
            Assert.Equal(12, run.Exit);
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var counterexample = json.RootElement.GetProperty("counterexample");
            Assert.Equal(5, counterexample.GetProperty("state").GetArrayLength());
            Assert.Equal(4, counterexample.GetProperty("action").GetArrayLength());
            var firstStep = counterexample.GetProperty("action")[0];
            var action = firstStep[1];
            Assert.Equal("Check", action.GetProperty("name").GetString());
            Assert.Equal("p1", action.GetProperty("context").GetProperty("p").GetString());
            Assert.Equal(14, action.GetProperty("location").GetProperty("beginLine").GetInt32());
            Assert.Equal(2, firstStep[2][0].GetInt32());
            Assert.Equal("set", firstStep[2][1].GetProperty("pc").GetProperty("p1").GetString());
            Assert.Equal(["pc", "flag"], json.RootElement.GetProperty("vars").EnumerateArray().Select(v => v.GetString()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Dump_trace_itf_writes_typed_values()
    {
        var file = Path.Combine(Path.GetTempPath(), $"graphspec-trace-{Guid.NewGuid():N}.itf.json");
        try
        {
            var run = CliResult.Run("check", Spec("046_deadlock_counter"), "--dump-trace", "itf", file);
            Assert.Equal(11, run.Exit);
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            Assert.Equal("ITF", root.GetProperty("#meta").GetProperty("format").GetString());
            var states = root.GetProperty("states");
            Assert.Equal(8, states.GetArrayLength());
            Assert.Equal(0, states[0].GetProperty("#meta").GetProperty("index").GetInt32());
            var variable = root.GetProperty("vars")[0].GetString()!;
            Assert.True(states[0].GetProperty(variable).TryGetProperty("#bigint", out _));
            Assert.Empty(Directory.GetFiles(Path.GetTempPath(), $".{Path.GetFileName(file)}.*.tmp"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("059_parse_missing_end", 150)]
    [InlineData("069_cfg_unknown_invariant", 151)]
    [InlineData("071_cfg_negative_literal", 151)]
    public void Front_end_errors_exit_with_TLCs_codes(string caseName, int exit)
    {
        var run = CliResult.Run("check", Spec(caseName));
        Assert.Equal(exit, run.Exit);
    }

    [Theory]
    [InlineData("--workers takes a positive number", "--workers", "0")]
    [InlineData("--max-states takes a positive number", "--max-states", "x")]
    [InlineData("--dump-trace takes itf or json", "--dump-trace", "xml", "out.file")]
    [InlineData("--dump-trace needs a FORMAT and a FILE", "--dump-trace", "json")]
    public void Bad_options_are_usage_errors(string message, params string[] options)
    {
        var run = CliResult.Run(["check", Spec("001_counters_init_next"), .. options]);
        Assert.Equal(2, run.Exit);
        Assert.StartsWith($"graphspec: check: {message}", run.Error);
    }

    [Fact]
    public void A_missing_spec_is_a_usage_error()
    {
        var run = CliResult.Run("check", "no-such-spec.tla");
        Assert.Equal(2, run.Exit);
    }
}
