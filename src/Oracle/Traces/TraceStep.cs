using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Traces;

/// <summary>
/// One state line of a trace. Index 0 is the initial state (action <see cref="InitAction"/>, no
/// thread); every later line is one step of one thread (or of the environment, thread
/// <see cref="EnvironmentThread"/>) labelled with the spec action it performs and that action's
/// parameters. <see cref="State"/> holds every variable by name, or is null in a label-only trace
/// (the validator computes the state). <see cref="Location"/> is the line in the trace file, for
/// messages (<see cref="SourceSpan.None"/> for steps built in memory).
/// </summary>
public sealed record TraceStep(
    int Index,
    string? Thread,
    string Action,
    IReadOnlyList<NamedValue> Parameters,
    IReadOnlyList<NamedValue>? State,
    SourceSpan Location = default)
{
    /// <summary>The action label of the initial state line.</summary>
    public const string InitAction = "Init";

    /// <summary>The label of an implementation step with no spec counterpart (a stuttering step).</summary>
    public const string InternalAction = "internal";

    /// <summary>The thread name of environment steps (Submit, IoComplete).</summary>
    public const string EnvironmentThread = "env";

    public bool IsInternal => Action == InternalAction;

    /// <summary>The initial state line.</summary>
    public static TraceStep Initial(IReadOnlyList<NamedValue> state, SourceSpan location = default) =>
        new(0, null, InitAction, [], state, location);
}
