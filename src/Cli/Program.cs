using GraphSpec.Cli.CommandLine;
using GraphSpec.Cli.Commands;

namespace GraphSpec.Cli;

/// <summary>The <c>graphspec</c> command-line tool.</summary>
public static class Program
{
    private static readonly ICommand[] Commands = [new ParseCommand(), new EvalCommand(), new ConformanceCommand(), new CheckCommand(), new BenchCommand(), new ValidateCommand(), new RunCommand(), new FuzzCommand(), new ReplayCommand(), new CoverageCommand()];

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>
    /// Runs one command line, writing to the given writers, and returns the exit code. Never throws:
    /// an unexpected exception is a GraphSpec bug and becomes one line on <paramref name="stderr"/>
    /// with exit code <see cref="ExitCodes.InternalError"/>.
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var output = new CliOutput(stdout, stderr);
        try
        {
            return Dispatch(args, output);
        }
        catch (Exception e)
        {
            stderr.WriteLine($"graphspec: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.InternalError;
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
        }
    }

    private static int Dispatch(string[] args, CliOutput output)
    {
        if (args.Length == 0)
        {
            output.Error.Write(HelpText.Overview(Commands));
            return ExitCodes.Usage;
        }
        if (args[0] is "--help" or "-h" or "help")
        {
            output.Out.Write(HelpText.Overview(Commands));
            return ExitCodes.Ok;
        }
        var command = Array.Find(Commands, c => c.Name == args[0]);
        if (command is null)
        {
            return output.UsageError($"unknown command '{args[0]}' (run 'graphspec --help' for the list)");
        }
        var flags = command.FlagOptions.Append("help").ToArray();
        var (arguments, error) = ArgumentList.Parse(args[1..], command.ValueOptions, flags, command.ListOptions);
        if (arguments is null)
        {
            return output.UsageError($"{command.Name}: {error}\nusage: {command.Usage.Split('\n')[0]}");
        }
        if (arguments.HasFlag("help"))
        {
            output.Out.Write(command.Usage);
            return ExitCodes.Ok;
        }
        return command.Run(arguments, output);
    }
}
