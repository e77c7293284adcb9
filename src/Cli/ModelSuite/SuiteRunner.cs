using GraphSpec.Cli.Checking;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tlc.Running;

namespace GraphSpec.Cli.ModelSuite;

/// <summary>
/// Finds the suite's models (every <c>*.cfg</c> of a folder, sorted by file name, ordinal) and
/// checks them one after the other, each with all the workers. A model with a bad header is
/// reported and skipped; the others still run.
/// </summary>
internal static class SuiteRunner
{
    /// <summary>The cfg files of <paramref name="folder"/> whose name contains <paramref name="filter"/>, sorted.</summary>
    public static IReadOnlyList<string> FindModels(string folder, string? filter)
    {
        var files = Directory.GetFiles(folder, "*.cfg", SearchOption.TopDirectoryOnly);
        Array.Sort(files, (a, b) => string.CompareOrdinal(Path.GetFileName(a), Path.GetFileName(b)));
        return filter is null
            ? files
            : Array.FindAll(files, f => Path.GetFileNameWithoutExtension(f).Contains(filter, StringComparison.Ordinal));
    }

    /// <summary>
    /// Checks every model in order. <paramref name="started"/> is told the name of each model
    /// before its check (progress on long suites); a cancelled run stops after the current model.
    /// </summary>
    public static IReadOnlyList<ModelVerdict> Run(
        IReadOnlyList<string> configs, CheckOptions options, Action<string>? started, CancellationToken cancellation) =>
        Run(configs, options, EngineSettings.Default, null, started, cancellation);

    /// <summary>
    /// As above, with the engine(s) of <paramref name="engine"/>: TLC (found once, <paramref name="tlc"/>)
    /// runs each model too, and with <c>both</c> a model whose two results differ is a mismatch.
    /// </summary>
    public static IReadOnlyList<ModelVerdict> Run(
        IReadOnlyList<string> configs, CheckOptions options, EngineSettings engine, TlcInstallation? tlc, Action<string>? started, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(configs);
        var verdicts = new List<ModelVerdict>(configs.Count);
        foreach (var config in configs)
        {
            if (cancellation.IsCancellationRequested)
            {
                break;
            }

            var model = ModelFile.Read(config);
            if (model.Problem is not null || model.SpecPath is null)
            {
                verdicts.Add(new ModelVerdict(model, null));
                continue;
            }

            started?.Invoke(model.Name);
            if (!engine.RunsTlc)
            {
                verdicts.Add(new ModelVerdict(model, ModelChecker.CheckFiles(model.SpecPath, model.ConfigPath, options, cancellation)));
                continue;
            }

            var results = EngineRun.Run(engine, tlc, model.SpecPath, model.ConfigPath, options, noDeadlock: false, cancellation);
            verdicts.Add(new ModelVerdict(model, results.Primary) { Engines = results });
        }

        return verdicts;
    }
}
