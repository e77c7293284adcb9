using GraphSpec.Cli;

namespace GraphSpec.UnitTests.Cli;

/// <summary>What one in-process run of <c>graphspec</c> returned and printed.</summary>
internal sealed record CliResult(int Exit, string Out, string Error)
{
    /// <summary>Runs <see cref="Program.Run"/> with captured output.</summary>
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return new CliResult(exit, stdout.ToString().Replace("\r\n", "\n"), stderr.ToString().Replace("\r\n", "\n"));
    }
}
