namespace GraphSpec.Impl.Qemu;

/// <summary>
/// An AioContext: its bottom-half queue (FIFO; QEMU's BH list and scheduled_coroutines folded into
/// one queue) and its recursive lock. <see cref="Index"/> is the context's position in the
/// scenario (MainCtx is 0), used for per-context arrays.
/// </summary>
public sealed class AioContext(string name, int index)
{
    private readonly List<BottomHalf> _bottomHalves = [];

    public string Name { get; } = name;

    public int Index { get; } = index;

    public RecMutex Lock { get; } = new();

    public IReadOnlyList<BottomHalf> PendingBottomHalves => _bottomHalves;

    public bool HasPendingBottomHalf => _bottomHalves.Count > 0;

    /// <summary>aio_bh_schedule_oneshot / aio_co_schedule: append to the queue.</summary>
    public void ScheduleBh(BottomHalf bh) => _bottomHalves.Add(bh);

    /// <summary>The event loop takes the oldest pending bottom half.</summary>
    public BottomHalf TakeBh()
    {
        var bh = _bottomHalves[0];
        _bottomHalves.RemoveAt(0);
        return bh;
    }

    public bool HasPendingDummy()
    {
        foreach (var bh in _bottomHalves)
        {
            if (bh.Kind == BottomHalfKind.Dummy)
            {
                return true;
            }
        }
        return false;
    }

    public override string ToString() => Name;
}
