using System.Diagnostics;
using System.Globalization;
using GraphSpec.Cli.Checking;
using GraphSpec.Cli.CommandLine;
using GraphSpec.Oracle.Checking;

namespace GraphSpec.Cli.Commands;

/// <summary>
/// <c>graphspec bench checker</c>: distinct states per second of the model checker on the bench
/// models (tests/conformance/bench) and the project's own models (spec/tla/models), beside TLC's
/// figure with the same number of workers.
/// </summary>
internal sealed class BenchCommand : ICommand
{
    public const string BenchFolder = "tests/conformance/bench";
    public const string ProjectModelsFolder = "spec/tla/models";

    public string Name => "bench";

    public string Summary => "benchmark the model checker (distinct states/s, beside TLC's) or the implementation (bench impl)";

    public string Usage => $"""
        graphspec bench checker [--workers N] [--dir DIR] [--repeat R]
        {BenchImplCommand.Usage}

        Checks every model folder (Spec.tla + Spec.cfg) of DIR (default {BenchFolder} and
        {ProjectModelsFolder}) and prints, per model: distinct states, states generated, wall time
        of the whole check (parsing included, as TLC's figure), its CPU time, distinct states per second, TLC's
        rate with the same number of workers (from expected.json) and the ratio. A model whose
        counts differ from TLC's is marked. With --repeat R each model runs R times and the fastest
        run is reported (on a shared machine). Exit 0, or 1 when some model disagrees with TLC.

        bench impl: steps/s and scenarios/s of the implementation (src/Impl) on N random scenarios
        of --ops operations each (default 8 operations, 20000 scenarios), without and with the trace.

        """;

    public IReadOnlyCollection<string> ValueOptions => ["workers", "dir", "repeat", "ops", "scenarios"];

    public IReadOnlyCollection<string> FlagOptions => [];

    public int Run(ArgumentList arguments, CliOutput output)
    {
        if (arguments.Positionals is ["impl"])
        {
            return BenchImplCommand.Run(arguments, output);
        }
        if (arguments.Positionals is not ["checker"])
        {
            return output.UsageError("bench: expected 'checker' or 'impl'\nusage: graphspec bench checker [--workers N] [--dir DIR]");
        }

        var workers = Environment.ProcessorCount;
        if (arguments.Value("workers") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out workers) || workers < 1))
        {
            return output.UsageError($"bench: --workers takes a positive number, not '{text}'");
        }

        var repeat = 1;
        if (arguments.Value("repeat") is { } repeatText && (!int.TryParse(repeatText, NumberStyles.None, CultureInfo.InvariantCulture, out repeat) || repeat < 1))
        {
            return output.UsageError($"bench: --repeat takes a positive number, not '{repeatText}'");
        }

        var folders = arguments.Value("dir") is { } dir ? [dir] : new[] { BenchFolder, ProjectModelsFolder };
        var models = folders.SelectMany(BenchmarkModel.InFolder).ToList();
        if (models.Count == 0)
        {
            return output.UsageError($"bench: no model folders in {string.Join(" or ", folders)}");
        }

        output.Out.WriteLine($"model checker benchmark, {workers} worker(s), {Environment.ProcessorCount} cores, best of {repeat} run(s)");
        output.Out.WriteLine($"{"model",-10} {"distinct",10} {"generated",10} {"seconds",8} {"cpu s",7} {"distinct/s",11} {"TLC/s",9} {"ratio",6}  agrees");
        var allAgree = true;
        foreach (var model in models)
        {
            var (result, seconds, cpuSeconds) = Measure(model, workers);
            for (var run = 1; run < repeat; run++)
            {
                var again = Measure(model, workers);
                if (again.Seconds < seconds)
                {
                    (result, seconds, cpuSeconds) = again;
                }
            }

            var distinct = result.Statistics.Distinct;
            var rate = distinct / Math.Max(seconds, 1e-9);
            var agrees = result.Outcome == CheckOutcome.Ok
                && (model.Distinct is null || model.Distinct == distinct)
                && (model.Generated is null || model.Generated == result.Statistics.Generated);
            allAgree &= agrees;
            var tlc = model.TlcRates.TryGetValue(workers, out var r) ? r : (double?)null;
            var tlcText = tlc is { } t ? t.ToString("F0", CultureInfo.InvariantCulture) : "-";
            var ratioText = tlc is { } t2 ? (rate / t2).ToString("F2", CultureInfo.InvariantCulture) : "-";
            output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{model.Name,-10} {distinct,10} {result.Statistics.Generated,10} {seconds,8:F2} {cpuSeconds,7:F2} {rate,11:F0} {tlcText,9} {ratioText,6}  {(agrees ? "yes" : "NO: " + result.Outcome.Name())}"));
        }

        return allAgree ? ExitCodes.Ok : ExitCodes.ConformanceDisagreement;
    }

    private static (CheckResult Result, double Seconds, double CpuSeconds) Measure(BenchmarkModel model, int workers)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = ModelChecker.CheckFiles(model.Spec, model.Config, new CheckOptions { Workers = workers });
        var seconds = clock.Elapsed.TotalSeconds;

        // CPU time shows what the run cost when the machine is shared (wall time then overstates it).
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        return (result, seconds, cpuSeconds);
    }
}
