using GraphSpec.Cli;
using Xunit;

namespace GraphSpec.UnitTests.Cli;

public class ProgramTests
{
    [Fact]
    public void No_arguments_prints_usage_to_stderr_and_exits_2()
    {
        var result = CliResult.Run();
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Equal("", result.Out);
        Assert.StartsWith("usage: graphspec", result.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_lists_commands_and_exit_codes(string flag)
    {
        var result = CliResult.Run(flag);
        Assert.Equal(0, result.Exit);
        Assert.Contains("parse", result.Out);
        Assert.Contains("eval", result.Out);
        Assert.Contains("conformance", result.Out);
        Assert.Contains("150  parse or semantic error", result.Out);
        Assert.Contains("151  configuration", result.Out);
        Assert.Contains("14  Assert failed", result.Out);
        Assert.Equal("", result.Error);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("eval")]
    [InlineData("conformance")]
    public void Command_help_prints_its_usage(string command)
    {
        var result = CliResult.Run(command, "--help");
        Assert.Equal(0, result.Exit);
        Assert.StartsWith($"graphspec {command}", result.Out);
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        var result = CliResult.Run("frobnicate");
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Equal("graphspec: unknown command 'frobnicate' (run 'graphspec --help' for the list)\n", result.Error);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var result = CliResult.Run("parse", "--frob", "x.tla");
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.StartsWith("graphspec: parse: unknown option --frob\n", result.Error);
    }

    [Fact]
    public void Option_without_its_value_is_a_usage_error()
    {
        var result = CliResult.Run("eval", "1", "--module");
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("option --module needs a value", result.Error);
    }

    [Fact]
    public void Exit_codes_are_TLCs()
    {
        Assert.Equal(
            [0, 11, 12, 13, 14, 75, 76, 150, 151],
            new[]
            {
                ExitCodes.Ok, ExitCodes.Deadlock, ExitCodes.InvariantViolated, ExitCodes.PropertyViolated,
                ExitCodes.AssertFailed, ExitCodes.EvaluationError, ExitCodes.InvariantEvaluationError,
                ExitCodes.ParseError, ExitCodes.ConfigError,
            });
    }
}

public class ProgramFailureTests
{
    private sealed class BrokenWriter : StringWriter
    {
        public override void Write(string? value) => throw new InvalidOperationException("writer is broken");

        public override void WriteLine(string? value) => throw new InvalidOperationException("writer is broken");
    }

    [Fact]
    public void An_unexpected_exception_becomes_one_line_and_exit_255()
    {
        using var stdout = new BrokenWriter();
        using var stderr = new StringWriter();
        var exit = Program.Run(["eval", "1"], stdout, stderr);
        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.Equal("graphspec: internal error: InvalidOperationException: writer is broken\n", stderr.ToString().Replace("\r\n", "\n"));
    }
}
