namespace GraphSpec.Oracle.Checking;

/// <summary>
/// What the checker keeps per distinct state: its fingerprint and its BFS parent (-1 for an
/// initial state), by dense index. Counterexamples are rebuilt from this path by evaluating the
/// actions again, as TLC does, so states themselves are not kept (12 bytes a state).
/// </summary>
internal sealed class StateStore
{
    private long[] fingerprints = new long[1024];
    private int[] parents = new int[1024];

    public int Count { get; private set; }

    public int Add(long fingerprint, int parent)
    {
        if (Count == fingerprints.Length)
        {
            Array.Resize(ref fingerprints, Count * 2);
            Array.Resize(ref parents, Count * 2);
        }

        fingerprints[Count] = fingerprint;
        parents[Count] = parent;
        return Count++;
    }

    public long Fingerprint(int index) => fingerprints[index];

    public int Parent(int index) => parents[index];

    /// <summary>The fingerprints from an initial state down to <paramref name="index"/>.</summary>
    public List<long> PathTo(int index)
    {
        var path = new List<long>();
        for (var i = index; i >= 0; i = parents[i])
        {
            path.Add(fingerprints[i]);
        }

        path.Reverse();
        return path;
    }
}
