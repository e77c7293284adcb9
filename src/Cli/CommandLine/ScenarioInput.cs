using GraphSpec.Impl.Scenarios;

namespace GraphSpec.Cli.CommandLine;

/// <summary>Reads a scenario file for a command: the scenario, or every problem printed (<c>file:line:col</c>) and an exit code.</summary>
internal static class ScenarioInput
{
    /// <summary>The scenario, or null after printing why (the exit code is then <see cref="ExitCodes.Usage"/>).</summary>
    public static Scenario? Load(string path, string command, CliOutput output)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.UsageError($"{command}: cannot read '{path}': {e.Message}");
            return null;
        }

        var (scenario, errors) = ScenarioJson.Parse(text, path);
        foreach (var error in errors)
        {
            output.Error.WriteLine(error.ToString());
        }

        return scenario;
    }
}
