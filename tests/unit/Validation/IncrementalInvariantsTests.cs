using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;
using GraphSpec.Oracle.Validation;
using Xunit;

namespace GraphSpec.UnitTests.Validation;

/// <summary>
/// The incremental invariant check re-evaluates only the conjuncts that read a changed variable,
/// and must agree with the full evaluation of the invariants in every state.
/// </summary>
public class IncrementalInvariantsTests
{
    private const string Module = """
        ---- MODULE Incr ----
        EXTENDS Naturals
        VARIABLES x, y
        Init == x = 0 /\ y = 0
        Next == x' \in 0..6 /\ y' \in 0..6
        Sum == x + y < 9
        Bounds == /\ x < 6
                  /\ y < 6
                  /\ Sum
        \* An error (not FALSE) when x = 3: the record has no field b.
        Picky == x = 3 => [a |-> 1].b = 1
        Always == ENABLED (x' = x /\ y' = 0)
        ====
        """;

    private static readonly Lazy<ResolvedSpec> Spec = new(() =>
    {
        var loaded = SpecLoader.LoadText(Module, "Incr.tla", _ => null);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return loaded.Spec!;
    });

    private static OperatorDefinition Definition(string name)
    {
        Assert.True(Spec.Value.TryGetDefinition(name, out var definition));
        return definition;
    }

    private static Value[] State(long x, long y) => [IntValue.Of(x), IntValue.Of(y)];

    private static (IncrementalInvariants Check, Evaluator Evaluator) Create(params string[] invariants)
    {
        var evaluator = ModelContext.CreateWithoutConstants(Spec.Value).CreateEvaluator();
        return (new IncrementalInvariants(evaluator, invariants.Select(Definition)), evaluator);
    }

    [Fact]
    public void Conjuncts_are_split_through_zero_arity_definitions()
    {
        var (check, _) = Create("Bounds", "Picky");
        Assert.Equal(4, check.ConjunctCount); // x < 6, y < 6, x + y < 9 (inside Sum), Picky
    }

    [Fact]
    public void Only_conjuncts_that_read_a_changed_variable_are_evaluated_again()
    {
        var (check, _) = Create("Bounds");
        Assert.True(check.AllHold(State(0, 0)));
        Assert.Equal(3, check.Evaluations); // the first state: everything

        Assert.True(check.AllHold(State(1, 0)));
        Assert.Equal(5, check.Evaluations); // x changed: x < 6 and Sum

        Assert.True(check.AllHold(State(1, 0)));
        Assert.Equal(5, check.Evaluations); // nothing changed

        Assert.True(check.AllHold(State(1, 2)));
        Assert.Equal(7, check.Evaluations); // y changed: y < 6 and Sum

        Assert.False(check.AllHold(State(1, 6))); // y < 6 is false
        Assert.True(check.AllHold(State(1, 2)));
        Assert.Equal(11, check.Evaluations); // after a failure everything is evaluated again
    }

    [Fact]
    public void A_conjunct_with_ENABLED_is_evaluated_whenever_the_state_changes()
    {
        var (check, _) = Create("Always");
        Assert.True(check.AllHold(State(0, 0)));
        Assert.True(check.AllHold(State(0, 1))); // only y changed, which Always does not name
        Assert.Equal(2, check.Evaluations);
    }

    [Fact]
    public void Agrees_with_the_full_evaluation_on_a_random_walk_with_violations_and_errors()
    {
        string[] names = ["Bounds", "Picky", "Always"];
        var (check, evaluator) = Create(names);
        var random = new Random(7);
        var disagreements = new List<string>();
        var (failures, successes) = (0, 0);
        for (var i = 0; i < 2000; i++)
        {
            // Mostly small moves of one variable, as trace steps are; sometimes a jump.
            var state = random.Next(4) == 0
                ? State(random.Next(7), random.Next(7))
                : State(random.Next(4), random.Next(5));
            var full = names.All(name => evaluator.Evaluate(Definition(name), state).IsTrue);
            var incremental = check.AllHold(state);
            (failures, successes) = full ? (failures, successes + 1) : (failures + 1, successes);
            if (full != incremental)
            {
                disagreements.Add($"{state[0]}, {state[1]}: full {full}, incremental {incremental}");
            }
        }

        Assert.Empty(disagreements);
        Assert.True(failures > 100 && successes > 100, $"{failures} failures, {successes} successes");
        Assert.True(check.Evaluations < 2000L * check.ConjunctCount, "some conjuncts were skipped");
    }

    [Fact]
    public void A_trace_that_breaks_an_invariant_late_is_reported_like_a_full_check()
    {
        var spec = SpecInstance.FromResolved(Spec.Value, file => file == "Incr.tla" ? Module : null);
        TraceStep Step(int index, long x, long y) =>
            new(index, index == 0 ? null : "Main", index == 0 ? "Init" : "Next", [], [new NamedValue("x", IntValue.Of(x)), new NamedValue("y", IntValue.Of(y))]);

        var options = new ValidationOptions { Invariants = ["Bounds", "Picky"], ReuseVerifiedResults = false };
        var violated = TraceValidator.Validate(spec, new Dictionary<string, Value>(), [Step(0, 0, 0), Step(1, 1, 0), Step(2, 1, 5), Step(3, 4, 5)], null, options);
        Assert.Equal(ValidationOutcome.InvariantViolated, violated.Outcome);
        Assert.Equal(("Bounds", 3), (violated.Failure!.Invariant, violated.Failure.Step));

        var error = TraceValidator.Validate(spec, new Dictionary<string, Value>(), [Step(0, 0, 0), Step(1, 1, 0), Step(2, 3, 0)], null, options);
        Assert.Equal(ValidationOutcome.EvaluationError, error.Outcome);
        Assert.Equal(("Picky", 2), (error.Failure!.Invariant, error.Failure.Step));
    }
}
