using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Traces;

/// <summary>How the implementation's run ended.</summary>
public enum RunEnd
{
    /// <summary>Every operation finished and every thread is idle.</summary>
    Done,
    /// <summary>No thread could step while work was unfinished.</summary>
    Deadlock,
    /// <summary>The implementation reached a state it asserts impossible.</summary>
    Assert,
}

/// <summary>One edge of the wait-for graph of a deadlock: who waits, for what, and (for a lock) on whom.</summary>
public sealed record WaitForEdge(string Thread, string WaitsFor, string? Context = null, string? Owner = null);

/// <summary>The last line of a trace: how the run ended after <see cref="Steps"/> steps.</summary>
public sealed record TraceFooter(
    RunEnd End,
    int Steps,
    ImmutableArray<WaitForEdge> WaitFor = default,
    string? Message = null,
    SourceSpan Location = default)
{
    /// <summary>The wait-for graph of a deadlock (empty otherwise, never default).</summary>
    public ImmutableArray<WaitForEdge> WaitFor { get; init; } = WaitFor.IsDefault ? [] : WaitFor;

    /// <summary>The JSON spelling of <see cref="End"/>.</summary>
    public static string Spelling(RunEnd end) => end switch
    {
        RunEnd.Done => "done",
        RunEnd.Deadlock => "deadlock",
        _ => "assert",
    };
}
