namespace GraphSpec.Impl.Qemu;

/// <summary>What a bottom half does when its context's event loop runs it.</summary>
public enum BottomHalfKind
{
    /// <summary>aio_wait_kick's dummy_bh_cb: it only wakes the poll.</summary>
    Dummy,

    /// <summary>co_schedule_bh_cb / a completion callback: enter a coroutine (aio_co_enter).</summary>
    Wake,

    /// <summary>The scenario's BH program (a graph edit run from the main loop, possibly inside a poll).</summary>
    Prog,
}

/// <summary>A pending bottom half of an AioContext.</summary>
public sealed record BottomHalf(BottomHalfKind Kind, RequestCoroutine? Co)
{
    public static readonly BottomHalf Dummy = new(BottomHalfKind.Dummy, null);
    public static readonly BottomHalf Prog = new(BottomHalfKind.Prog, null);

    public static BottomHalf Wake(RequestCoroutine co) => new(BottomHalfKind.Wake, co);
}
