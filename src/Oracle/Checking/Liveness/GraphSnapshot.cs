using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>An immutable view of a <see cref="StateGraph"/>: states and edges grouped by source.</summary>
internal sealed class GraphSnapshot(Value[][] states, int[] initialStates, int[] firstEdge, StateEdge[] edges)
{
    public int StateCount => states.Length;

    public int EdgeCount => edges.Length;

    public ReadOnlySpan<int> InitialStates => initialStates;

    public Value[] State(int index) => states[index];

    /// <summary>Position of the first edge of <paramref name="state"/> in the global edge numbering.</summary>
    public int FirstEdge(int state) => firstEdge[state];

    public int EndEdge(int state) => firstEdge[state + 1];

    public ref readonly StateEdge Edge(int edgeIndex) => ref edges[edgeIndex];
}
