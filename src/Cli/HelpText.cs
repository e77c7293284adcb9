using System.Text;
using GraphSpec.Cli.Commands;

namespace GraphSpec.Cli;

/// <summary>The text of <c>graphspec --help</c>: commands and exit codes.</summary>
internal static class HelpText
{
    public static string Overview(IEnumerable<ICommand> commands)
    {
        var text = new StringBuilder();
        text.AppendLine("usage: graphspec <command> [arguments]   (graphspec <command> --help for details)");
        text.AppendLine();
        text.AppendLine("commands:");
        foreach (var command in commands)
        {
            text.AppendLine($"  {command.Name,-12} {command.Summary}");
        }
        text.AppendLine();
        text.Append(ExitCodeTable);
        return text.ToString();
    }

    /// <summary>The exit codes, as TLC uses them; listed in every help text.</summary>
    public const string ExitCodeTable = """
        exit codes (as TLC's):
            0  ok
            1  conformance: some case disagrees with TLC;
               check (model suite): some model's outcome is not the expected one
            2  usage error, or an input file that cannot be read
           10  an ASSUME is false
           11  deadlock
           12  invariant violated
           13  temporal or action property violated
           14  Assert failed (TLC's Assert; 'eval' answers 14 too)
           75  evaluation error (76: while evaluating an invariant)
          150  parse or semantic error in a TLA+ module
          151  configuration (.cfg) error, including cfg syntax errors (TLC: 255)
          152  check: --max-states reached before the search ended; run: --max-steps reached
          153  check: stopped (Ctrl-C); the statistics so far are printed
          255  internal error in GraphSpec

        """;
}
