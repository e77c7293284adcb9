using System.Text.Json;
using GraphSpec.Oracle.Checking.Liveness;
using GraphSpec.Oracle.Tla.Config;
using Xunit;

namespace GraphSpec.UnitTests.Liveness;

/// <summary>
/// Every conformance case whose cfg has a PROPERTY: the outcome, the violated property and the kind
/// of trace end must be TLC's. Lasso lengths may differ (TLC's lasso depends on its fingerprint
/// polynomial); finite traces of []P and [][A]_v are shortest in BFS order, as TLC's are.
/// </summary>
public class ConformanceLivenessTests
{
    public static TheoryData<string> PropertyCases() => new(PropertyCaseNames());

    private static List<string> PropertyCaseNames()
    {
        var cases = new List<string>();
        foreach (var name in TestPaths.CaseNames())
        {
            var cfg = Path.Combine(TestPaths.CaseFolder(name), "Spec.cfg");
            if (File.Exists(cfg) && File.ReadAllText(cfg).Contains("PROPERT", StringComparison.Ordinal))
            {
                cases.Add(name);
            }
        }

        return cases;
    }

    [Fact]
    public void The_liveness_cases_are_found()
    {
        var cases = PropertyCaseNames();
        Assert.Contains("033_liveness_wf_sort_ok", cases);
        Assert.Contains("035_liveness_wf_starvation", cases);
        Assert.Contains("036_liveness_sf_ok", cases);
        Assert.Contains("037_liveness_stutter_violated", cases);
        Assert.Contains("039_peterson_liveness", cases);
    }

    [Theory]
    [MemberData(nameof(PropertyCases))]
    public void Outcome_and_violated_property_match_TLC(string caseName)
    {
        var (harness, expected) = Load(caseName);
        var result = harness.Check();
        harness.AssertValidCounterexample(result);

        Assert.Equal(expected.Outcome, OutcomeName(result.Outcome));
        Assert.Equal(expected.Violated, result.ViolatedProperty);
        Assert.Equal(expected.TraceEnd, EndName(result.Counterexample));
        if (expected.Outcome == "ok")
        {
            Assert.Equal(expected.DistinctStates, harness.Graph.StateCount);
        }
        else if (result.Counterexample!.End == TraceEndKind.None)
        {
            Assert.Equal(expected.TraceLength, result.Counterexample.States.Length);
        }
    }

    [Fact]
    public void Starvation_lasso_keeps_one_process_waiting_around_its_cycle()
    {
        var (harness, _) = Load("035_liveness_wf_starvation");
        var trace = harness.Check().Counterexample!;
        Assert.Equal(TraceEndKind.BackToState, trace.End);
        var pcs = harness.Values(trace, "pc"); // pc is a function on {1, 2}, printed as a pair
        var cycle = pcs.Skip(trace.BackToState - 1).ToList();
        Assert.True(
            cycle.All(pc => pc.StartsWith("<<\"waiting\",", StringComparison.Ordinal))
            || cycle.All(pc => pc.EndsWith(", \"waiting\">>", StringComparison.Ordinal)),
            string.Join(" | ", pcs));
    }

    [Fact]
    public void Stutter_counterexample_never_reaches_the_goal()
    {
        var (harness, _) = Load("037_liveness_stutter_violated");
        var trace = harness.Check().Counterexample!;
        Assert.Equal(TraceEndKind.Stuttering, trace.End);
        Assert.DoesNotContain("10", harness.Values(trace, "x"));
    }

    private static (LivenessHarness Harness, Expected Expected) Load(string caseName)
    {
        var folder = TestPaths.CaseFolder(caseName);
        var bind = ModelLoader.LoadFiles(Path.Combine(folder, "Spec.tla"), Path.Combine(folder, "Spec.cfg"));
        Assert.True(bind.Model is not null, string.Join("\n", bind.Diagnostics));
        var bound = bind.Model!;
        var modelResult = bound.CreateModelContext();
        Assert.True(modelResult.Model is not null, string.Join("\n", modelResult.Diagnostics));
        var model = modelResult.Model!;
        var problem = LivenessProblem.Create(bound, model);
        Assert.True(problem.Problem is not null, string.Join("\n", problem.Diagnostics));
        var init = bound.Init ?? problem.Problem!.Init;
        var next = bound.Next ?? problem.Problem!.Next;
        Assert.NotNull(init);
        Assert.NotNull(next);
        var graph = GraphExplorer.Explore(model, init!, next!);
        return (new LivenessHarness(bound.Spec, model, problem.Problem!, graph), ReadExpected(folder));
    }

    private static Expected ReadExpected(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        var root = json.RootElement;
        string? Text(string field) => root.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? Number(string field) => root.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        return new Expected(Text("outcome")!, Text("violated"), Text("trace_end"), Number("distinct_states"), Number("trace_length"));
    }

    private static string OutcomeName(LivenessOutcome outcome) => outcome switch
    {
        LivenessOutcome.Satisfied => "ok",
        LivenessOutcome.InvariantViolated => "invariant",
        LivenessOutcome.ActionPropertyViolated or LivenessOutcome.TemporalPropertyViolated or LivenessOutcome.InitialPredicateViolated => "property",
        LivenessOutcome.EvaluationError => "eval_error",
        _ => outcome.ToString(),
    };

    private static string? EndName(Counterexample? trace) => trace?.End switch
    {
        TraceEndKind.Stuttering => "stuttering",
        TraceEndKind.BackToState => "back_to_state_",
        _ => null,
    };

    private sealed record Expected(string Outcome, string? Violated, string? TraceEnd, int? DistinctStates, int? TraceLength)
    {
        public string? TraceEnd { get; } = TraceEnd is { } end && end.StartsWith("back_to_state_", StringComparison.Ordinal) ? "back_to_state_" : TraceEnd;
    }
}
