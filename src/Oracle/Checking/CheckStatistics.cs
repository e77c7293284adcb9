namespace GraphSpec.Oracle.Checking;

/// <summary>
/// TLC's statistics line: states generated (every initial state and every successor computed,
/// duplicates included), distinct states found, states left on the queue, and the depth (number of
/// BFS levels, the initial states being level 1).
/// </summary>
public sealed record CheckStatistics(long Generated, long Distinct, long LeftOnQueue, int Depth)
{
    public static readonly CheckStatistics Empty = new(0, 0, 0, 0);
}
