namespace GraphSpec.Impl.Qemu;

/// <summary>
/// aio_context_acquire / aio_context_release: the context's recursive mutex plus the thread's own
/// count of the levels it holds. Since 9.0 (AioLock off) both are no-ops.
/// </summary>
public static class ContextLock
{
    public static bool CanAcquire(BlockLayer bl, QemuThread t, AioContext ctx) => !bl.AioLock || ctx.Lock.CanLock(t);

    /// <summary>
    /// Releasing a level one does not hold cannot proceed (the spec's DoRelease is not enabled;
    /// QEMU would abort in qemu_rec_mutex_unlock): such a thread is reported as blocked.
    /// </summary>
    public static bool CanRelease(BlockLayer bl, QemuThread t, AioContext ctx) => !bl.AioLock || ctx.Lock.Owner == t;

    public static void Acquire(BlockLayer bl, QemuThread t, AioContext ctx)
    {
        if (bl.AioLock)
        {
            DoAcquire(t, ctx);
        }
    }

    public static void Release(BlockLayer bl, QemuThread t, AioContext ctx)
    {
        if (bl.AioLock)
        {
            DoRelease(t, ctx);
        }
    }

    /// <summary>qemu_rec_mutex_lock on the context's mutex (the caller made sure it will not block).</summary>
    public static void DoAcquire(QemuThread t, AioContext ctx)
    {
        ctx.Lock.Lock(t);
        t.HeldDepth[ctx.Index]++;
    }

    public static void DoRelease(QemuThread t, AioContext ctx)
    {
        ctx.Lock.Unlock(t);
        t.HeldDepth[ctx.Index]--;
    }
}
