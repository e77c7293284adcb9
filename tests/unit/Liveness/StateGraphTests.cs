using GraphSpec.Oracle.Checking.Liveness;
using GraphSpec.Oracle.Tla.Values;
using Xunit;

namespace GraphSpec.UnitTests.Liveness;

public class StateGraphTests
{
    private static readonly ActionLabel Step = new("Step", [], default);

    private static Value[] State(int x) => [IntValue.Of(x)];

    [Fact]
    public void States_get_dense_indices_and_a_known_fingerprint_returns_its_index()
    {
        var graph = new StateGraph();
        Assert.Equal(0, graph.AddState(State(5), 50, isInitial: true));
        Assert.Equal(1, graph.AddState(State(6), 60, isInitial: false));
        Assert.Equal(0, graph.AddState(State(5), 50, isInitial: false));
        Assert.Equal(2, graph.StateCount);
        Assert.True(graph.TryGetIndex(60, out var index));
        Assert.Equal(1, index);
        Assert.False(graph.TryGetIndex(70, out _));
        Assert.Equal([0], graph.InitialStates);
        Assert.Equal(IntValue.Of(6), graph.GetState(1)[0]);
    }

    [Fact]
    public void A_state_seen_again_as_initial_becomes_initial()
    {
        var graph = new StateGraph();
        graph.AddState(State(1), 1, isInitial: false);
        graph.AddState(State(1), 1, isInitial: true);
        Assert.True(graph.IsInitial(0));
        Assert.Equal([0], graph.InitialStates);
    }

    [Fact]
    public void Edges_are_listed_per_source_in_insertion_order_also_after_later_additions()
    {
        var graph = new StateGraph();
        for (var i = 0; i < 3; i++)
        {
            graph.AddState(State(i), i, i == 0);
        }

        var other = new ActionLabel("Other", [IntValue.Of(1)], default);
        graph.AddEdge(0, 2, Step);
        graph.AddEdge(1, 0, Step);
        graph.AddEdge(0, 1, other);
        Assert.Equal([2, 1], graph.GetEdges(0).ToArray().Select(e => e.To));
        Assert.Equal("Other", graph.GetEdges(0)[1].Label.Name);

        graph.AddEdge(0, 0, Step);
        Assert.Equal([2, 1, 0], graph.GetEdges(0).ToArray().Select(e => e.To));
        Assert.Empty(graph.GetEdges(2).ToArray());
        Assert.Equal(4, graph.EdgeCount);
    }

    [Fact]
    public void Labels_with_equal_arguments_are_equal()
    {
        var a = new ActionLabel("Enter", [IntValue.Of(1)], default);
        var b = new ActionLabel("Enter", [IntValue.Of(1)], default);
        var c = new ActionLabel("Enter", [IntValue.Of(2)], default);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal("Enter(1)", a.ToString());
    }

    [Fact]
    public void Concurrent_additions_are_all_recorded()
    {
        var graph = new StateGraph();
        for (var i = 0; i < 100; i++)
        {
            graph.AddState(State(i), i, i == 0);
        }

        Parallel.For(0, 8, worker =>
        {
            for (var i = 0; i < 1000; i++)
            {
                graph.AddEdge(i % 100, (i + worker) % 100, Step);
            }
        });
        Assert.Equal(8000, graph.EdgeCount);
        var total = 0;
        for (var s = 0; s < 100; s++)
        {
            total += graph.GetEdges(s).Length;
        }

        Assert.Equal(8000, total);
    }

    [Fact]
    public void Edges_added_in_a_batch_keep_their_order()
    {
        var graph = new StateGraph();
        graph.AddState(State(0), 0, true);
        graph.AddState(State(1), 1, false);
        graph.AddEdges([new StateEdge(0, 1, Step), new StateEdge(1, 0, Step), new StateEdge(0, 0, Step)]);
        Assert.Equal([1, 0], graph.GetEdges(0).ToArray().Select(e => e.To));
        Assert.Equal([0], graph.GetEdges(1).ToArray().Select(e => e.To));
    }

    [Fact]
    public void An_edge_to_an_unknown_state_is_rejected()
    {
        var graph = new StateGraph();
        graph.AddState(State(0), 0, true);
        Assert.Throws<ArgumentOutOfRangeException>(() => graph.AddEdge(0, 1, Step));
    }
}
