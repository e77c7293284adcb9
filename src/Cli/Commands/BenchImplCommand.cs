using System.Diagnostics;
using System.Globalization;
using GraphSpec.Cli.CommandLine;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Impl.Simulation;
using GraphSpec.Impl.Tracing;

namespace GraphSpec.Cli.Commands;

/// <summary>
/// <c>graphspec bench impl</c>: how fast the implementation runs random scenarios (steps per
/// second and scenarios per second, generation included), without a trace and with the full trace
/// serialised (to nowhere), which is what a validated property run pays.
/// </summary>
internal static class BenchImplCommand
{
    public const string Usage = "graphspec bench impl [--ops N] [--scenarios N]";

    public static int Run(ArgumentList arguments, CliOutput output)
    {
        if (!TryPositive(arguments, "ops", 8, output, out var ops) || !TryPositive(arguments, "scenarios", 20_000, output, out var count))
        {
            return ExitCodes.Usage;
        }

        output.Out.WriteLine($"implementation benchmark: {count} random scenarios of {ops} operations, one seeded run each");
        Measure(ops, Math.Min(count, 500), withTrace: false);
        var plain = Measure(ops, count, withTrace: false);
        var traced = Measure(ops, count, withTrace: true);
        output.Out.WriteLine($"{"mode",-12} {"scenarios",9} {"steps",10} {"seconds",8} {"steps/s",11} {"scenarios/s",11}  outcomes");
        Print(output, "no trace", plain, count);
        Print(output, "full trace", traced, count);
        return ExitCodes.Ok;
    }

    private sealed record Figures(long Steps, double Seconds, Dictionary<RunOutcome, int> Outcomes);

    private static Figures Measure(int ops, int count, bool withTrace)
    {
        var outcomes = new Dictionary<RunOutcome, int>();
        long steps = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var scenario = RandomScenarios.Generate((ulong)i, ops);
            var result = Simulator.Run(scenario, MutantSet.None, new RunOptions((ulong)i), withTrace ? new TraceWriter(TextWriter.Null) : null);
            steps += result.Steps;
            outcomes[result.Outcome] = outcomes.GetValueOrDefault(result.Outcome) + 1;
        }
        return new Figures(steps, clock.Elapsed.TotalSeconds, outcomes);
    }

    private static void Print(CliOutput output, string mode, Figures f, int count)
    {
        var seconds = Math.Max(f.Seconds, 1e-9);
        var outcomes = string.Join(" ", f.Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key.ToString().ToLowerInvariant()}={o.Value}"));
        output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mode,-12} {count,9} {f.Steps,10} {f.Seconds,8:F2} {f.Steps / seconds,11:F0} {count / seconds,11:F0}  {outcomes}"));
    }

    private static bool TryPositive(ArgumentList arguments, string name, int fallback, CliOutput output, out int value)
    {
        value = fallback;
        if (arguments.Value(name) is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < 1))
        {
            output.UsageError($"bench impl: --{name} takes a positive number, not '{text}'");
            return false;
        }
        return true;
    }
}
