using System.Reflection;

namespace GraphSpec.UnitTests.Evaluation;

/// <summary>The result of evaluating one case: the printed value, or the error text.</summary>
public sealed record ExpressionsOutcome(string? Printed, string? Error);

/// <summary>
/// Runs a case through the public evaluation entry point: the CLI's in-process
/// <c>graphspec eval 'EXPR' [--module F.tla]</c>. A case's module is written to a fresh folder.
/// </summary>
public static class ExpressionsEvaluator
{
    private static readonly Lazy<MethodInfo> Run = new(FindRun);

    public static ExpressionsOutcome Evaluate(ExpressionsCase testCase)
    {
        var args = new List<string> { "eval", testCase.Expression };
        string? folder = null;
        if (testCase.Module is not null)
        {
            folder = Directory.CreateTempSubdirectory("graphspec-expr-").FullName;
            var path = Path.Combine(folder, testCase.Module.Name + ".tla");
            File.WriteAllText(path, testCase.Module.Text);
            args.Add("--module");
            args.Add(path);
        }

        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = (int)Run.Value.Invoke(null, [args.ToArray(), stdout, stderr])!;
            return exit == 0
                ? new ExpressionsOutcome(stdout.ToString().TrimEnd('\r', '\n'), null)
                : new ExpressionsOutcome(null, $"exit {exit}: {stderr}{stdout}".TrimEnd());
        }
        finally
        {
            if (folder is not null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    // The CLI helper delivers Program.Run(string[], TextWriter, TextWriter) -> int; until it lands
    // every case fails here with this message instead of passing by accident.
    private static MethodInfo FindRun() =>
        typeof(GraphSpec.Cli.Program).GetMethod(
            "Run", BindingFlags.Public | BindingFlags.Static, [typeof(string[]), typeof(TextWriter), typeof(TextWriter)])
        ?? throw new InvalidOperationException("GraphSpec.Cli.Program.Run(string[], TextWriter, TextWriter) does not exist yet");
}
