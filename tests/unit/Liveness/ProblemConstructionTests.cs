using GraphSpec.Oracle.Checking.Liveness;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.UnitTests.Evaluation;
using Xunit;

namespace GraphSpec.UnitTests.Liveness;

/// <summary>Reading SPECIFICATION and PROPERTY formulas: shapes, and diagnostics for what is not supported.</summary>
public class ProblemConstructionTests
{
    private const string Module = """
        ---- MODULE Spec ----
        EXTENDS Naturals
        VARIABLE x
        Init == x = 0
        Next == x < 2 /\ x' = x + 1
        Spec == Init /\ [][Next]_x /\ WF_x(Next)
        InlineNext == Init /\ [][x' = x + 1]_x
        Live == []<>(x = 2) /\ <>[](x = 2) /\ <>(x = 2) /\ (x = 0 ~> x = 2)
        Safe == (x = 0) /\ [](x < 5) /\ [][x' >= x]_x
        Infinite == \A k \in {1, 2} : []<>(x = k) \/ <>[](x = 0)
        Nested == <>(x = 1 /\ <>(x = 2))
        Implication == []<>(x = 1) => []<>(x = 2)
        Param(k) == <>(x = k)
        Wrong == <>(x = "two")
        ====
        """;

    private static LivenessProblemResult Create(string specification, params string[] properties)
    {
        var spec = TestSpecs.Load(Module);
        var model = TestSpecs.Model(spec);
        return LivenessProblem.Create(model, LivenessHarness.Definition(spec, specification), LivenessHarness.Definitions(spec, properties));
    }

    [Fact]
    public void Specification_parts_are_found()
    {
        var problem = Create("Spec").Problem!;
        Assert.Equal("Init", problem.Init!.Name);
        Assert.Equal("Next", problem.Next!.Name);
        Assert.Equal(FairnessKind.Weak, Assert.Single(problem.Fairness).Kind);
        Assert.Empty(problem.Properties);
        Assert.False(problem.NeedsStateGraph);
    }

    [Fact]
    public void An_inline_next_state_action_has_no_next_definition()
    {
        var problem = Create("InlineNext").Problem!;
        Assert.Equal("Init", problem.Init!.Name);
        Assert.Null(problem.Next);
        Assert.Empty(problem.Fairness);
    }

    [Fact]
    public void Conjuncts_of_a_property_become_obligations_in_order()
    {
        var problem = Create("Spec", "Live", "Safe").Problem!;
        Assert.True(problem.NeedsStateGraph);
        Assert.Equal(
            [PropertyObligationKind.InfinitelyOften, PropertyObligationKind.InfinitelyOften, PropertyObligationKind.Eventually, PropertyObligationKind.LeadsTo],
            problem.Properties[0].Obligations.Select(o => o.Kind));
        Assert.Equal(
            [PropertyObligationKind.InitialPredicate, PropertyObligationKind.Invariant, PropertyObligationKind.ActionProperty],
            problem.Properties[1].Obligations.Select(o => o.Kind));
        Assert.Equal(["Live", "Safe"], problem.Properties.Select(p => p.Name));
    }

    [Fact]
    public void A_quantified_disjunction_gives_one_obligation_per_value()
    {
        var obligations = Create("Spec", "Infinite").Problem!.Properties[0].Obligations;
        Assert.Equal(2, obligations.Length);
        Assert.All(obligations, o => Assert.Equal(PropertyObligationKind.InfinitelyOften, o.Kind));
        Assert.Equal(["1", "2"], obligations.Select(o => o.Bindings));
    }

    [Theory]
    [InlineData("Nested", "<> applied to this formula")]
    [InlineData("Implication", "this temporal property")]
    public void Unsupported_formulas_are_diagnostics_with_a_position(string property, string expected)
    {
        var result = Create("Spec", property);
        Assert.Null(result.Problem);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.False(diagnostic.Span.IsNone);
    }

    [Fact]
    public void A_property_with_parameters_is_a_config_diagnostic()
    {
        var result = Create("Spec", "Param");
        Assert.Null(result.Problem);
        Assert.Equal(DiagnosticKind.Config, Assert.Single(result.Diagnostics).Kind);
    }

    [Fact]
    public void An_evaluation_error_in_a_property_is_reported_with_the_property_name()
    {
        var spec = TestSpecs.Load(Module);
        var model = TestSpecs.Model(spec);
        var problem = LivenessProblem.Create(model, LivenessHarness.Definition(spec, "Spec"), [LivenessHarness.Definition(spec, "Wrong")]).Problem!;
        var graph = GraphExplorer.Explore(model, problem.Init!, problem.Next!);
        var result = LivenessChecker.Check(graph, problem);
        Assert.Equal(LivenessOutcome.EvaluationError, result.Outcome);
        Assert.Equal("Wrong", result.ViolatedProperty);
        Assert.NotNull(result.Error);
        Assert.False(result.Error!.Span.IsNone);
    }
}
