namespace GraphSpec.Impl.Qemu;

/// <summary>
/// A CoQueue of parked coroutines. qemu_co_enter_all wakes each one with aio_co_wake, which
/// schedules it in its own context. The restart order is the coroutines' declaration order (the
/// spec fixes one order for the set; QEMU's FIFO order within one context is never relied on).
/// </summary>
public sealed class CoQueue
{
    private readonly List<RequestCoroutine> _waiting = [];

    public IReadOnlyList<RequestCoroutine> Waiting => _waiting;

    public void Park(RequestCoroutine co)
    {
        if (!_waiting.Contains(co))
        {
            _waiting.Add(co);
        }
    }

    public bool Contains(RequestCoroutine co) => _waiting.Contains(co);

    /// <summary>qemu_co_enter_all: every parked coroutine gets a wake BH in its context.</summary>
    public void EnterAll()
    {
        _waiting.Sort((a, b) => a.Index.CompareTo(b.Index));
        foreach (var co in _waiting)
        {
            Coroutines.AioCoWake(co);
        }
        _waiting.Clear();
    }
}
