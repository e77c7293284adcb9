using GraphSpec.Oracle.Checking.Liveness;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.UnitTests.Evaluation;
using Xunit;

namespace GraphSpec.UnitTests.Liveness;

/// <summary>Loads a spec text, builds its state graph and checks PROPERTY definitions on it.</summary>
internal sealed record LivenessHarness(ResolvedSpec Spec, ModelContext Model, LivenessProblem Problem, StateGraph Graph)
{
    public static LivenessHarness Load(string module, string specification, params string[] properties)
    {
        var spec = TestSpecs.Load(module);
        var model = TestSpecs.Model(spec);
        var result = LivenessProblem.Create(model, Definition(spec, specification), Definitions(spec, properties));
        Assert.True(result.Problem is not null, string.Join("\n", result.Diagnostics));
        var problem = result.Problem!;
        Assert.NotNull(problem.Init);
        Assert.NotNull(problem.Next);
        return new LivenessHarness(spec, model, problem, GraphExplorer.Explore(model, problem.Init!, problem.Next!));
    }

    public static LivenessResult Check(string module, string specification, params string[] properties)
    {
        var harness = Load(module, specification, properties);
        var result = harness.Check();
        harness.AssertValidCounterexample(result);
        return result;
    }

    public LivenessResult Check() => LivenessChecker.Check(Graph, Problem, CancellationToken.None);

    public static OperatorDefinition Definition(ResolvedSpec spec, string name)
    {
        Assert.True(spec.TryGetDefinition(name, out var definition), name);
        return definition;
    }

    public static List<OperatorDefinition> Definitions(ResolvedSpec spec, string[] names) => names.Select(n => Definition(spec, n)).ToList();

    /// <summary>The value of variable <paramref name="name"/> in each state of the counterexample.</summary>
    public List<string> Values(Counterexample trace, string name)
    {
        var index = Spec.Variables.Select(v => v.Name).ToList().IndexOf(name);
        return trace.States.Select(s => Graph.GetState(s.StateIndex)[index].ToString()).ToList();
    }

    /// <summary>
    /// A counterexample must be a behaviour of the graph: it starts in an initial state, each
    /// state is reached from the previous one by an edge carrying the step's label, and a lasso
    /// closes by such an edge.
    /// </summary>
    public void AssertValidCounterexample(LivenessResult result)
    {
        if (result.Counterexample is not { } trace)
        {
            return;
        }

        Assert.NotEmpty(trace.States);
        Assert.True(Graph.IsInitial(trace.States[0].StateIndex));
        Assert.Equal(ActionLabel.InitialPredicate, trace.States[0].Action);
        for (var i = 1; i < trace.States.Length; i++)
        {
            AssertEdge(trace.States[i - 1].StateIndex, trace.States[i].StateIndex, trace.States[i].Action);
        }

        if (trace.End == TraceEndKind.BackToState)
        {
            Assert.InRange(trace.BackToState, 1, trace.States.Length);
            AssertEdge(trace.States[^1].StateIndex, trace.States[trace.BackToState - 1].StateIndex, trace.ClosingAction!);
        }
    }

    private void AssertEdge(int from, int to, ActionLabel label)
    {
        foreach (var edge in Graph.GetEdges(from))
        {
            if (edge.To == to && edge.Label.Equals(label))
            {
                return;
            }
        }

        Assert.Fail($"No edge {from} -> {to} labelled {label} in the graph.");
    }

    public static Value Int(long n) => IntValue.Of(n);
}
