using GraphSpec.Cli.CommandLine;
using GraphSpec.Cli.Conformance;

namespace GraphSpec.Cli.Commands;

/// <summary>
/// <c>graphspec conformance [DIR]</c>: runs the front end on every conformance case and compares
/// with TLC's recorded outcome. (Once the model checker exists, <c>check</c> takes over this job.)
/// </summary>
internal sealed class ConformanceCommand : ICommand
{
    public const string DefaultFolder = "tests/conformance/cases";

    public string Name => "conformance";

    public string Summary => "run the front end on every conformance case and compare with TLC";

    public string Usage => $"""
        graphspec conformance [DIR]

        For every case folder in DIR (default {DefaultFolder}), holding Spec.tla, Spec.cfg and
        TLC's expected.json: parses and resolves the spec, reads the cfg, binds it to the spec and
        computes the constants' values.
        Cases TLC rejects (parse_error, config_error) must be rejected the same way (exit 150 on the
        line SANY names; exit 151 for cfg errors); every other case must load with no error.
        Prints one row per case and a summary. Exit codes: 0 every case agrees, 1 some case
        disagrees, 2 usage error or DIR not found.

        """;

    public IReadOnlyCollection<string> ValueOptions => [];

    public IReadOnlyCollection<string> FlagOptions => [];

    public int Run(ArgumentList arguments, CliOutput output)
    {
        if (arguments.Positionals.Length > 1)
        {
            return output.UsageError("conformance: expected at most one DIR\nusage: graphspec conformance [DIR]");
        }
        var folder = arguments.Positionals.Length == 1 ? arguments.Positionals[0] : DefaultFolder;
        if (!Directory.Exists(folder))
        {
            return output.UsageError($"conformance: cannot read '{folder}': no such folder");
        }
        var verdicts = ConformanceRunner.CaseFolders(folder).Select(ConformanceRunner.RunCase).ToList();
        if (verdicts.Count == 0)
        {
            return output.UsageError($"conformance: no case folders in '{folder}'");
        }
        ConformanceTable.Write(verdicts, output.Out);
        return verdicts.TrueForAll(v => v.Agrees) ? ExitCodes.Ok : ExitCodes.ConformanceDisagreement;
    }
}
