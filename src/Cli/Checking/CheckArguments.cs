using System.Globalization;
using GraphSpec.Cli.CommandLine;
using GraphSpec.Oracle.Checking.Traces;

namespace GraphSpec.Cli.Checking;

/// <summary>
/// The command line of <c>graphspec check</c>. Besides the <c>--</c> options it accepts TLC's
/// single-dash spellings <c>-config FILE</c>, <c>-workers N</c> and <c>-deadlock</c> (which the
/// generic parser leaves among the positionals), and <c>--dump-trace FORMAT FILE</c>.
/// </summary>
internal sealed record CheckArguments(
    string Spec,
    string Config,
    int Workers,
    bool NoDeadlock,
    bool Json,
    bool Coverage,
    long? MaxStates,
    TraceFileFormat? DumpFormat,
    string? DumpFile)
{
    /// <summary>Which checker runs, and TLC's jar and time limit (<c>--engine</c>, <c>--tlc-jar</c>, <c>--timeout</c>).</summary>
    public EngineSettings Engine { get; init; } = EngineSettings.Default;

    public static (CheckArguments? Arguments, string? Error) Parse(ArgumentList arguments)
    {
        var (engine, engineError) = EngineSettings.Parse(arguments);
        if (engine is null)
        {
            return (null, engineError);
        }

        if (engine.Engine != CheckEngine.Embedded && (arguments.Value("max-states") is not null || arguments.HasFlag("coverage")))
        {
            return (null, "--max-states and --coverage apply to the embedded checker only (--engine embedded)");
        }

        string? spec = null;
        var config = arguments.Value("config");
        var workersText = arguments.Value("workers");
        var noDeadlock = arguments.HasFlag("no-deadlock");
        var rest = new List<string>();
        var positionals = arguments.Positionals;
        for (var i = 0; i < positionals.Length; i++)
        {
            switch (positionals[i])
            {
                case "-config" when i + 1 < positionals.Length:
                    config = positionals[++i];
                    break;
                case "-workers" when i + 1 < positionals.Length:
                    workersText = positionals[++i];
                    break;
                case "-deadlock":
                    noDeadlock = true;
                    break;
                default:
                    rest.Add(positionals[i]);
                    break;
            }
        }

        TraceFileFormat? format = null;
        string? dumpFile = null;
        if (arguments.Value("dump-trace") is { } formatText)
        {
            format = formatText switch
            {
                "itf" => TraceFileFormat.Itf,
                "json" => TraceFileFormat.TlcJson,
                _ => null,
            };
            if (format is null)
            {
                return (null, $"--dump-trace takes itf or json, not '{formatText}'");
            }

            // The file follows the format: it is the positional that is not the spec.
            var fileIndex = rest.FindIndex(a => !a.EndsWith(".tla", StringComparison.Ordinal));
            if (fileIndex < 0)
            {
                return (null, "--dump-trace needs a FORMAT and a FILE");
            }

            dumpFile = rest[fileIndex];
            rest.RemoveAt(fileIndex);
        }

        if (rest.Count != 1)
        {
            return (null, rest.Count == 0 ? "expected a SPEC.tla" : $"unexpected argument '{rest[1]}'");
        }

        spec = rest[0];
        config ??= Path.ChangeExtension(spec, ".cfg");
        var workers = Environment.ProcessorCount;
        if (workersText is not null && (!int.TryParse(workersText, NumberStyles.None, CultureInfo.InvariantCulture, out workers) || workers < 1))
        {
            return (null, $"--workers takes a positive number, not '{workersText}'");
        }

        long? maxStates = null;
        if (arguments.Value("max-states") is { } maxText)
        {
            if (!long.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out var max) || max < 1)
            {
                return (null, $"--max-states takes a positive number, not '{maxText}'");
            }

            maxStates = max;
        }

        return (new CheckArguments(spec, config, workers, noDeadlock, arguments.HasFlag("json"), arguments.HasFlag("coverage"), maxStates, format, dumpFile) { Engine = engine }, null);
    }
}

/// <summary>The checkers <c>graphspec check</c> can run.</summary>
internal enum CheckEngine
{
    /// <summary>GraphSpec's own model checker (the default).</summary>
    Embedded,
    /// <summary>The real TLC, run with java and tla2tools.jar.</summary>
    Tlc,
    /// <summary>Both; any difference in their results is a failure.</summary>
    Both,
}

/// <summary>
/// <c>--engine embedded|tlc|both</c>, <c>--tlc-jar PATH</c> and <c>--timeout SECONDS</c> (TLC's time
/// limit per model), shared by the single-model and the suite forms of <c>check</c>.
/// </summary>
internal sealed record EngineSettings(CheckEngine Engine, string? TlcJar, TimeSpan? Timeout)
{
    public static readonly EngineSettings Default = new(CheckEngine.Embedded, null, null);

    /// <summary>The options these settings read, for the command's list of value options.</summary>
    public static readonly string[] ValueOptions = ["engine", "tlc-jar", "timeout"];

    public bool RunsTlc => Engine != CheckEngine.Embedded;

    public static (EngineSettings? Settings, string? Error) Parse(ArgumentList arguments)
    {
        var engine = arguments.Value("engine") switch
        {
            null or "embedded" => CheckEngine.Embedded,
            "tlc" => CheckEngine.Tlc,
            "both" => CheckEngine.Both,
            _ => (CheckEngine?)null,
        };
        if (engine is null)
        {
            return (null, $"--engine takes embedded, tlc or both, not '{arguments.Value("engine")}'");
        }

        TimeSpan? timeout = null;
        if (arguments.Value("timeout") is { } text)
        {
            if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0 || seconds > int.MaxValue / 1000)
            {
                return (null, $"--timeout takes a positive number of seconds, not '{text}'");
            }

            timeout = TimeSpan.FromSeconds(seconds);
        }

        var jar = arguments.Value("tlc-jar");
        if (engine == CheckEngine.Embedded && (jar is not null || timeout is not null))
        {
            return (null, "--tlc-jar and --timeout apply to TLC (--engine tlc or --engine both)");
        }

        return (new EngineSettings(engine.Value, jar, timeout), null);
    }
}
