namespace GraphSpec.Impl.Qemu;

/// <summary>
/// A CoQueue of parked coroutines, FIFO. qemu_co_enter_all wakes each one, in queue order, with
/// aio_co_wake, which schedules it in its own context.
/// </summary>
public sealed class CoQueue
{
    private readonly List<RequestCoroutine> _waiting = [];

    public IReadOnlyList<RequestCoroutine> Waiting => _waiting;

    /// <summary>qemu_co_queue_wait: the coroutine joins the tail (it then yields).</summary>
    public void Park(RequestCoroutine co) => _waiting.Add(co);

    public bool Contains(RequestCoroutine co) => _waiting.Contains(co);

    /// <summary>qemu_co_enter_all: every parked coroutine gets a wake BH in its context.</summary>
    public void EnterAll()
    {
        foreach (var co in _waiting)
        {
            Coroutines.AioCoWake(co);
        }
        _waiting.Clear();
    }
}
