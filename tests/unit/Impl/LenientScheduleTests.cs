using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Simulation;
using Xunit;

namespace GraphSpec.UnitTests.Impl;

/// <summary>
/// A strict schedule ends the run at the first choice that is not enabled; a lenient one (the
/// shrinker's replay of an old schedule on a smaller scenario) skips it and goes on.
/// </summary>
public class LenientScheduleTests
{
    [Fact]
    public void A_choice_that_is_not_enabled_ends_a_strict_run_and_is_skipped_by_a_lenient_one()
    {
        var scenario = ImplScenarios.Load("B8");
        string[] schedule = ["IoComplete(r1)", "Submit(r1)", "Main"];

        var strict = Simulator.Run(scenario, MutantSet.None, new RunOptions(0, schedule));
        Assert.Equal(RunOutcome.BadSchedule, strict.Outcome);
        Assert.Equal(0, strict.Steps);

        var lenient = Simulator.Run(scenario, MutantSet.None, new RunOptions(0, schedule) { LenientSchedule = true });
        Assert.Equal(RunOutcome.Done, lenient.Outcome);
        Assert.Equal(["Submit(r1)", "Main"], lenient.Choices.Take(2));
    }
}
