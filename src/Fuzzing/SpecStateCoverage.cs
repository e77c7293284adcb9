using System.Diagnostics;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;

namespace GraphSpec.Fuzzing;

/// <summary>How much of a small instance's state space a campaign of schedules reached.</summary>
public sealed record SpecCoverageResult(
    long ReachableStates,
    long VisitedStates,
    long VisitedOutsideModel,
    long Cases,
    TimeSpan Elapsed,
    IReadOnlyList<string> ActionsInModel,
    IReadOnlyList<string> ActionsNeverExercised)
{
    public double Fraction => ReachableStates == 0 ? 0 : (double)VisitedStates / ReachableStates;
}

/// <summary>
/// Spec-state coverage: the model checker enumerates every reachable state of a fixed small
/// instance (a model whose constants are those of a stored scenario); a campaign then runs that
/// scenario under many schedules, validates each trace, and counts which of those states the
/// implementation's runs visited (compared by fingerprint), and which of the spec's actions that
/// fire in the model no run exercised.
/// </summary>
public static class SpecStateCoverage
{
    /// <summary>The fingerprints of every reachable state of the model and the actions that fire in it.</summary>
    public static (HashSet<long>? States, IReadOnlyList<string> Actions, string? Error) Reachable(string specPath, string configPath)
    {
        var states = new HashSet<long>();
        var result = ModelChecker.CheckFiles(specPath, configPath, new CheckOptions { Workers = 1, Coverage = true, OnDistinctState = fp => states.Add(fp) });
        if (result.Outcome != CheckOutcome.Ok)
        {
            return (null, [], $"the model must pass to serve as a coverage instance; it ended with {result.Outcome}: {result.Message}");
        }

        var actions = result.Coverage.Where(a => a.Generated > 0).Select(a => a.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (states, actions, null);
    }

    public static SpecCoverageResult Measure(
        CaseRunner runner, Scenario scenario, HashSet<long> reachable, IReadOnlyList<string> modelActions, long? cases, TimeSpan? time, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(reachable);
        ArgumentNullException.ThrowIfNull(modelActions);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < runner.Spec.VariableNames.Length; i++)
        {
            position[runner.Spec.VariableNames[i]] = i;
        }

        var visited = new HashSet<long>();
        var outside = new HashSet<long>();
        var exercised = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        long n = 0;
        while ((cases is null || n < cases) && (time is null || clock.Elapsed < time))
        {
            runner.Run(new FuzzCase(scenario, MutantSet.None, Campaign.CaseSeed(seed, n), []), lenient: false, trace =>
            {
                foreach (var step in trace.Steps)
                {
                    exercised.Add(step.Action);
                    if (step.State is { } state)
                    {
                        var fingerprint = StateFingerprints.Of(InDeclarationOrder(state, position));
                        (reachable.Contains(fingerprint) ? visited : outside).Add(fingerprint);
                    }
                }
            });
            n++;
        }

        var never = modelActions.Where(a => !exercised.Contains(a) && a != "Terminated").ToList();
        return new SpecCoverageResult(reachable.Count, visited.Count, outside.Count, n, clock.Elapsed, modelActions, never);
    }

    private static Value[] InDeclarationOrder(IReadOnlyList<NamedValue> state, Dictionary<string, int> position)
    {
        var values = new Value[position.Count];
        foreach (var named in state)
        {
            if (position.TryGetValue(named.Name, out var i))
            {
                values[i] = named.Value;
            }
        }

        return values;
    }
}
