using GraphSpec.Oracle.Checking.Liveness;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.UnitTests.Evaluation;
using Xunit;

namespace GraphSpec.UnitTests.Liveness;

/// <summary>
/// Graphs built edge by edge (not by the spec's Next), so that each case has exactly the cycles
/// it needs. ENABLED is still the spec's: it is computed from the action, not from the graph.
/// </summary>
public class HandcraftedGraphTests
{
    private const string Module = """
        ---- MODULE Spec ----
        EXTENDS Naturals
        VARIABLE x
        Init == x = 0
        Next == x' \in 0..3
        ToThree == x' = 3
        Up == x < 1 /\ x' = x + 1
        Go == x = 1 /\ x' = 3
        ToOne == x = 0 /\ x' = 1
        NoFairness == Init /\ [][Next]_x
        WeakToThree == Init /\ [][Next]_x /\ WF_x(ToThree)
        WeakUp == Init /\ [][Next]_x /\ WF_x(Up)
        StrongGo == Init /\ [][Next]_x /\ SF_x(Go)
        StrongGoWeakToOne == Init /\ [][Next]_x /\ SF_x(Go) /\ WF_x(ToOne)
        ReachThree == <>(x = 3)
        OftenZero == []<>(x = 0)
        SettlesAtZero == <>[](x = 0)
        ====
        """;

    private static (LivenessProblem Problem, StateGraph Graph) Build(string specification, string property, params (int From, int To)[] edges)
    {
        var spec = TestSpecs.Load(Module);
        var model = TestSpecs.Model(spec);
        var result = LivenessProblem.Create(model, LivenessHarness.Definition(spec, specification), [LivenessHarness.Definition(spec, property)]);
        Assert.True(result.Problem is not null, string.Join("\n", result.Diagnostics));
        var graph = new StateGraph();
        for (var x = 0; x <= 3; x++)
        {
            Assert.Equal(x, graph.AddState([IntValue.Of(x)], 100 + x, isInitial: x == 0));
        }

        var label = new ActionLabel("Next", [], default);
        foreach (var (from, to) in edges)
        {
            graph.AddEdge(from, to, label);
        }

        return (result.Problem!, graph);
    }

    private static LivenessResult Check(string specification, string property, params (int From, int To)[] edges)
    {
        var (problem, graph) = Build(specification, property, edges);
        return LivenessChecker.Check(graph, problem, CancellationToken.None);
    }

    private static List<int> States(Counterexample trace) => trace.States.Select(s => s.StateIndex).ToList();

    [Fact]
    public void Weak_fairness_of_an_always_enabled_action_breaks_a_cycle_without_its_steps()
    {
        // 0 <-> 1 and 1 -> 3: ToThree is enabled in 0 and 1, and no edge of the cycle is a ToThree step.
        Assert.Equal(LivenessOutcome.Satisfied, Check("WeakToThree", "ReachThree", (0, 1), (1, 0), (1, 3)).Outcome);
        var unfair = Check("NoFairness", "ReachThree", (0, 1), (1, 0), (1, 3));
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, unfair.Outcome);
        Assert.Equal(TraceEndKind.Stuttering, unfair.Counterexample!.End);
    }

    [Fact]
    public void Weak_fairness_is_met_by_a_cycle_visiting_a_state_where_the_action_is_disabled()
    {
        // Up is enabled only in 0; the cycle 0 <-> 1 passes through 1 where it is disabled.
        var result = Check("WeakUp", "ReachThree", (0, 1), (1, 0), (1, 3));
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        var trace = result.Counterexample!;
        Assert.Equal(TraceEndKind.BackToState, trace.End);
        Assert.Equal([0, 1], States(trace));
        Assert.Equal(1, trace.BackToState);
    }

    [Fact]
    public void Strong_fairness_removes_enabled_states_and_finds_stuttering_in_the_rest()
    {
        // Go is enabled only in 1 and never taken inside 0 <-> 1; staying in 0 forever is fair.
        var result = Check("StrongGo", "ReachThree", (0, 1), (1, 0), (1, 3));
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        Assert.Equal(TraceEndKind.Stuttering, result.Counterexample!.End);
        Assert.Equal([0], States(result.Counterexample));
    }

    [Fact]
    public void Strong_and_weak_fairness_together_leave_no_fair_cycle()
    {
        Assert.Equal(LivenessOutcome.Satisfied, Check("StrongGoWeakToOne", "ReachThree", (0, 1), (1, 0), (1, 3)).Outcome);
    }

    [Fact]
    public void Strong_fairness_is_met_by_a_cycle_taking_the_action()
    {
        // 0 -> 1 -> 3 -> 0: Go is taken on the cycle, so it is fair and never settles at 0.
        var result = Check("StrongGoWeakToOne", "SettlesAtZero", (0, 1), (1, 3), (3, 0));
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        var trace = result.Counterexample!;
        Assert.Equal(TraceEndKind.BackToState, trace.End);
        Assert.Equal([0, 1, 3], States(trace));
        Assert.Equal("Next", trace.ClosingAction!.Name);
    }

    [Fact]
    public void Infinitely_often_fails_in_a_component_avoiding_the_state()
    {
        // From 0 the behaviour moves to 1 <-> 2 and never returns.
        var result = Check("NoFairness", "OftenZero", (0, 1), (1, 2), (2, 1));
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        Assert.NotEqual(0, States(result.Counterexample!)[^1]);
    }

    [Fact]
    public void A_deadlocked_state_stutters_forever()
    {
        var result = Check("WeakToThree", "OftenZero", (0, 3));
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        Assert.Equal(TraceEndKind.Stuttering, result.Counterexample!.End);
        Assert.Equal([0, 3], States(result.Counterexample));
    }

    [Fact]
    public void Cancelled_check_reports_cancellation()
    {
        var (problem, graph) = Build("NoFairness", "ReachThree", (0, 1));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Equal(LivenessOutcome.Cancelled, LivenessChecker.Check(graph, problem, cancelled.Token).Outcome);
    }
}
