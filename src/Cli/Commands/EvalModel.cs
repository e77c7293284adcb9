using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Cli.Commands;

/// <summary>
/// The model an <c>eval</c> expression is evaluated in: the given module with the cfg's constants,
/// or, without a module, an empty module that extends the standard modules.
/// </summary>
internal sealed record EvalModel(ModelContext? Context, IReadOnlyList<Diagnostic> Diagnostics)
{
    private const string StandardModuleName = "Eval";

    private const string StandardModuleText = """
        ---- MODULE Eval ----
        EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
        ====
        """;

    public static EvalModel Load(string? modulePath, string? cfgPath)
    {
        if (modulePath is null)
        {
            return FromSpec(SpecLoader.LoadText(StandardModuleText, StandardModuleName + ".tla", _ => null));
        }
        if (cfgPath is null)
        {
            return FromSpec(SpecLoader.LoadFile(modulePath));
        }
        var bound = ModelLoader.LoadFiles(modulePath, cfgPath, requireBehaviour: false);
        if (bound.Model is null)
        {
            return new EvalModel(null, bound.Diagnostics);
        }
        var context = bound.Model.CreateModelContext();
        return new EvalModel(context.Model, context.Diagnostics);
    }

    // Without a cfg, a module that declares constants cannot be evaluated: say which ones.
    private static EvalModel FromSpec(SpecLoadResult loaded)
    {
        if (loaded.Spec is null)
        {
            return new EvalModel(null, loaded.Diagnostics);
        }
        if (!loaded.Spec.Constants.IsEmpty)
        {
            var names = string.Join(", ", loaded.Spec.Constants.Select(c => c.Name));
            var span = loaded.Spec.Constants[0].Span;
            return new EvalModel(null, ImmutableArray.Create(new Diagnostic(DiagnosticKind.Config,
                $"the module declares constants ({names}); give them values with --config FILE.cfg", span)));
        }
        var context = ModelContext.Create(loaded.Spec, ImmutableDictionary<string, Oracle.Tla.Values.Value>.Empty, ImmutableDictionary<string, string>.Empty);
        return new EvalModel(context.Model, context.Diagnostics);
    }
}
