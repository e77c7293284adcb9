namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>One successor edge of the state graph: <see cref="From"/> → <see cref="To"/> by <see cref="Label"/>.</summary>
public readonly record struct StateEdge(int From, int To, ActionLabel Label);
