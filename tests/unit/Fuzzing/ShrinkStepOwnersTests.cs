using System.Collections.Immutable;
using GraphSpec.Fuzzing;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Oracle.Validation;
using Xunit;

namespace GraphSpec.UnitTests.Fuzzing;

/// <summary>
/// A request owns its environment steps and the steps a thread takes while running its bottom half
/// or coroutine; the shrinker removes a request together with them.
/// </summary>
public sealed class ShrinkStepOwnersTests
{
    private static readonly Lazy<SpecInstance> Spec = new(() =>
        SpecInstance.Load(Path.Combine(TestPaths.RepositoryRoot, "spec", "tla", "BlockLayer.tla")).Instance!);

    /// <summary>Two requests through the backing edge of a chain in the IOThread's context; no main program.</summary>
    private static readonly Scenario TwoRequests = new()
    {
        Protocol = "drain",
        AioLock = false,
        IoThreads = [new("IoThread", "X")],
        Nodes = [new("nTop", "X"), new("nBase", "X")],
        Edges = [new EdgeSpec("eRoot", Scenario.Blk, "nTop"), new EdgeSpec("eBacking", "nTop", "nBase")],
        Requests = [new RequestSpec("r1", "eBacking"), new RequestSpec("r2", "eBacking")],
    };

    // Each submission queues a Wake bottom half in X; the IOThread runs them in order, each in five
    // steps (LoopStepT, WakeEnterStep, ReqGate, ReqCapture, WakeLeaveStep) that issue the request.
    private static readonly ImmutableArray<string> Schedule =
        ["Submit(r1)", "Submit(r2)", .. Enumerable.Repeat("IoThread", 10)];

    private static readonly string?[] ExpectedOwners = ["r1", "r2", "r1", "r1", "r1", "r1", "r1", "r2", "r2", "r2", "r2", "r2"];

    [Fact]
    public void Each_step_belongs_to_the_request_whose_bottom_half_the_thread_runs()
    {
        var fuzzCase = new FuzzCase(TwoRequests, MutantSet.None, 7, Schedule);
        var verdict = new CaseRunner(Spec.Value).Run(fuzzCase, lenient: false);
        Assert.True(verdict.Validation.Succeeded);
        Assert.Equal(["LoopStepT", "WakeEnterStep", "ReqGate", "ReqCapture", "WakeLeaveStep"], ActionsOfSteps(verdict, 3, 5));

        var owners = ShrinkStepOwners.Of(verdict, TwoRequests, Schedule.Length);

        Assert.Equal(ExpectedOwners, owners.ToArray());
    }

    [Fact]
    public void Removing_a_request_removes_the_steps_that_served_it()
    {
        var fuzzCase = new FuzzCase(TwoRequests, MutantSet.None, 7, Schedule);
        var owners = ImmutableArray.Create(ExpectedOwners);

        var candidates = Shrinker.Candidates(fuzzCase, owners).Where(c => c.Scenario.Requests.Length == 1).ToList();

        var withoutR1 = candidates.First(c => c.Scenario.Requests[0].Name == "r2");
        Assert.Equal(["Submit(r2)", .. Enumerable.Repeat("IoThread", 5)], withoutR1.Schedule.ToArray());
        var withoutR2 = candidates.First(c => c.Scenario.Requests[0].Name == "r1");
        Assert.Equal(["Submit(r1)", .. Enumerable.Repeat("IoThread", 5)], withoutR2.Schedule.ToArray());
    }

    [Fact]
    public void Without_owners_a_request_takes_only_its_environment_steps()
    {
        var fuzzCase = new FuzzCase(TwoRequests, MutantSet.None, 7, Schedule);

        var withoutR1 = Shrinker.Candidates(fuzzCase).First(c => c.Scenario.Requests is [{ Name: "r2" }]);

        Assert.Equal(["Submit(r2)", .. Enumerable.Repeat("IoThread", 10)], withoutR1.Schedule.ToArray());
    }

    [Fact]
    public void A_trace_without_states_names_no_owners()
    {
        var fuzzCase = new FuzzCase(TwoRequests, MutantSet.None, 7, Schedule);
        var verdict = new CaseRunner(Spec.Value).Run(fuzzCase, lenient: false) with { TraceUtf8 = "not a trace"u8.ToArray() };

        Assert.Empty(ShrinkStepOwners.Of(verdict, TwoRequests, Schedule.Length));
    }

    private static string[] ActionsOfSteps(CaseVerdict verdict, int first, int count)
    {
        var trace = GraphSpec.Oracle.Traces.TraceReader.Read(verdict.TraceUtf8.Span).Document!;
        return [.. trace.Steps.Skip(first).Take(count).Select(s => s.Action)];
    }
}
