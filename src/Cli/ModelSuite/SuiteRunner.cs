using GraphSpec.Oracle.Checking;

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
        IReadOnlyList<string> configs, CheckOptions options, Action<string>? started, CancellationToken cancellation)
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
            var result = ModelChecker.CheckFiles(model.SpecPath, model.ConfigPath, options, cancellation);
            verdicts.Add(new ModelVerdict(model, result));
        }

        return verdicts;
    }
}
