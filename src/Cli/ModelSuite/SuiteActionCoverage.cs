namespace GraphSpec.Cli.ModelSuite;

/// <summary>One action: where it is, and the successors it generated over the spec's <c>ok</c> models.</summary>
internal sealed record SuiteActionCoverage(string Name, string Module, string Location, long GeneratedInOkModels)
{
    public bool Fired => GeneratedInOkModels > 0;
}
