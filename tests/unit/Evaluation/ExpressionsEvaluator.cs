using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.UnitTests.Evaluation;

/// <summary>The result of evaluating one case: the printed value, or the error text.</summary>
public sealed record ExpressionsOutcome(string? Printed, string? Error);

/// <summary>
/// Runs a case through the engine's public API, the way <c>graphspec eval</c> does: load the
/// case's module (or a module extending every standard module), bind the constants from the
/// case's cfg lines, resolve the expression in the module's scope, evaluate it, print the value.
/// Each evaluation has a time limit so that a hang fails its case instead of the run.
/// </summary>
public static class ExpressionsEvaluator
{
    /// <summary>The context of a case without a module: every standard module GraphSpec supports.</summary>
    public const string StandardContext =
        "---- MODULE Expr ----\nEXTENDS Naturals, Integers, Sequences, FiniteSets, TLC\n====\n";

    /// <summary>The file name of the expression in error positions: <c>expression:line:col</c>.</summary>
    public const string ExpressionFile = "expression";

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static ExpressionsOutcome Evaluate(ExpressionsCase testCase)
    {
        var run = Task.Run(() => EvaluateNow(testCase));
        return run.Wait(Limit)
            ? run.Result
            : new ExpressionsOutcome(null, $"evaluation did not finish within {Limit.TotalSeconds} s");
    }

    private static ExpressionsOutcome EvaluateNow(ExpressionsCase testCase)
    {
        // TLC reads the cfg file before parsing the spec; names are interned in that order.
        var values = new Dictionary<string, Value>(StringComparer.Ordinal);
        var substitutions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (testCase.Config is { } cfgText && ReadConfig(cfgText, values, substitutions) is { } cfgError)
        {
            return cfgError;
        }

        var (text, file) = testCase.Module is { } module ? (module.Text, module.Name + ".tla") : (StandardContext, "Expr.tla");
        var load = SpecLoader.LoadText(text, file, _ => null);
        if (load.Spec is not { } spec)
        {
            return Failed("loading the module", load.Diagnostics);
        }

        var model = ModelContext.Create(spec, values, substitutions);
        if (model.Model is null)
        {
            return Failed("binding the constants", model.Diagnostics);
        }

        var bound = spec.BindExpression(testCase.Expression, ExpressionFile);
        if (bound.Definition is null)
        {
            return Failed("resolving the expression", bound.Diagnostics);
        }

        var result = model.Model.CreateEvaluator().Evaluate(bound.Definition);
        return result.Error is { } error
            ? new ExpressionsOutcome(null, error.ToString())
            : new ExpressionsOutcome(ValuePrinter.Print(result.Value!), null);
    }

    private static ExpressionsOutcome? ReadConfig(
        string cfgText, Dictionary<string, Value> values, Dictionary<string, string> substitutions)
    {
        var cfg = CfgParser.Parse(cfgText, "case.cfg");
        if (cfg.Config is null)
        {
            return Failed("reading the cfg lines", cfg.Diagnostics);
        }

        foreach (var binding in cfg.Config.Constants)
        {
            switch (binding)
            {
                case ConstantAssignment assignment:
                    values[assignment.Name.Name] = ConfigValueConverter.ToValue(assignment.Value);
                    break;
                case ConstantSubstitution substitution:
                    substitutions[substitution.Name.Name] = substitution.Definition.Name;
                    break;
            }
        }

        return null;
    }

    private static ExpressionsOutcome Failed(string stage, IEnumerable<GraphSpec.Oracle.Tla.Syntax.Diagnostic> diagnostics) =>
        new(null, $"{stage}: {string.Join("; ", diagnostics)}");
}
