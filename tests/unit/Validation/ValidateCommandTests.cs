using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;
using GraphSpec.UnitTests.Cli;
using Xunit;

namespace GraphSpec.UnitTests.Validation;

/// <summary><c>graphspec validate</c>: exit codes and what it prints, on traces written to a temporary folder.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private static readonly Lazy<TraceDocument> Walk = new(() => ModelTraces.Load("safe_drain_main").RandomWalk(2));

    private readonly string folder = Directory.CreateTempSubdirectory("graphspec-validate-").FullName;

    private static string Spec => Path.Combine(ModelTraces.SpecFolder, "BlockLayer.tla");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(TraceDocument trace, string name = "trace.jsonl")
    {
        var path = Path.Combine(folder, name);
        TraceWriter.WriteFile(trace, path);
        return path;
    }

    private string WriteText(string text)
    {
        var path = Path.Combine(folder, "raw.jsonl");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_valid_trace_exits_0()
    {
        var result = CliResult.Run("validate", Spec, Write(Walk.Value));
        Assert.Equal(0, result.Exit);
        Assert.StartsWith($"The trace is valid: {Walk.Value.Steps.Length - 1} step(s)", result.Out);
    }

    [Fact]
    public void A_step_the_spec_does_not_allow_exits_12_and_shows_both_states()
    {
        var k = Walk.Value.Steps.Length / 2;
        var trace = TraceMutations.SetVariable(Walk.Value, k, "blkInFlight", IntValue.Of(9));
        var result = CliResult.Run("validate", Spec, Write(trace));
        Assert.Equal(12, result.Exit);
        Assert.Contains($"step {k}, thread {trace.Steps[k].Thread}, action {trace.Steps[k].Action}", result.Out);
        Assert.Contains("blkInFlight: trace 9, spec ", result.Out);
        Assert.Contains("State before (after step", result.Out);
        Assert.Contains("*/\\ blkInFlight = 9", result.Out);
    }

    [Fact]
    public void A_deadlock_where_the_spec_can_move_exits_11()
    {
        var trace = TraceMutations.Truncate(Walk.Value, 3, RunEnd.Deadlock);
        var result = CliResult.Run("validate", Spec, Write(trace));
        Assert.Equal(11, result.Exit);
        Assert.Contains("blocked where the spec can move", result.Out);
    }

    [Fact]
    public void A_malformed_trace_exits_2_with_file_line_and_column()
    {
        var lines = TraceWriter.Write(Walk.Value).Split('\n');
        lines[2] = lines[2].Replace("\"state\":{", "\"state\":{\"lockOwner\":tru,", StringComparison.Ordinal);
        var path = WriteText(string.Join('\n', lines));
        var result = CliResult.Run("validate", Spec, path);
        Assert.Equal(2, result.Exit);
        Assert.StartsWith($"{path}:3:", result.Error);
        Assert.Contains("malformed JSON", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_trace_that_does_not_fit_the_spec_exits_2_with_the_line()
    {
        var trace = TraceMutations.ReplaceStep(Walk.Value, 2, Walk.Value.Steps[2] with { State = [.. Walk.Value.Steps[2].State!.Skip(1)] });
        var path = Write(trace);
        var result = CliResult.Run("validate", Spec, path);
        Assert.Equal(2, result.Exit);
        Assert.StartsWith($"{path}:4:1: The state of step 2 gives no value to the variable lockOwner", result.Error);
    }

    [Fact]
    public void A_spec_that_does_not_parse_exits_150()
    {
        var spec = Path.Combine(folder, "Broken.tla");
        File.WriteAllText(spec, "---- MODULE Broken ----\nVARIABLE x\nInit == x = \n====\n");
        var result = CliResult.Run("validate", spec, Write(Walk.Value));
        Assert.Equal(150, result.Exit);
        Assert.Contains("Broken.tla:", result.Error);
    }

    [Fact]
    public void Unknown_invariants_and_bad_arguments_are_usage_errors()
    {
        var path = Write(Walk.Value);
        var unknown = CliResult.Run("validate", Spec, path, "--invariants", "TypeOK,NoSuchInvariant");
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("The invariant NoSuchInvariant is not defined in BlockLayer", unknown.Error);
        Assert.Equal(2, CliResult.Run("validate", Spec).Exit);
        Assert.Equal(2, CliResult.Run("validate", Spec, Path.Combine(folder, "missing.jsonl")).Exit);
        Assert.Equal(2, CliResult.Run("validate", Spec, path, "--repeat", "0").Exit);
    }

    [Fact]
    public void Repeat_prints_the_cost_per_step()
    {
        var result = CliResult.Run("validate", Spec, Write(Walk.Value), "--repeat", "3");
        Assert.Equal(0, result.Exit);
        Assert.Matches(@"benchmark: 3 run\(s\) of \d+ step\(s\)\n  validation from scratch: +[0-9.]+ us/step wall, [0-9.]+ cpu \(\d+ us/trace\)\n  reusing verified steps and states: [0-9.]+ us/step wall", result.Out);
    }
}
