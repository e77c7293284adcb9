using GraphSpec.Oracle.Checking;

namespace GraphSpec.Oracle.Tlc.Running;

/// <summary>
/// The result of running TLC: the <see cref="CheckResult"/> read from its output, or one error
/// message (TLC could not start, crashed, printed something that is not its output, timed out, was
/// cancelled), with the exit code and what it printed.
/// </summary>
public sealed record TlcRun(CheckResult? Result, string? Error, ProcessEnd End, int ExitCode, string Output);
