using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Config;

/// <summary>
/// The whole front end for a model: reads the cfg, loads (parses and resolves) the spec, binds the
/// cfg to it. The order is TLC's: a cfg syntax error is reported before the spec is parsed (case 071);
/// unknown cfg names are found only once the spec is resolved (case 069).
/// </summary>
public static class ModelLoader
{
    /// <summary>
    /// Loads <paramref name="specPath"/> (with its sibling modules) and <paramref name="cfgPath"/>;
    /// see <see cref="ConfigBinder.Bind"/> for <paramref name="requireBehaviour"/>.
    /// </summary>
    public static BindResult LoadFiles(string specPath, string cfgPath, bool requireBehaviour = true)
    {
        string cfgText;
        try
        {
            cfgText = File.ReadAllText(cfgPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failure(new Diagnostic(DiagnosticKind.Config, $"cannot read the configuration file {cfgPath}: {e.Message}", new SourceSpan(cfgPath, 0, 0, 0, 0)));
        }
        var cfg = CfgParser.Parse(cfgText, cfgPath);
        if (cfg.Config is null)
        {
            return new BindResult(null, cfg.Diagnostics);
        }
        var spec = SpecLoader.LoadFile(specPath);
        if (spec.Spec is null)
        {
            return new BindResult(null, spec.Diagnostics);
        }
        return ConfigBinder.Bind(spec.Spec, cfg.Config, requireBehaviour);
    }

    private static BindResult Failure(Diagnostic diagnostic) => new(null, ImmutableArray.Create(diagnostic));
}
