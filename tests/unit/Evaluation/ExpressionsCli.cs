namespace GraphSpec.UnitTests.Evaluation;

/// <summary>
/// Runs a case through <c>graphspec eval 'EXPR' [--module F.tla] [--config F.cfg]</c> in process
/// (<see cref="GraphSpec.Cli.Program.Run"/>), writing the case's module and cfg lines to a fresh folder.
/// </summary>
public static class ExpressionsCli
{
    public sealed record CliRun(int ExitCode, string Stdout, string Stderr);

    public static CliRun Eval(ExpressionsCase testCase)
    {
        var args = new List<string> { "eval", testCase.Expression };
        var folder = Directory.CreateTempSubdirectory("graphspec-expr-").FullName;
        try
        {
            if (testCase.Module is { } module)
            {
                var modulePath = Path.Combine(folder, module.Name + ".tla");
                File.WriteAllText(modulePath, module.Text);
                args.AddRange(["--module", modulePath]);
                if (testCase.Config is { } cfg)
                {
                    var cfgPath = Path.Combine(folder, module.Name + ".cfg");
                    File.WriteAllText(cfgPath, cfg);
                    args.AddRange(["--config", cfgPath]);
                }
            }

            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = GraphSpec.Cli.Program.Run([.. args], stdout, stderr);
            return new CliRun(exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
