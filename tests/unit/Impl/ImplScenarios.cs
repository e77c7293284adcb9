using System.Text;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Impl.Simulation;
using GraphSpec.Impl.Tracing;
using Xunit;

namespace GraphSpec.UnitTests.Impl;

/// <summary>The stored scenarios (scenarios/*.json) and helpers to run them with or without a trace.</summary>
internal static class ImplScenarios
{
    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "scenarios");

    public static string PathOf(string name) => Path.Combine(Folder, name + ".json");

    public static Scenario Load(string name)
    {
        var path = PathOf(name);
        var (scenario, errors) = ScenarioJson.Parse(File.ReadAllText(path), path);
        Assert.True(scenario is not null, string.Join("\n", errors));
        return scenario!;
    }

    /// <summary>The mutants a stored scenario says it exposes.</summary>
    public static MutantSet MutantsOf(Scenario scenario) =>
        MutantSet.Of(scenario.Exposes.Select(id => MutantSet.Parse(id) ?? throw new InvalidOperationException(id)));

    public static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    /// <summary>Runs and returns the result and the whole trace text.</summary>
    public static (RunResult Result, string Trace) RunTraced(Scenario scenario, MutantSet mutants, RunOptions options)
    {
        var text = new StringBuilder();
        using var writer = new StringWriter(text) { NewLine = "\n" };
        var result = Simulator.Run(scenario, mutants, options, new TraceWriter(writer));
        writer.Flush();
        return (result, text.ToString());
    }
}
