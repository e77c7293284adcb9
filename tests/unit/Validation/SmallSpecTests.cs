using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;
using GraphSpec.Oracle.Validation;
using Xunit;

namespace GraphSpec.UnitTests.Validation;

/// <summary>The validator on a spec written here: constants in memory, non-deterministic actions, errors.</summary>
public class SmallSpecTests
{
    private const string Module = """
        ---- MODULE Counter ----
        EXTENDS Naturals
        CONSTANT Max
        VARIABLE x
        Init == x = 0
        Inc == x < Max /\ x' = x + 1
        Jump == x < Max /\ x' \in {x, x + 10}
        Next == Inc \/ Jump
        Done == x = Max
        Small == x <= Max
        ====
        """;

    private static readonly Lazy<SpecInstance> Counter = new(() =>
    {
        var loaded = SpecLoader.LoadText(Module, "Counter.tla", _ => null);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return SpecInstance.FromResolved(loaded.Spec!, file => file == "Counter.tla" ? Module : null);
    });

    private static readonly Dictionary<string, Value> MaxTwo = new() { ["Max"] = IntValue.Of(2) };

    private static readonly ValidationOptions Options = new() { Invariants = ["Small"] };

    private static TraceStep State(int index, string action, long? x) =>
        new(index, index == 0 ? null : "Main", action, [], x is { } v ? [new NamedValue("x", IntValue.Of(v))] : null);

    private static ValidationResult Validate(TraceFooter? footer, params TraceStep[] steps) =>
        TraceValidator.Validate(Counter.Value, MaxTwo, steps, footer, Options);

    [Fact]
    public void A_run_to_Done_is_valid()
    {
        var result = Validate(new TraceFooter(RunEnd.Done, 2), State(0, "Init", 0), State(1, "Inc", 1), State(2, "Inc", 2));
        Assert.True(result.Succeeded, ValidationReport.Format(result));
        Assert.Equal(2, result.StepsChecked);
    }

    [Fact]
    public void A_label_only_step_with_several_successors_takes_the_first_and_says_so()
    {
        var result = Validate(null, State(0, "Init", 0), State(1, "Jump", null), State(2, "Inc", null));
        Assert.True(result.Succeeded, ValidationReport.Format(result));
        Assert.Equal("step 1: Jump has 2 distinct successors; the first in enumeration order was taken", Assert.Single(result.Notes));
    }

    [Fact]
    public void An_invariant_violated_by_an_allowed_step_is_reported_with_the_step()
    {
        var result = Validate(null, State(0, "Init", 0), State(1, "Jump", 10));
        Assert.Equal(ValidationOutcome.InvariantViolated, result.Outcome);
        Assert.Equal(("Small", 1, "Main", "Jump"), (result.Failure!.Invariant, result.Failure.Step, result.Failure.Thread, result.Failure.Action));
        Assert.Equal(["x"], result.Failure.ChangedVariables.ToArray());
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_an_evaluation_error()
    {
        // TLC cannot compare the string "one" with the integer x + 1: an evaluation error, not FALSE.
        var badStep = Validate(null, State(0, "Init", 0), new TraceStep(1, "Main", "Inc", [], [new NamedValue("x", StringValue.Of("one"))]));
        Assert.Equal(ValidationOutcome.EvaluationError, badStep.Outcome);
        Assert.Equal(75, badStep.ExitCode);
        Assert.Equal(1, badStep.Failure!.Step);

        var badInitial = Validate(null, new TraceStep(0, null, "Init", [], [new NamedValue("x", StringValue.Of("zero"))]));
        Assert.Equal(ValidationOutcome.EvaluationError, badInitial.Outcome);
        Assert.Equal(0, badInitial.Failure!.Step);
    }

    [Fact]
    public void Traces_with_equal_constants_share_one_model()
    {
        var (first, _) = Counter.Value.Bind(new Dictionary<string, Value> { ["Max"] = IntValue.Of(5) });
        var (second, _) = Counter.Value.Bind(new Dictionary<string, Value> { ["Max"] = IntValue.Of(5) });
        var (other, _) = Counter.Value.Bind(new Dictionary<string, Value> { ["Max"] = IntValue.Of(6) });
        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.NotSame(first, other);
    }

    [Fact]
    public void Traces_validate_in_parallel_against_one_spec()
    {
        var traces = ModelTraces.Load("safe_rwlock_io");
        var walks = Enumerable.Range(1, 16).Select(seed => traces.RandomWalk(seed)).ToArray();
        var results = new ValidationResult[walks.Length];
        Parallel.For(0, walks.Length, i => results[i] = TraceValidator.Validate(ModelTraces.BlockLayer, walks[i], traces.Options));
        Assert.All(results, r => Assert.True(r.Succeeded, ValidationReport.Format(r)));
    }

    [Fact]
    public void A_session_validates_step_by_step_and_stops_at_the_first_failure()
    {
        var (session, refused) = ValidationSession.Start(Counter.Value, MaxTwo, Options);
        Assert.Null(refused);
        Assert.Null(session!.Initial(State(0, "Init", 0)));
        Assert.Null(session.Step(State(1, "Inc", 1)));
        var failure = session.Step(State(2, "Inc", 3));
        Assert.Equal(ValidationOutcome.StepNotAllowed, failure!.Outcome);
        Assert.Equal(2, failure.Step);
        Assert.Equal("x' = x + 1", failure.Explanation[0].Text);
        Assert.Equal("left side = 3, right side = 2", failure.Explanation[0].Note);
        Assert.Equal(1, session.Result.StepsChecked);
        Assert.Equal(ValidationOutcome.StepNotAllowed, session.Result.Outcome);
        Assert.Throws<InvalidOperationException>(() => session.Step(State(3, "Inc", 2)));

        var (_, missing) = ValidationSession.Start(Counter.Value, new Dictionary<string, Value>(), Options);
        Assert.Equal(ValidationOutcome.MalformedTrace, missing!.Outcome);
    }
}
