namespace GraphSpec.Cli;

/// <summary>
/// Where a command writes: results to <see cref="Out"/>, usage and I/O problems to
/// <see cref="Error"/>. Passed in so that tests run commands in-process and read what they print.
/// </summary>
internal sealed record CliOutput(TextWriter Out, TextWriter Error)
{
    /// <summary>Reports a bad command line or unreadable input and returns <see cref="ExitCodes.Usage"/>.</summary>
    public int UsageError(string message)
    {
        Error.WriteLine($"graphspec: {message}");
        return ExitCodes.Usage;
    }
}
