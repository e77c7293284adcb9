using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using GraphSpec.Fuzzing;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;

namespace GraphSpec.PropertyTests;

/// <summary>
/// The core property of GraphSpec: for every protocol, every generated scenario and schedule run
/// on the unmutated implementation completes, and its trace is a behaviour of the spec (every
/// step an action of BlockLayer, every invariant in every state, the ends agree).
/// </summary>
public class ImplementationRefinesSpecProperties
{
    [Property(MaxTest = 150, Replay = "(1414213562,1732050807)")]
    public Property Aiolock_protocol_runs_validate() => Validates("aiolock");

    [Property(MaxTest = 150, Replay = "(2236067977,2449489743)")]
    public Property Drain_protocol_runs_validate() => Validates("drain");

    [Property(MaxTest = 150, Replay = "(2645751311,2828427125)")]
    public Property Rwlock_protocol_runs_validate() => Validates("rwlock");

    [Property(MaxTest = 150, Replay = "(3162277660,3316624791)")]
    public Property Drain_and_rwlock_protocol_runs_validate() => Validates("drain+rwlock");

    private static Property Validates(string protocol)
    {
        var runner = ScenarioArbitrary.Runner;
        var profile = GenerationProfile.Default with { Protocols = [protocol] };
        return Prop.ForAll(ScenarioArbitrary.Cases(profile, MutantSet.None), fuzzCase =>
        {
            // Lenient: a shrunk candidate replays what still fits of its schedule (a strict run of a
            // schedule that no longer fits would look like a failure to FsCheck).
            var verdict = runner.Run(fuzzCase, lenient: true);
            if (verdict.Passed)
            {
                return true.Label("pass");
            }

            // Every failure (FsCheck's shrunk one last) is stored so that one command replays it.
            var folder = Path.Combine(Path.GetTempPath(), "graphspec-property-failures", $"{protocol.Replace('+', '-')}-{fuzzCase.Seed}-{verdict.Run.Steps}");
            var replayable = fuzzCase with { Schedule = verdict.Run.Choices };
            FailureReport.Write(folder, replayable, verdict);
            return false.Label(FailureReport.Text(replayable, verdict, FailureReport.ReplayCommand(folder)));
        });
    }
}
