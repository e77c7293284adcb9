using GraphSpec.Cli.Checking;
using GraphSpec.Cli.CommandLine;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tlc.Running;

namespace GraphSpec.Cli.ModelSuite;

/// <summary>
/// <c>graphspec check</c> with no SPEC: checks every model of the suite folder against the
/// expectation written in its cfg, prints the table (or JSON) and, with <c>--coverage</c>, which
/// actions fired in the safe models.
/// </summary>
internal static class ModelSuiteCommand
{
    /// <summary>
    /// Exit code when some model's outcome is not the expected one (or its header is bad). It is 1,
    /// as for <c>conformance</c>: in both, results differ from the recorded ones.
    /// </summary>
    public const int MismatchExitCode = ExitCodes.ConformanceDisagreement;

    public static int Run(ArgumentList arguments, CliOutput output)
    {
        var (parsed, error) = SuiteArguments.Parse(arguments);
        if (parsed is null)
        {
            return output.UsageError($"check: {error}\nusage: graphspec check [--models DIR] [--filter TEXT] [--workers N] [--json] [--coverage] [--engine embedded|tlc|both]");
        }

        if (!Directory.Exists(parsed.ModelsFolder))
        {
            return output.UsageError($"check: no such folder '{parsed.ModelsFolder}' (the model suite is read from --models DIR, default {SuiteArguments.DefaultModelsFolder})");
        }

        var configs = SuiteRunner.FindModels(parsed.ModelsFolder, parsed.Filter);
        if (configs.Count == 0)
        {
            var filter = parsed.Filter is null ? "" : $" whose name contains '{parsed.Filter}'";
            return output.UsageError($"check: no *.cfg model{filter} in '{parsed.ModelsFolder}'");
        }

        if (!EngineRun.TryLocateTlc(parsed.Engine, output, out var tlc))
        {
            return ExitCodes.Usage;
        }

        // The first Ctrl-C stops cleanly: the statistics so far are still printed; a TLC run is killed.
        using var cancellation = new CtrlCCancellation();
        // Progress goes to stderr, named by model: which model runs, and every 10 s on long ones.
        var current = "";
        var options = new CheckOptions
        {
            Workers = parsed.Workers,
            Coverage = parsed.Coverage,
            Progress = s => output.Error.WriteLine($"{current}: {TlcReportWriter.Progress(s)}"),

            // Standard output holds the table (or the JSON); the specs' Print goes to stderr.
            PrintOutput = output.Error,
        };
        var number = 0;
        void Started(string name)
        {
            current = name;
            output.Error.WriteLine($"checking {name} ({++number} of {configs.Count})");
        }

        var verdicts = SuiteRunner.Run(configs, options, parsed.Engine, tlc, Started, cancellation.Token);
        var coverage = parsed.Coverage ? SuiteCoverage.Of(verdicts) : null;
        if (parsed.Json)
        {
            output.Out.WriteLine(SuiteJsonWriter.Serialize(verdicts, coverage));
        }
        else
        {
            SuiteTable.Write(verdicts, output.Out);
            if (coverage is not null)
            {
                SuiteCoverageReport.Write(coverage, output.Out);
            }
        }

        if (cancellation.IsCancellationRequested)
        {
            output.Error.WriteLine($"graphspec: check: stopped after {verdicts.Count} of {configs.Count} models");
            return CheckOutcome.Stopped.DefaultExitCode();
        }

        return verdicts.All(v => v.Matches) ? ExitCodes.Ok : MismatchExitCode;
    }
}
