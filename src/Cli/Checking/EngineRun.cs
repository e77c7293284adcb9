using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tlc;
using GraphSpec.Oracle.Tlc.Running;

namespace GraphSpec.Cli.Checking;

/// <summary>What one model gave with the chosen engine(s): the results, TLC's failure, and for <c>both</c> the differences.</summary>
internal sealed record EngineResults(CheckResult? Embedded, CheckResult? Tlc, string? TlcError, ProcessEnd TlcEnd, IReadOnlyList<string> Differences)
{
    /// <summary>The result to report: the embedded checker's unless only TLC ran.</summary>
    public CheckResult? Primary => Embedded ?? Tlc;

    /// <summary>True when TLC was to run and gave no result (missing, crashed, timed out, cancelled).</summary>
    public bool TlcFailed => TlcError is not null;

    public bool Disagree => Differences.Count > 0;
}

/// <summary>
/// Runs one model with the engine <c>--engine</c> names. TLC is located once per command
/// (<see cref="LocateTlc"/>) and then run per model with its own private temporary folder.
/// </summary>
internal static class EngineRun
{
    /// <summary>java and tla2tools.jar from <c>--tlc-jar</c>, the environment and the current folder.</summary>
    public static (TlcInstallation? Installation, string? Error) LocateTlc(EngineSettings settings) =>
        TlcLocator.Locate(settings.TlcJar, Environment.GetEnvironmentVariable, Environment.CurrentDirectory);

    /// <summary>
    /// Finds java and the jar when the engine runs TLC (<paramref name="tlc"/> stays null for the
    /// embedded engine); false after reporting why it could not, as a usage error.
    /// </summary>
    public static bool TryLocateTlc(EngineSettings settings, CliOutput output, out TlcInstallation? tlc)
    {
        tlc = null;
        if (!settings.RunsTlc)
        {
            return true;
        }

        var (installation, error) = LocateTlc(settings);
        if (installation is null)
        {
            output.UsageError($"check: --engine {settings.Engine.ToString().ToLowerInvariant()}: {error}");
            return false;
        }

        tlc = installation;
        return true;
    }

    public static EngineResults Run(
        EngineSettings settings,
        TlcInstallation? tlc,
        string spec,
        string config,
        CheckOptions options,
        bool noDeadlock,
        CancellationToken cancellation)
    {
        var embedded = settings.Engine == CheckEngine.Tlc ? null : ModelChecker.CheckFiles(spec, config, options, cancellation);
        if (!settings.RunsTlc || tlc is null || cancellation.IsCancellationRequested)
        {
            return new EngineResults(embedded, null, settings.RunsTlc ? "TLC did not run" : null, ProcessEnd.NotStarted, []);
        }

        var request = new TlcRunRequest(spec, config) { Workers = options.Workers, NoDeadlock = noDeadlock, Timeout = settings.Timeout };
        var run = TlcRunner.Run(tlc.Launcher, request, cancellation);
        if (run.Result is null)
        {
            return new EngineResults(embedded, null, run.Error, run.End, []);
        }

        var differences = embedded is null ? [] : EngineComparison.Differences(embedded, run.Result);
        return new EngineResults(embedded, run.Result, null, run.End, differences);
    }

    /// <summary>The exit code for a TLC failure: 153 when it was stopped (timeout, Ctrl-C), 255 when it crashed or printed something unreadable.</summary>
    public static int FailureExitCode(EngineResults results) =>
        results.TlcEnd is ProcessEnd.TimedOut or ProcessEnd.Cancelled ? CheckOutcome.Stopped.DefaultExitCode() : ExitCodes.InternalError;
}
