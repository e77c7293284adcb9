using System.Collections.Immutable;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Impl.Simulation;
using GraphSpec.Oracle.Traces;
using GraphSpec.Oracle.Validation;
using GraphSpec.UnitTests.Validation;
using Xunit;

namespace GraphSpec.UnitTests.Impl;

/// <summary>
/// The refinement check: traces of the implementation validate against BlockLayer step by step
/// (every step is the spec action its label names, every invariant holds, the ends agree), for the
/// stored scenarios under many seeds and for random scenarios. With a mutant on, every step is
/// still a spec step (with the spec's Bug constant on), and the spec sees the same bug.
/// </summary>
public class TraceValidationTests
{
    private static readonly ValidationOptions StepsOnly = new() { Invariants = ImmutableArray<string>.Empty };

    private static ValidationResult Validate(string trace, ValidationOptions? options = null)
    {
        var read = TraceReader.ReadText(trace, "<impl>");
        Assert.True(read.Document is not null, read.Error?.Message);
        return TraceValidator.Validate(ModelTraces.BlockLayer, read.Document!, options);
    }

    public static TheoryData<string> StoredScenarios => [.. ImplScenarios.Names()];

    [Theory]
    [MemberData(nameof(StoredScenarios))]
    public void Runs_of_a_stored_scenario_without_mutants_validate_under_50_seeds(string name)
    {
        var scenario = ImplScenarios.Load(name);
        for (ulong seed = 0; seed < 50; seed++)
        {
            var (result, trace) = ImplScenarios.RunTraced(scenario, MutantSet.None, new RunOptions(seed));
            Assert.Equal(RunOutcome.Done, result.Outcome);
            var verdict = Validate(trace);
            Assert.True(verdict.Succeeded, $"{name} seed {seed}:\n{ValidationReport.Format(verdict)}");
            Assert.Equal(result.Steps, verdict.StepsChecked);
        }
    }

    [Theory]
    [MemberData(nameof(MutantScenarioTests.SharedMutants), MemberType = typeof(MutantScenarioTests))]
    public void A_mutant_run_is_a_run_of_the_spec_with_that_bug_and_the_spec_sees_the_bug(string id)
    {
        var scenario = ImplScenarios.Load(id);
        var (result, trace) = ImplScenarios.RunTraced(scenario, ImplScenarios.MutantsOf(scenario), new RunOptions(scenario.Seed));

        // Every step is allowed and the end agrees: a deadlock is one of the spec, an assertion is reported as such.
        var steps = Validate(trace, StepsOnly);
        var expectedEnd = result.Outcome == RunOutcome.Deadlock ? ValidationOutcome.Ok : ValidationOutcome.ImplementationAssert;
        Assert.True(expectedEnd == steps.Outcome, $"{id}:\n{ValidationReport.Format(steps)}");

        // With the invariants, the spec rejects the same run (H2's bug is a deadlock with no invariant broken).
        var full = Validate(trace);
        if (id == "H2")
        {
            Assert.True(full.Succeeded, ValidationReport.Format(full));
        }
        else
        {
            Assert.True(full.Outcome == ValidationOutcome.InvariantViolated, $"{id}:\n{ValidationReport.Format(full)}");
            Assert.Equal(ExpectedInvariant[id], full.Failure!.Invariant);
        }
    }

    /// <summary>The invariant the spec's models name for each bug (spec/tla/models/*_rule.cfg and the invariant models).</summary>
    private static readonly Dictionary<string, string> ExpectedInvariant = new()
    {
        ["B2"] = "NoLostWakeup",
        ["B3"] = "AioWaitDepthOne",
        ["B4"] = "InFlightAccounting",
        ["B7"] = "NoLostWakeup",
        ["B8"] = "AioWaitDepthOne",
        ["B10"] = "DrainedMeansIdle",
        ["B11"] = "NoPollUnderWrLock",
        ["B14"] = "InFlightAccounting",
        ["B16"] = "NoIoThroughReplacedEdge",
        ["H1"] = "ReaderWriterExclusion",
        ["H4"] = "NoLostWakeup",
    };

    [Fact]
    public void Runs_of_1000_random_scenarios_validate()
    {
        for (ulong seed = 0; seed < 1000; seed++)
        {
            var scenario = RandomScenarios.Generate(seed, 8);
            var (result, trace) = ImplScenarios.RunTraced(scenario, MutantSet.None, new RunOptions(seed));
            Assert.True(result.Outcome == RunOutcome.Done, $"random {seed}: {result.Outcome} {result.Message} {result.WaitForText}");
            var verdict = Validate(trace);
            Assert.True(verdict.Succeeded, $"random {seed}:\n{ScenarioJson.Write(scenario)}\n{ValidationReport.Format(verdict)}");
        }
    }

    [Fact]
    public void Random_scenarios_with_a_random_mutant_are_runs_of_the_spec_with_that_bug()
    {
        for (ulong seed = 0; seed < 300; seed++)
        {
            var scenario = RandomScenarios.Generate(seed, 6);
            var mutant = MutantSet.All[(int)(seed % (ulong)MutantSet.All.Length)];
            var (result, trace) = ImplScenarios.RunTraced(scenario, MutantSet.None.With(mutant), new RunOptions(seed));
            var verdict = Validate(trace, StepsOnly);
            var ok = verdict.Outcome == ValidationOutcome.Ok
                || (result.Outcome == RunOutcome.Assert && verdict.Outcome == ValidationOutcome.ImplementationAssert);
            Assert.True(ok, $"random {seed} with {mutant}: {result.Outcome}\n{ScenarioJson.Write(scenario)}\n{ValidationReport.Format(verdict)}");
        }
    }
}
