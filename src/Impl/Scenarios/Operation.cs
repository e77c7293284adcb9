namespace GraphSpec.Impl.Scenarios;

/// <summary>
/// One operation of the main thread's program (or of the BH program), with the fields of the
/// spec's operation records (BlockLayer's Acq, Rel, DrBegin, DrEnd, PQuiesce, PollIdle, WrLock,
/// WrUnlock, Replace, Edit, ScheduleBhOp). <c>null</c> in a node/context field is the spec's None.
/// </summary>
public sealed record Operation(string Op, string? Ctx = null, string? Node = null, string? Edge = null, string? From = null, string? To = null)
{
    public const string Acquire = "acquire";
    public const string Release = "release";
    public const string DrainBegin = "drainBegin";
    public const string DrainEnd = "drainEnd";
    public const string QuiesceParent = "quiesceParent";
    public const string PollIdle = "pollIdle";
    public const string WrLock = "wrlock";
    public const string WrUnlock = "wrunlock";
    public const string Replace = "replace";
    public const string Edit = "edit";
    public const string ScheduleBh = "scheduleBh";

    /// <summary>Every operation name, in the order the JSON reader lists them in its messages.</summary>
    public static readonly string[] Names = [Acquire, Release, DrainBegin, DrainEnd, QuiesceParent, PollIdle, WrLock, WrUnlock, Replace, Edit, ScheduleBh];

    public static Operation Acq(string ctx) => new(Acquire, Ctx: ctx);
    public static Operation Rel(string ctx) => new(Release, Ctx: ctx);
    public static Operation DrBegin(string node) => new(DrainBegin, Node: node);
    public static Operation DrEnd(string node) => new(DrainEnd, Node: node);
    public static Operation PQuiesce(string edge) => new(QuiesceParent, Edge: edge);
    public static Operation WaitIdle(string node) => new(PollIdle, Node: node);
    public static Operation WrLockOf(string? ctx) => new(WrLock, Ctx: ctx);
    public static Operation WrUnlockOp() => new(WrUnlock);
    public static Operation ReplaceOf(string edge, string? to) => new(Replace, Edge: edge, To: to);
    public static Operation EditOf(string edge, string? from, string? to) => new(Edit, Edge: edge, From: from, To: to);
    public static Operation ScheduleBhOp() => new(ScheduleBh);

    /// <summary>The record fields the spec gives this operation, in the spec's order.</summary>
    public IEnumerable<(string Field, string? Value, bool IsString)> Fields()
    {
        yield return ("op", Op, true);
        switch (Op)
        {
            case Acquire or Release or WrLock:
                yield return ("ctx", Ctx, false);
                break;
            case DrainBegin or DrainEnd or PollIdle:
                yield return ("node", Node, false);
                break;
            case QuiesceParent:
                yield return ("edge", Edge, false);
                break;
            case Replace:
                yield return ("edge", Edge, false);
                yield return ("to", To, false);
                break;
            case Edit:
                yield return ("edge", Edge, false);
                yield return ("from", From, false);
                yield return ("to", To, false);
                break;
        }
    }
}
