namespace GraphSpec.Impl.Qemu;

/// <summary>
/// global_aio_wait: the number of threads inside AIO_WAIT_WHILE, and aio_wait_kick, which wakes
/// the main loop with a dummy bottom half when somebody waits.
/// </summary>
public sealed class AioWait(AioContext mainContext)
{
    public int NumWaiters { get; set; }

    /// <summary>
    /// aio_wait_kick. A kick while a dummy BH is still pending in the main context is folded into
    /// it: the waiter would not notice a second one, and the queue stays bounded under retry loops
    /// (the spec's Kick does the same).
    /// </summary>
    public void Kick()
    {
        if (NumWaiters > 0 && !mainContext.HasPendingDummy())
        {
            mainContext.ScheduleBh(BottomHalf.Dummy);
        }
    }

    /// <summary>
    /// AIO_WAIT_WHILE(ctx, cond): the caller pushes this frame and the macro's steps run from it
    /// (EventLoop.WaitEnter, WaitPoll, WaitCheck). From the main thread on a foreign context it
    /// drops one level of that context's lock around each poll (&lt;= 8.2).
    /// </summary>
    public static WaitFrame AioWaitWhile(AioContext ctx, WaitCondition cond) => new(ctx, cond, unlock: true);

    /// <summary>AIO_WAIT_WHILE_UNLOCKED(ctx, cond): the same without touching any lock (ctx null = NULL).</summary>
    public static WaitFrame AioWaitWhileUnlocked(AioContext? ctx, WaitCondition cond) => new(ctx, cond, unlock: false);
}
