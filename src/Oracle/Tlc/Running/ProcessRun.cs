using System.Collections.Immutable;
using System.ComponentModel;
using System.Diagnostics;

namespace GraphSpec.Oracle.Tlc.Running;

/// <summary>How a child process ended.</summary>
public enum ProcessEnd
{
    /// <summary>It exited by itself; <see cref="ProcessRunResult.ExitCode"/> holds its code.</summary>
    Exited,
    /// <summary>It could not be started.</summary>
    NotStarted,
    /// <summary>It ran past the time limit and was killed with its whole process tree.</summary>
    TimedOut,
    /// <summary>The caller cancelled; it was killed with its whole process tree.</summary>
    Cancelled,
}

/// <summary>What a child process did: how it ended, its exit code and everything it printed.</summary>
public sealed record ProcessRunResult(ProcessEnd End, int ExitCode, string Output, string Error, string? StartError);

/// <summary>
/// Runs a program with an argument list (never through a shell), collects its output, and on a
/// timeout or cancellation kills it together with every process it started.
/// </summary>
public static class ProcessRun
{
    // After a kill, output still buffered in the pipes is collected for at most this long.
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(5);

    public static ProcessRunResult Run(
        string executable,
        ImmutableArray<string> arguments,
        string? workingDirectory,
        TimeSpan? timeout,
        CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            if (!process.Start())
            {
                return new ProcessRunResult(ProcessEnd.NotStarted, -1, "", "", $"cannot start '{executable}'");
            }
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            return new ProcessRunResult(ProcessEnd.NotStarted, -1, "", "", $"cannot start '{executable}': {e.Message}");
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var end = ProcessEnd.Exited;
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
        {
            if (timeout is { } limit)
            {
                stop.CancelAfter(limit);
            }

            try
            {
                process.WaitForExitAsync(stop.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                end = cancellation.IsCancellationRequested ? ProcessEnd.Cancelled : ProcessEnd.TimedOut;
                KillTree(process);
            }
        }

        var drained = Task.WaitAll([output, error], DrainLimit);
        return new ProcessRunResult(
            end,
            end == ProcessEnd.Exited ? process.ExitCode : -1,
            drained || output.IsCompletedSuccessfully ? output.Result : "",
            drained || error.IsCompletedSuccessfully ? error.Result : "",
            null);
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // It exited between the timeout and the kill.
        }

        process.WaitForExit();
    }
}
