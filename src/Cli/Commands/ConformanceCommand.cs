using GraphSpec.Cli.CommandLine;
using GraphSpec.Cli.Conformance;

namespace GraphSpec.Cli.Commands;

/// <summary>
/// <c>graphspec conformance [DIR] [--workers N] [--front-end-only]</c>: model-checks every
/// conformance case and compares the result with TLC's recorded one.
/// </summary>
internal sealed class ConformanceCommand : ICommand
{
    public const string DefaultFolder = "tests/conformance/cases";

    public string Name => "conformance";

    public string Summary => "model-check every conformance case and compare with TLC's results";

    public string Usage => $"""
        graphspec conformance [DIR] [--workers N] [--front-end-only]

        For every case folder in DIR (default {DefaultFolder}), holding Spec.tla, Spec.cfg and
        TLC's expected.json: model-checks the case (as 'graphspec check' does, with N workers,
        default: the number of cores) and compares with TLC: outcome, exit code and violated name
        always; distinct states, states generated and depth for ok cases; the counterexample's
        length for safety violations (TLC's liveness lassos are not always the shortest).
        --front-end-only: only parse, resolve, read and bind the cfg and compute the constants;
        cases TLC rejects (parse_error, config_error) must be rejected the same way (exit 150 on
        the line SANY names; exit 151 for cfg errors), every other case must load with no error.
        Prints one row per case and a summary. Exit codes: 0 every case agrees, 1 some case
        disagrees, 2 usage error or DIR not found.

        """;

    public IReadOnlyCollection<string> ValueOptions => ["workers"];

    public IReadOnlyCollection<string> FlagOptions => ["front-end-only"];

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
        var workers = Environment.ProcessorCount;
        if (arguments.Value("workers") is { } text && (!int.TryParse(text, out workers) || workers < 1))
        {
            return output.UsageError($"conformance: --workers expects a positive number, got '{text}'");
        }
        var frontEndOnly = arguments.HasFlag("front-end-only");
        var verdicts = ConformanceRunner.CaseFolders(folder)
            .Select(caseFolder => ConformanceRunner.RunCase(caseFolder, frontEndOnly, workers))
            .ToList();
        if (verdicts.Count == 0)
        {
            return output.UsageError($"conformance: no case folders in '{folder}'");
        }
        ConformanceTable.Write(verdicts, output.Out);
        return verdicts.TrueForAll(v => v.Agrees) ? ExitCodes.Ok : ExitCodes.ConformanceDisagreement;
    }
}
