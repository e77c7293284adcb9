using GraphSpec.Oracle.Checking;

namespace GraphSpec.Cli.ModelSuite;

/// <summary>
/// Coverage across the suite, per spec (root module): every action that appears in any model of
/// the spec, and whether it fired (generated a successor) in at least one model that expects
/// <c>ok</c>. An action that never fires in a safe model is dead code in the spec or a model too
/// small to reach it: a defect either way.
/// </summary>
internal sealed record SuiteCoverage(IReadOnlyList<SpecCoverage> Specs)
{
    public static SuiteCoverage Of(IReadOnlyList<ModelVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var specs = new List<SpecCoverage>();
        var bySpec = new Dictionary<string, SpecCoverageBuilder>(StringComparer.Ordinal);
        foreach (var verdict in verdicts)
        {
            if (verdict.Model.SpecPath is not { } spec || verdict.Result is not { } result)
            {
                continue;
            }

            if (!bySpec.TryGetValue(spec, out var builder))
            {
                builder = new SpecCoverageBuilder(spec);
                bySpec[spec] = builder;
            }

            builder.Add(verdict.Model.Name, verdict.Model.Expectation?.Outcome == CheckOutcome.Ok, result.Coverage);
        }

        foreach (var builder in bySpec.Values)
        {
            specs.Add(builder.Build());
        }

        specs.Sort((a, b) => string.CompareOrdinal(a.SpecPath, b.SpecPath));
        return new SuiteCoverage(specs);
    }

    private sealed class SpecCoverageBuilder(string specPath)
    {
        private readonly List<ActionKey> order = [];
        private readonly Dictionary<ActionKey, long> firedInOkModels = [];
        private readonly List<string> okModels = [];

        public void Add(string model, bool expectsOk, IReadOnlyList<ActionCoverage> actions)
        {
            if (expectsOk)
            {
                okModels.Add(model);
            }

            foreach (var action in actions)
            {
                var key = new ActionKey(action.Name, action.Module, action.Span.ToTlcString(action.Module));
                if (!firedInOkModels.ContainsKey(key))
                {
                    order.Add(key);
                    firedInOkModels[key] = 0;
                }

                if (expectsOk)
                {
                    firedInOkModels[key] += action.Generated;
                }
            }
        }

        public SpecCoverage Build() => new(
            specPath,
            okModels,
            order.ConvertAll(k => new SuiteActionCoverage(k.Name, k.Module, k.Location, firedInOkModels[k])));
    }

    private readonly record struct ActionKey(string Name, string Module, string Location);
}
