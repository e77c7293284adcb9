using GraphSpec.Oracle.Checking.Liveness;
using Xunit;

namespace GraphSpec.UnitTests.Liveness;

/// <summary>Each supported property shape, holding and violated, on small specs whose behaviours are easy to enumerate by hand.</summary>
public class PropertyFormTests
{
    // x counts 0..3 and then stops; without fairness a behaviour may stutter anywhere.
    private const string Counter = """
        ---- MODULE Spec ----
        EXTENDS Naturals
        VARIABLE x
        Init == x = 0
        Next == x < 3 /\ x' = x + 1
        Unfair == Init /\ [][Next]_x
        Fair == Init /\ [][Next]_x /\ WF_x(Next)
        ReachesThree == <>(x = 3)
        EndsAtThree == <>[](x = 3)
        OftenThree == []<>(x = 3)
        OneLeadsToThree == (x = 1) ~> (x = 3)
        OneLeadsToThreeBoxed == [](x = 1 => <>(x = 3))
        NeverBack == [][x' > x]_x
        Small == [](x < 3)
        StartsAtZero == x = 0
        StartsAtOne == x = 1
        EventuallyStops == <>[][FALSE]_x
        ====
        """;

    // x toggles between 0 and 1 forever (under fairness).
    private const string Toggle = """
        ---- MODULE Spec ----
        EXTENDS Naturals
        VARIABLE x
        Init == x = 0
        Next == x' = 1 - x
        Fair == Init /\ [][Next]_x /\ WF_x(Next)
        Unfair == Init /\ [][Next]_x
        OftenOne == []<>(x = 1)
        EventuallyAlwaysOne == <>[](x = 1)
        OftenOneOrSettles == []<>(x = 1) \/ <>[](x = 0)
        OftenStep == []<><<Next>>_x
        EventuallyNoStep == <>[][FALSE]_x
        ====
        """;

    [Fact]
    public void Eventually_holds_under_weak_fairness()
    {
        Assert.Equal(LivenessOutcome.Satisfied, LivenessHarness.Check(Counter, "Fair", "ReachesThree").Outcome);
    }

    [Fact]
    public void Eventually_is_violated_by_stuttering_without_fairness()
    {
        var harness = LivenessHarness.Load(Counter, "Unfair", "ReachesThree");
        var result = harness.Check();
        harness.AssertValidCounterexample(result);
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        Assert.Equal("ReachesThree", result.ViolatedProperty);
        Assert.Equal(TraceEndKind.Stuttering, result.Counterexample!.End);
        Assert.DoesNotContain("3", harness.Values(result.Counterexample, "x"));
    }

    [Fact]
    public void Eventually_always_and_infinitely_often_hold_when_the_counter_halts_at_three()
    {
        Assert.Equal(LivenessOutcome.Satisfied, LivenessHarness.Check(Counter, "Fair", "EndsAtThree", "OftenThree").Outcome);
    }

    [Fact]
    public void Infinitely_often_is_violated_by_stuttering_below_three_without_fairness()
    {
        var result = LivenessHarness.Check(Counter, "Unfair", "OftenThree");
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        Assert.Equal(TraceEndKind.Stuttering, result.Counterexample!.End);
    }

    [Fact]
    public void Leads_to_holds_under_fairness_and_fails_without()
    {
        Assert.Equal(LivenessOutcome.Satisfied, LivenessHarness.Check(Counter, "Fair", "OneLeadsToThree", "OneLeadsToThreeBoxed").Outcome);
        var harness = LivenessHarness.Load(Counter, "Unfair", "OneLeadsToThree");
        var result = harness.Check();
        harness.AssertValidCounterexample(result);
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        var values = harness.Values(result.Counterexample!, "x");
        Assert.Contains("1", values);
        Assert.NotEqual("3", values[^1]);
    }

    [Fact]
    public void Boxed_implication_form_of_leads_to_is_violated_like_leads_to()
    {
        var result = LivenessHarness.Check(Counter, "Unfair", "OneLeadsToThreeBoxed");
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        Assert.Equal("OneLeadsToThreeBoxed", result.ViolatedProperty);
    }

    [Fact]
    public void Box_of_state_predicate_is_an_invariant_with_the_shortest_trace()
    {
        var harness = LivenessHarness.Load(Counter, "Fair", "Small");
        var result = harness.Check();
        harness.AssertValidCounterexample(result);
        Assert.Equal(LivenessOutcome.InvariantViolated, result.Outcome);
        Assert.Equal("Small", result.ViolatedProperty);
        Assert.Equal(TraceEndKind.None, result.Counterexample!.End);
        Assert.Equal(["0", "1", "2", "3"], harness.Values(result.Counterexample, "x"));
    }

    [Fact]
    public void Action_property_holds_when_every_step_increases()
    {
        Assert.Equal(LivenessOutcome.Satisfied, LivenessHarness.Check(Counter, "Fair", "NeverBack").Outcome);
    }

    [Fact]
    public void State_predicate_property_is_checked_on_initial_states()
    {
        Assert.Equal(LivenessOutcome.Satisfied, LivenessHarness.Check(Counter, "Fair", "StartsAtZero").Outcome);
        var result = LivenessHarness.Check(Counter, "Fair", "StartsAtOne");
        Assert.Equal(LivenessOutcome.InitialPredicateViolated, result.Outcome);
        Assert.Single(result.Counterexample!.States);
    }

    [Fact]
    public void Infinitely_often_holds_for_a_fair_toggle()
    {
        Assert.Equal(LivenessOutcome.Satisfied, LivenessHarness.Check(Toggle, "Fair", "OftenOne", "OftenOneOrSettles").Outcome);
    }

    [Fact]
    public void Eventually_always_is_violated_by_a_toggle_with_a_cycle_through_both_values()
    {
        var harness = LivenessHarness.Load(Toggle, "Fair", "EventuallyAlwaysOne");
        var result = harness.Check();
        harness.AssertValidCounterexample(result);
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        var trace = result.Counterexample!;
        Assert.Equal(TraceEndKind.BackToState, trace.End);
        var cycle = harness.Values(trace, "x").Skip(trace.BackToState - 1).ToList();
        Assert.Contains("0", cycle);
    }

    [Fact]
    public void Disjunction_of_infinitely_often_and_eventually_always_fails_only_when_both_fail()
    {
        // Without fairness the toggle may stutter at 1 (then <>[](x = 0) fails but []<>(x = 1) holds)
        // or at 0 (then []<>(x = 1) fails but <>[](x = 0) holds): every behaviour satisfies one side.
        Assert.Equal(LivenessOutcome.Satisfied, LivenessHarness.Check(Toggle, "Unfair", "OftenOneOrSettles").Outcome);
        var result = LivenessHarness.Check(Toggle, "Unfair", "OftenOne");
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
    }

    [Fact]
    public void Infinitely_many_steps_hold_under_fairness_and_fail_by_stuttering_without()
    {
        Assert.Equal(LivenessOutcome.Satisfied, LivenessHarness.Check(Toggle, "Fair", "OftenStep").Outcome);
        var result = LivenessHarness.Check(Toggle, "Unfair", "OftenStep");
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        Assert.Equal(TraceEndKind.Stuttering, result.Counterexample!.End);
    }

    [Fact]
    public void Eventually_always_of_an_action_is_violated_by_a_cycle_with_a_forbidden_step()
    {
        // <>[][FALSE]_x: eventually x never changes. A fair toggle changes it forever.
        var result = LivenessHarness.Check(Toggle, "Fair", "EventuallyNoStep");
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        Assert.Equal(TraceEndKind.BackToState, result.Counterexample!.End);
        Assert.Equal("EventuallyNoStep", result.ViolatedProperty);
    }

    [Fact]
    public void Eventually_always_of_an_action_holds_when_the_counter_halts()
    {
        Assert.Equal(LivenessOutcome.Satisfied, LivenessHarness.Check(Counter, "Fair", "EventuallyStops").Outcome);
    }

    [Fact]
    public void First_violated_property_in_the_given_order_is_reported()
    {
        var result = LivenessHarness.Check(Counter, "Unfair", "OneLeadsToThree", "ReachesThree");
        Assert.Equal("OneLeadsToThree", result.ViolatedProperty);
    }
}
