using System.Globalization;
using GraphSpec.Cli.Checking;
using GraphSpec.Cli.CommandLine;

namespace GraphSpec.Cli.ModelSuite;

/// <summary>
/// The command line of <c>graphspec check</c> without a SPEC: the model folder, a name filter,
/// workers per model, and the output switches. Options that only make sense for one model are
/// refused rather than silently ignored.
/// </summary>
internal sealed record SuiteArguments(string ModelsFolder, string? Filter, int Workers, bool Json, bool Coverage)
{
    /// <summary>Which checker runs each model (<c>--engine</c>, <c>--tlc-jar</c>, <c>--timeout</c>).</summary>
    public EngineSettings Engine { get; init; } = EngineSettings.Default;

    /// <summary>The default model folder, relative to the current directory.</summary>
    public const string DefaultModelsFolder = "spec/tla/models";

    private static readonly string[] SingleModelOptions = ["config", "dump-trace", "max-states"];

    public static (SuiteArguments? Arguments, string? Error) Parse(ArgumentList arguments)
    {
        foreach (var option in SingleModelOptions)
        {
            if (arguments.Value(option) is not null)
            {
                return (null, $"--{option} applies to one model (graphspec check SPEC.tla ...), not to the model suite");
            }
        }

        if (arguments.HasFlag("no-deadlock"))
        {
            return (null, "--no-deadlock applies to one model (graphspec check SPEC.tla ...), not to the model suite");
        }

        var workersText = arguments.Value("workers");
        var positionals = arguments.Positionals;
        for (var i = 0; i < positionals.Length; i++)
        {
            // TLC's spelling -workers N is accepted here as in the single-model form.
            if (positionals[i] == "-workers" && i + 1 < positionals.Length && workersText is null)
            {
                workersText = positionals[++i];
                continue;
            }

            return (null, $"unexpected argument '{positionals[i]}' (the model suite takes no SPEC; -config and -deadlock apply to one model)");
        }

        var workers = Environment.ProcessorCount;
        if (workersText is not null && (!int.TryParse(workersText, NumberStyles.None, CultureInfo.InvariantCulture, out workers) || workers < 1))
        {
            return (null, $"--workers takes a positive number, not '{workersText}'");
        }

        var (engine, engineError) = EngineSettings.Parse(arguments);
        if (engine is null)
        {
            return (null, engineError);
        }

        if (engine.Engine == CheckEngine.Tlc && arguments.HasFlag("coverage"))
        {
            return (null, "--coverage needs the embedded checker (--engine embedded or both)");
        }

        var filter = arguments.Value("filter");
        return (new SuiteArguments(arguments.Value("models") ?? DefaultModelsFolder, filter, workers, arguments.HasFlag("json"), arguments.HasFlag("coverage")) { Engine = engine }, null);
    }

    /// <summary>True when the command line names no spec, i.e. asks for the model suite.</summary>
    public static bool IsSuite(ArgumentList arguments)
    {
        var positionals = arguments.Positionals;
        return positionals.Length == 0 || (positionals.Length == 2 && positionals[0] == "-workers");
    }
}
