using System.Diagnostics;
using GraphSpec.UnitTests.Cli;

namespace GraphSpec.UnitTests.Checking;

/// <summary>
/// Runs <c>graphspec</c> in a new process. TLC's order of strings and model values is the order
/// in which a process first meets them (a process-wide table), so output that prints sets and
/// functions exactly as TLC does is only reproducible in a process that has seen nothing else.
/// </summary>
internal static class FreshProcessCli
{
    public static CliResult Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graphspec.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var errorTask = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, output.Replace("\r\n", "\n"), errorTask.Result.Replace("\r\n", "\n"));
    }
}
