using GraphSpec.Oracle.Checking.Liveness;
using GraphSpec.Oracle.Tla.Values;
using Xunit;

namespace GraphSpec.UnitTests.Liveness;

public class SccFinderTests
{
    private static readonly ActionLabel Step = new("Step", [], default);

    private static StateGraph Graph(int states, params (int From, int To)[] edges)
    {
        var graph = new StateGraph();
        for (var i = 0; i < states; i++)
        {
            graph.AddState([IntValue.Of(i)], i, i == 0);
        }

        foreach (var (from, to) in edges)
        {
            graph.AddEdge(from, to, Step);
        }

        return graph;
    }

    private static List<string> Components(StateGraph graph, IReadOnlyList<int> states)
    {
        var finder = new SccFinder(graph.Snapshot(), CancellationToken.None);
        return finder.Find(states).Select(c => string.Join(",", c.Order())).Order().ToList();
    }

    [Fact]
    public void Finds_cycles_and_single_states()
    {
        // 0 -> 1 -> 2 -> 0 is a cycle; 2 -> 3 -> 4 -> 3 another; 5 is alone with a self-loop.
        var graph = Graph(6, (0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 3), (5, 5));
        Assert.Equal(["0,1,2", "3,4", "5"], Components(graph, [0, 1, 2, 3, 4, 5]));
    }

    [Fact]
    public void Only_edges_inside_the_given_states_count()
    {
        var graph = Graph(4, (0, 1), (1, 2), (2, 0), (1, 3), (3, 1));
        Assert.Equal(["0,1,2,3"], Components(graph, [0, 1, 2, 3]));
        Assert.Equal(["0", "1,3"], Components(graph, [0, 1, 3]));
        Assert.Equal(["0", "2"], Components(graph, [0, 2]));
    }

    [Fact]
    public void A_long_cycle_does_not_overflow_the_stack()
    {
        const int n = 300_000;
        var edges = new (int, int)[n];
        for (var i = 0; i < n; i++)
        {
            edges[i] = (i, (i + 1) % n);
        }

        var graph = Graph(n, edges);
        var finder = new SccFinder(graph.Snapshot(), CancellationToken.None);
        var components = finder.Find(Enumerable.Range(0, n).ToList());
        Assert.Single(components);
        Assert.Equal(n, components[0].Length);
    }
}
