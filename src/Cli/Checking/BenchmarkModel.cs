using System.Text.Json;

namespace GraphSpec.Cli.Checking;

/// <summary>
/// One benchmark model folder (Spec.tla, Spec.cfg and, for the conformance bench models, TLC's
/// figures in expected.json: counts and distinct states per second with 1 and 2 workers).
/// </summary>
internal sealed record BenchmarkModel(string Name, string Spec, string Config, long? Distinct, long? Generated, IReadOnlyDictionary<int, double> TlcRates)
{
    public static IReadOnlyList<BenchmarkModel> InFolder(string folder)
    {
        var models = new List<BenchmarkModel>();
        if (!Directory.Exists(folder))
        {
            return models;
        }

        var directories = Directory.GetDirectories(folder);
        Array.Sort(directories, StringComparer.Ordinal);
        foreach (var directory in directories)
        {
            var spec = Path.Combine(directory, "Spec.tla");
            var config = Path.Combine(directory, "Spec.cfg");
            if (File.Exists(spec) && File.Exists(config))
            {
                models.Add(Read(Path.GetFileName(directory), spec, config, Path.Combine(directory, "expected.json")));
            }
        }

        return models;
    }

    private static BenchmarkModel Read(string name, string spec, string config, string expectedPath)
    {
        long? distinct = null;
        long? generated = null;
        var rates = new Dictionary<int, double>();
        if (File.Exists(expectedPath))
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllText(expectedPath));
                var root = json.RootElement;
                distinct = Number(root, "distinct_states");
                generated = Number(root, "states_generated");
                foreach (var workers in new[] { 1, 2 })
                {
                    if (root.TryGetProperty($"tlc_distinct_per_second_workers{workers}", out var rate) && rate.ValueKind == JsonValueKind.Number)
                    {
                        rates[workers] = rate.GetDouble();
                    }
                }
            }
            catch (JsonException)
            {
                // A malformed expected.json only loses the comparison columns.
            }
        }

        return new BenchmarkModel(name, spec, config, distinct, generated, rates);
    }

    private static long? Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt64() : null;
}
