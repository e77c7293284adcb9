namespace GraphSpec.Impl.Scenarios;

/// <summary>Random scenarios of every protocol and era: <see cref="ScenarioGenerator"/> with the default profile.</summary>
public static class RandomScenarios
{
    public static Scenario Generate(ulong seed, int ops = 8) => ScenarioGenerator.Generate(seed, GenerationProfile.Default, ops);
}
