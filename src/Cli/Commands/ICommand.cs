using GraphSpec.Cli.CommandLine;

namespace GraphSpec.Cli.Commands;

/// <summary>One <c>graphspec</c> sub-command.</summary>
internal interface ICommand
{
    /// <summary>The word that selects the command, e.g. <c>parse</c>.</summary>
    string Name { get; }

    /// <summary>One line for the command list of <c>graphspec --help</c>.</summary>
    string Summary { get; }

    /// <summary>The full usage text printed by <c>graphspec NAME --help</c>.</summary>
    string Usage { get; }

    /// <summary>Options that take a value, without dashes.</summary>
    IReadOnlyCollection<string> ValueOptions { get; }

    /// <summary>Options that take no value, without dashes (<c>help</c> is always accepted).</summary>
    IReadOnlyCollection<string> FlagOptions { get; }

    /// <summary>Value options that may be given several times; their values join into a comma list.</summary>
    IReadOnlyCollection<string> ListOptions => [];

    /// <summary>Runs the command and returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    int Run(ArgumentList arguments, CliOutput output);
}
