using System.Globalization;
using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tlc.Output;

namespace GraphSpec.Oracle.Tlc.Running;

/// <summary>
/// Runs TLC on one model (<c>-tool</c>, a private metadir, java.io.tmpdir and JSON trace file) and
/// maps its output to the embedded checker's result type. Never throws for a failing TLC: every
/// failure is one message in <see cref="TlcRun.Error"/>.
/// </summary>
public static class TlcRunner
{
    public static TlcRun Run(TlcLauncher launcher, TlcRunRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(launcher);
        ArgumentNullException.ThrowIfNull(request);
        using var folders = TlcRunFolders.Create(request.TempRoot);
        var arguments = launcher.Arguments(request, folders);
        var workingDirectory = Path.GetDirectoryName(Path.GetFullPath(request.Spec));
        var run = ProcessRun.Run(launcher.Executable, arguments, workingDirectory, request.Timeout, cancellation);
        switch (run.End)
        {
            case ProcessEnd.NotStarted:
                return new TlcRun(null, run.StartError, run.End, -1, "");
            case ProcessEnd.TimedOut:
                var seconds = request.Timeout?.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
                return new TlcRun(null, $"TLC did not finish within {seconds} s; it was stopped", run.End, -1, run.Output);
            case ProcessEnd.Cancelled:
                return new TlcRun(null, "TLC was cancelled before it finished; it was stopped", run.End, -1, run.Output);
        }

        var json = File.Exists(folders.TraceFile) ? ReadTrace(folders.TraceFile) : null;
        InternSpecNames(request);
        var (result, error) = TlcOutputParser.Parse(run.Output, run.ExitCode, json);
        if (result is null)
        {
            var stderr = FirstLine(run.Error);
            error = stderr is null ? error : $"{error}; on stderr: {stderr}";
        }

        return new TlcRun(result, error, run.End, run.ExitCode, run.Output);
    }

    /// <summary>
    /// Strings, record fields and model values sort in the order a process first meets them, and TLC
    /// met them while SANY parsed the spec. Parsing the spec with our front end before building TLC's
    /// values gives them TLC's order here too (a spec our front end rejects is simply skipped).
    /// </summary>
    private static void InternSpecNames(TlcRunRequest request)
    {
        try
        {
            ModelLoader.LoadFiles(request.Spec, request.Config);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The names keep the order of first use instead.
        }
    }

    private static string? ReadTrace(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? FirstLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                return line.Trim();
            }
        }

        return null;
    }
}
