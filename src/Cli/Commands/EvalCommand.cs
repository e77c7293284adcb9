using GraphSpec.Cli.CommandLine;
using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Cli.Commands;

/// <summary>
/// <c>graphspec eval 'EXPR' [--module FILE.tla] [--config FILE.cfg]</c>: evaluates a constant
/// expression and prints its value as TLC prints values.
/// </summary>
internal sealed class EvalCommand : ICommand
{
    /// <summary>The file name given to the expression in positions, e.g. <c>&lt;expr&gt;:1:5</c>.</summary>
    public const string ExpressionFile = "<expr>";

    public string Name => "eval";

    public string Summary => "evaluate a constant TLA+ expression and print its value";

    public string Usage => """
        graphspec eval 'EXPR' [--module FILE.tla] [--config FILE.cfg]

        Evaluates EXPR at constant level and prints its value as TLC prints values. Output of
        Print and PrintT comes first, one line per call. With --module, EXPR sees the module's
        definitions; without it, EXPR sees Naturals, Integers, Sequences, FiniteSets and TLC.
        --config (needs --module) gives the module's constants their values, as for the model
        checker. Errors are printed as 'file:line:col: message' (the expression is '<expr>').
        Exit codes: 0 ok, 14 Assert failed (as in TLC), 75 evaluation error, 150 parse or
        semantic error, 151 configuration error, 2 usage error or unreadable file.

        """;

    public IReadOnlyCollection<string> ValueOptions => ["module", "config"];

    public IReadOnlyCollection<string> FlagOptions => [];

    public int Run(ArgumentList arguments, CliOutput output)
    {
        if (arguments.Positionals.Length != 1)
        {
            return output.UsageError("eval: expected exactly one expression\nusage: graphspec eval 'EXPR' [--module FILE.tla] [--config FILE.cfg]");
        }
        var modulePath = arguments.Value("module");
        var cfgPath = arguments.Value("config");
        if (cfgPath is not null && modulePath is null)
        {
            return output.UsageError("eval: --config needs --module (the cfg gives values to that module's constants)");
        }
        foreach (var path in new[] { modulePath, cfgPath })
        {
            if (path is not null && !File.Exists(path))
            {
                return output.UsageError($"eval: cannot read '{path}': no such file");
            }
        }

        var model = EvalModel.Load(modulePath, cfgPath);
        if (model.Context is null)
        {
            return Report(model.Diagnostics, output);
        }
        var bound = model.Context.Spec.BindExpression(arguments.Positionals[0], ExpressionFile);
        if (bound.Definition is null)
        {
            return Report(bound.Diagnostics, output);
        }
        if (bound.Definition.Level != ExpressionLevel.Constant)
        {
            var span = bound.Definition.Body?.Span ?? SourceSpan.None;
            return Report([new Diagnostic(DiagnosticKind.Semantic, "eval evaluates constant expressions only; this one depends on variables or is an action or temporal formula", span)], output);
        }

        var evaluator = model.Context.CreateEvaluator(new BuiltinContext(output.Out));
        var result = evaluator.Evaluate(bound.Definition);
        if (result.Error is { } error)
        {
            output.Out.WriteLine(error.ToString());
            return error.Kind == EvaluationErrorKind.AssertFailed ? ExitCodes.AssertFailed : ExitCodes.EvaluationError;
        }
        output.Out.WriteLine(ValuePrinter.Print(result.Value!));
        return ExitCodes.Ok;
    }

    private static int Report(IReadOnlyList<Diagnostic> diagnostics, CliOutput output)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.Out.WriteLine(diagnostic.ToString());
        }
        return DiagnosticExitCodes.For(diagnostics);
    }
}
