using System.Collections.Immutable;
using GraphSpec.Fuzzing;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Oracle.Validation;
using GraphSpec.UnitTests.Validation;
using Xunit;

namespace GraphSpec.UnitTests.Fuzzing;

/// <summary>
/// A request owns its environment steps and the steps a thread takes while running its bottom half
/// or coroutine; the shrinker removes a request together with them.
/// </summary>
public sealed class ShrinkStepOwnersTests
{
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
        var (verdict, owners, actions) = RunAndAttribute(fuzzCase, Schedule.Length);
        Assert.True(verdict.Validation.Succeeded);
        Assert.Equal(["LoopStepT", "WakeEnterStep", "ReqGate", "ReqCapture", "WakeLeaveStep"], actions[2..7]);

        Assert.Equal(ExpectedOwners, owners.Select(o => o.Request).ToArray());
    }

    [Fact]
    public void Removing_a_request_removes_the_steps_that_served_it()
    {
        var fuzzCase = new FuzzCase(TwoRequests, MutantSet.None, 7, Schedule);
        var owners = ExpectedOwners.Select(r => StepOwner.None with { Request = r }).ToImmutableArray();

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
    public void An_unreadable_trace_names_no_owners()
    {
        var fuzzCase = new FuzzCase(TwoRequests, MutantSet.None, 7, Schedule);
        var verdict = new CaseRunner(ModelTraces.BlockLayer).Run(fuzzCase, lenient: false) with { TraceUtf8 = "not a trace"u8.ToArray() };

        Assert.Empty(ShrinkStepOwners.Of(verdict, fuzzCase, Schedule.Length));
    }

    [Fact]
    public void The_steps_of_an_edit_belong_to_the_edit_and_not_to_the_operations_after_it()
    {
        // Under "drain" the edit runs as drainBegin(nBase), replace, drainEnd(nBase): three spec
        // operations that all come from the scenario's operation 0.
        var scenario = TwoRequests with
        {
            Requests = [],
            Nodes = [.. TwoRequests.Nodes, new("nNew", "X")],
            MainOps = [Operation.EditOf("eBacking", "nBase", "nNew"), Operation.DrBegin("nTop"), Operation.DrEnd("nTop")],
        };
        var fuzzCase = new FuzzCase(scenario, MutantSet.None, 7, []);
        var (verdict, owners, actions) = RunAndAttribute(fuzzCase, null);
        Assert.True(verdict.Passed);
        var steps = verdict.Run.Choices.Length;

        Assert.Equal(steps, owners.Length);
        Assert.All(owners, o => Assert.Null(o.Request));
        Assert.Equal(0, owners[Array.IndexOf(actions, "ReplaceEdge")].Op);
        Assert.Equal([0, 2], actions.Select((a, i) => (a, i)).Where(x => x.a == "DrainEnd").Select(x => owners[x.i].Op).ToArray());
        Assert.Equal([0, 1], actions.Select((a, i) => (a, i)).Where(x => x.a == "DrainBegin").Select(x => owners[x.i].Op).ToArray());
        Assert.All(owners.Where(o => o.Op >= 0), o => Assert.Equal(StepOwner.MainProgram, o.Program));
        Assert.Equal(-1, owners[Array.IndexOf(actions, "ProgReturn")].Op);
    }

    [Fact]
    public void Removing_an_operation_group_removes_the_main_threads_steps_that_ran_it()
    {
        var scenario = TwoRequests with { MainOps = [Operation.DrBegin("nBase"), Operation.DrEnd("nBase"), Operation.DrBegin("nTop"), Operation.DrEnd("nTop")] };
        ImmutableArray<string> schedule = ["Submit(r1)", "Main", "Main", "IoThread", "Main", "Main"];
        var owners = ImmutableArray.Create(
            StepOwner.None with { Request = "r1" },
            new StepOwner(null, StepOwner.MainProgram, 0),
            new StepOwner(null, StepOwner.MainProgram, 1),
            StepOwner.None with { Request = "r1" },
            new StepOwner(null, StepOwner.MainProgram, 2),
            new StepOwner(null, StepOwner.MainProgram, 3));

        var candidates = Shrinker.Candidates(new FuzzCase(scenario, MutantSet.None, 7, schedule), owners).ToList();

        var withoutFirst = candidates.Where(c => c.Scenario.MainOps is [{ Node: "nTop" }, { Node: "nTop" }]).Select(c => string.Join(" ", c.Schedule)).ToList();
        Assert.Equal(["Submit(r1) IoThread Main Main", "Submit(r1) Main Main IoThread Main Main"], withoutFirst);
    }

    [Fact]
    public void A_queued_BH_program_is_inlined_in_place_of_its_scheduleBh_without_the_step_that_queued_it()
    {
        var edit = Operation.EditOf("eBacking", "nBase", null);
        var scenario = TwoRequests with { MainOps = [Operation.DrBegin("nTop"), Operation.ScheduleBhOp(), Operation.DrEnd("nTop")], BhOps = [edit] };
        ImmutableArray<string> schedule = ["Main", "Main", "IoThread", "Main"];
        var owners = ImmutableArray.Create(
            new StepOwner(null, StepOwner.MainProgram, 0),
            new StepOwner(null, StepOwner.MainProgram, 1),
            StepOwner.None,
            new StepOwner(null, StepOwner.MainProgram, 2));

        var inlined = Shrinker.Candidates(new FuzzCase(scenario, MutantSet.None, 7, schedule), owners)
            .Where(c => c.Scenario.BhOps.IsEmpty && c.Scenario.MainOps.Length == 3).ToList();

        Assert.Equal(2, inlined.Count);
        Assert.All(inlined, c => Assert.Equal([Operation.DrBegin("nTop"), edit, Operation.DrEnd("nTop")], c.Scenario.MainOps.ToArray()));
        Assert.Equal(["Main IoThread Main", "Main Main IoThread Main"], inlined.Select(c => string.Join(" ", c.Schedule)).ToArray());
    }

    /// <summary>Runs a case and reads, from its trace, what its first <paramref name="count"/> steps (all when null) served and their action labels.</summary>
    private static (CaseVerdict Verdict, ImmutableArray<StepOwner> Owners, string[] Actions) RunAndAttribute(FuzzCase fuzzCase, int? count)
    {
        var owners = ImmutableArray<StepOwner>.Empty;
        string[] actions = [];
        var verdict = new CaseRunner(ModelTraces.BlockLayer).Run(fuzzCase, lenient: false, trace =>
        {
            var steps = count ?? trace.Steps.Length - 1;
            owners = ShrinkStepOwners.Of(trace, fuzzCase, steps);
            actions = [.. trace.Steps.Skip(1).Take(steps).Select(s => s.Action)];
        });
        return (verdict, owners, actions);
    }
}
