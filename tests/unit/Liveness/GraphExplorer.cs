using GraphSpec.Oracle.Checking.Liveness;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;
using Xunit;

namespace GraphSpec.UnitTests.Liveness;

/// <summary>
/// Test-only breadth-first exploration filling a <see cref="StateGraph"/> the way the model checker
/// does (states in BFS order, every generated edge in generation order). Stands in for the
/// checker's search until it records the graph itself.
/// </summary>
internal sealed class GraphExplorer : IStateSink
{
    private readonly Dictionary<StateKey, int> indices = [];
    private readonly StateGraph graph = new();
    private readonly Queue<int> queue = new();
    private int source = -1;

    public static StateGraph Explore(ModelContext model, OperatorDefinition init, OperatorDefinition next)
    {
        var evaluator = model.CreateEvaluator();
        var explorer = new GraphExplorer();
        Assert.Null(evaluator.EnumerateInitialStates(init, explorer));
        while (explorer.queue.Count > 0)
        {
            explorer.source = explorer.queue.Dequeue();
            Assert.Null(evaluator.EnumerateSuccessors(next, explorer.graph.GetState(explorer.source), explorer));
        }

        return explorer.graph;
    }

    public bool OnState(Value[] state, in ActionInfo action)
    {
        var key = new StateKey(state);
        var isInitial = source < 0;
        if (!indices.TryGetValue(key, out var index))
        {
            // The test graph keys states by value; its own numbering serves as the fingerprint.
            index = graph.AddState(state, indices.Count, isInitial);
            indices.Add(key, index);
            queue.Enqueue(index);
        }
        else if (isInitial)
        {
            graph.AddState(state, index, isInitial: true);
        }

        if (!isInitial)
        {
            graph.AddEdge(source, index, ActionLabel.FromActionInfo(action));
        }

        return true;
    }

    private readonly struct StateKey(Value[] values) : IEquatable<StateKey>
    {
        private readonly Value[] values = values;

        public bool Equals(StateKey other) => values.AsSpan().SequenceEqual(other.values);

        public override bool Equals(object? obj) => obj is StateKey k && Equals(k);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var v in values)
            {
                hash.Add(v);
            }

            return hash.ToHashCode();
        }
    }
}
