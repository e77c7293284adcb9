using GraphSpec.Oracle.Checking.Liveness;
using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Liveness;

/// <summary>Weak and strong fairness, read from the SPECIFICATION and applied to the graph search.</summary>
public class FairnessTests
{
    // Finish is enabled only while flag is TRUE; Toggle flips flag until done.
    private const string Blink = """
        ---- MODULE Spec ----
        VARIABLES flag, done
        vars == <<flag, done>>
        Init == flag = FALSE /\ done = FALSE
        Toggle == ~done /\ flag' = ~flag /\ UNCHANGED done
        Finish == flag /\ ~done /\ done' = TRUE /\ UNCHANGED flag
        Next == Toggle \/ Finish
        Weak == Init /\ [][Next]_vars /\ WF_vars(Toggle) /\ WF_vars(Finish)
        Strong == Init /\ [][Next]_vars /\ WF_vars(Toggle) /\ SF_vars(Finish)
        StrongOnly == Init /\ [][Next]_vars /\ SF_vars(Finish)
        WeakNext == Init /\ [][Next]_vars /\ WF_vars(Next)
        Done == <>done
        FinishWeakly == WF_vars(Finish)
        FinishStrongly == SF_vars(Finish)
        ToggleWeakly == WF_vars(Toggle)
        ====
        """;

    // Two counters, each with its own fairness condition from one quantified conjunct.
    private const string Pair = """
        ---- MODULE Spec ----
        EXTENDS Naturals
        VARIABLE c
        Init == c = [i \in {1, 2} |-> 0]
        Inc(i) == c[i] < 2 /\ c' = [c EXCEPT ![i] = c[i] + 1]
        Next == \E i \in {1, 2} : Inc(i)
        Fairness == \A i \in {1, 2} : WF_c(Inc(i))
        Both == Init /\ [][Next]_c /\ Fairness
        OnlyFirst == Init /\ [][Next]_c /\ WF_c(Inc(1))
        Later(e) == <>e
        BothDone == \A i \in {1, 2} : Later(c[i] = 2)
        ====
        """;

    [Fact]
    public void Weak_fairness_allows_a_cycle_that_disables_the_action_infinitely_often()
    {
        var harness = LivenessHarness.Load(Blink, "Weak", "Done");
        Assert.Equal(2, harness.Problem.Fairness.Length);
        Assert.All(harness.Problem.Fairness, f => Assert.Equal(FairnessKind.Weak, f.Kind));
        var result = harness.Check();
        harness.AssertValidCounterexample(result);
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        var trace = result.Counterexample!;
        Assert.Equal(TraceEndKind.BackToState, trace.End);
        var cycleFlags = harness.Values(trace, "flag").Skip(trace.BackToState - 1).ToList();
        Assert.Contains("FALSE", cycleFlags); // Finish must be disabled somewhere on the cycle
        Assert.Contains("TRUE", cycleFlags); // and Toggle must be taken
    }

    [Fact]
    public void Strong_fairness_forbids_that_cycle()
    {
        var harness = LivenessHarness.Load(Blink, "Strong", "Done");
        Assert.Contains(harness.Problem.Fairness, f => f.Kind == FairnessKind.Strong);
        Assert.Equal(LivenessOutcome.Satisfied, harness.Check().Outcome);
    }

    [Fact]
    public void Strong_fairness_alone_allows_stuttering_where_the_action_is_disabled()
    {
        var harness = LivenessHarness.Load(Blink, "StrongOnly", "Done");
        var result = harness.Check();
        harness.AssertValidCounterexample(result);
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        Assert.Equal(TraceEndKind.Stuttering, result.Counterexample!.End);
        Assert.Equal("FALSE", harness.Values(result.Counterexample, "flag")[^1]);
    }

    [Fact]
    public void Weak_fairness_of_the_whole_next_state_relation_is_satisfied_by_toggling()
    {
        var result = LivenessHarness.Check(Blink, "WeakNext", "Done");
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        Assert.Equal(TraceEndKind.BackToState, result.Counterexample!.End);
    }

    [Fact]
    public void Fairness_as_a_property_holds_when_the_specification_guarantees_it()
    {
        Assert.Equal(LivenessOutcome.Satisfied, LivenessHarness.Check(Blink, "Weak", "FinishWeakly", "ToggleWeakly", "Weak").Outcome);
        Assert.Equal(LivenessOutcome.Satisfied, LivenessHarness.Check(Blink, "Strong", "FinishStrongly", "Strong", "Weak").Outcome);
    }

    [Fact]
    public void Strong_fairness_as_a_property_fails_under_weak_fairness()
    {
        var result = LivenessHarness.Check(Blink, "Weak", "FinishStrongly");
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        Assert.Equal(TraceEndKind.BackToState, result.Counterexample!.End);
        Assert.Equal("Strong", LivenessHarness.Check(Blink, "Weak", "Weak", "Strong").ViolatedProperty);
    }

    [Fact]
    public void Weak_fairness_as_a_property_fails_by_stuttering_where_the_action_stays_enabled()
    {
        var result = LivenessHarness.Check(Blink, "StrongOnly", "ToggleWeakly");
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        Assert.Equal(TraceEndKind.Stuttering, result.Counterexample!.End);
    }

    [Fact]
    public void Quantified_fairness_gives_one_condition_per_value()
    {
        var harness = LivenessHarness.Load(Pair, "Both", "BothDone");
        Assert.Equal(2, harness.Problem.Fairness.Length);
        Assert.Equal(["1", "2"], harness.Problem.Fairness.Select(f => f.Bindings));
        Assert.Equal(2, harness.Problem.Properties[0].Obligations.Length);
        Assert.Equal(LivenessOutcome.Satisfied, harness.Check().Outcome);
    }

    [Fact]
    public void A_lazily_passed_state_predicate_is_reevaluated_in_every_state()
    {
        // Later(c[i] = 2) passes a state-level argument by name; a value cached from the initial
        // state (FALSE) would make the property fail although fairness guarantees it.
        var harness = LivenessHarness.Load(Pair, "Both", "BothDone");
        Assert.Equal(LivenessOutcome.Satisfied, harness.Check().Outcome);
    }

    [Fact]
    public void Fairness_for_one_counter_does_not_help_the_other()
    {
        var harness = LivenessHarness.Load(Pair, "OnlyFirst", "BothDone");
        var result = harness.Check();
        harness.AssertValidCounterexample(result);
        Assert.Equal(LivenessOutcome.TemporalPropertyViolated, result.Outcome);
        Assert.Equal(TraceEndKind.Stuttering, result.Counterexample!.End);
        Assert.StartsWith("<<2, ", harness.Values(result.Counterexample, "c")[^1], StringComparison.Ordinal);
    }
}
