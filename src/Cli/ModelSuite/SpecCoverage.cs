namespace GraphSpec.Cli.ModelSuite;

/// <summary>The actions of one spec's models and the models of that spec that expect <c>ok</c>.</summary>
internal sealed record SpecCoverage(string SpecPath, IReadOnlyList<string> OkModels, IReadOnlyList<SuiteActionCoverage> Actions);
