namespace GraphSpec.Impl.Scenarios;

/// <summary>A problem in a scenario file: where (1-based line and column) and what.</summary>
public sealed record ScenarioError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
