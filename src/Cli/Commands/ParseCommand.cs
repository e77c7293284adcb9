using GraphSpec.Cli.CommandLine;
using GraphSpec.Oracle.Tla.Semantics;

namespace GraphSpec.Cli.Commands;

/// <summary><c>graphspec parse FILE.tla</c>: parse and resolve a module, as SANY does for TLC.</summary>
internal sealed class ParseCommand : ICommand
{
    public string Name => "parse";

    public string Summary => "parse and resolve a TLA+ module; print its errors, or 'ok'";

    public string Usage => """
        graphspec parse FILE.tla

        Parses FILE.tla and every module it EXTENDS or INSTANCEs (from the same folder; the
        standard modules are built in), then resolves every name. Prints each problem as
        'file:line:col: message', or 'ok' when there is none.
        Exit codes: 0 ok, 150 parse or semantic error, 2 usage error or unreadable file.

        """;

    public IReadOnlyCollection<string> ValueOptions => [];

    public IReadOnlyCollection<string> FlagOptions => [];

    public int Run(ArgumentList arguments, CliOutput output)
    {
        if (arguments.Positionals.Length != 1)
        {
            return output.UsageError("parse: expected exactly one FILE.tla\nusage: graphspec parse FILE.tla");
        }
        var path = arguments.Positionals[0];
        if (!File.Exists(path))
        {
            return output.UsageError($"parse: cannot read '{path}': no such file");
        }
        var result = SpecLoader.LoadFile(path);
        foreach (var diagnostic in result.Diagnostics)
        {
            output.Out.WriteLine(diagnostic.ToString());
        }
        if (result.Diagnostics.IsEmpty)
        {
            output.Out.WriteLine("ok");
        }
        return DiagnosticExitCodes.For(result.Diagnostics);
    }
}
