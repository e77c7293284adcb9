using System.Globalization;

namespace GraphSpec.Cli.ModelSuite;

/// <summary>
/// Prints <see cref="SuiteCoverage"/> after the table: per spec, each action with the successors
/// it generated in the spec's <c>ok</c> models, then a warning for each that never fired there.
/// </summary>
internal static class SuiteCoverageReport
{
    public static void Write(SuiteCoverage coverage, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("coverage: successors generated per action, summed over the models that expect ok");
        if (coverage.Specs.Count == 0)
        {
            output.WriteLine("(no model was checked)");
            return;
        }

        var warnings = new List<string>();
        foreach (var spec in coverage.Specs)
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, spec.SpecPath);
            var okModels = spec.OkModels.Count == 0 ? "none" : string.Join(", ", spec.OkModels);
            output.WriteLine($"{relative} (ok models: {okModels})");
            foreach (var action in spec.Actions)
            {
                var generated = action.GeneratedInOkModels.ToString(CultureInfo.InvariantCulture);
                output.WriteLine($"  {generated,12}  {action.Name} ({action.Location})");
                if (!action.Fired && spec.OkModels.Count > 0)
                {
                    warnings.Add($"Warning: the action {action.Name} ({action.Location}) never fired in a model of {relative} that expects ok.");
                }
            }

            if (spec.OkModels.Count == 0)
            {
                warnings.Add($"Warning: no model of {relative} expects ok, so none of its {spec.Actions.Count} actions is covered by a safe model.");
            }
        }

        foreach (var warning in warnings)
        {
            output.WriteLine(warning);
        }
    }
}
