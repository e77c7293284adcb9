namespace GraphSpec.Impl.Qemu;

/// <summary>
/// Event loops, AIO_WAIT_WHILE and coroutine entry (util/aio-wait.c, util/async.c,
/// include/block/aio-wait.h), one step of the macro per scheduler quantum.
/// </summary>
public static class EventLoop
{
    /// <summary>
    /// Case B of AIO_WAIT_WHILE with unlock (&lt;= 8.2): the main thread waits for a foreign
    /// context and drops ONE level of its lock around each poll. Case A and _UNLOCKED never
    /// touch the lock.
    /// </summary>
    public static bool Releases(BlockLayer bl, QemuThread t, WaitFrame f) =>
        bl.AioLock && f.Unlock && f.Ctx is not null && f.Ctx != t.Home;

    /// <summary>The wait condition, evaluated now.</summary>
    public static bool Condition(BlockLayer bl, WaitCondition cond) =>
        cond.Kind == "busy" ? Drain.Poll(bl, cond.Node!) : bl.GraphLock.TotalReaders() >= 1;

    /// <summary>The frame a bottom half runs in.</summary>
    public static Frame? Entry(BlockLayer bl, BottomHalf bh) => bh.Kind switch
    {
        BottomHalfKind.Wake => new WakeFrame(bh.Co!),
        BottomHalfKind.Prog => new ProgFrame("bh", bl.BhProgram),
        _ => null,
    };

    /// <summary>iothread_run / the main loop when idle: aio_poll(home, true) runs one BH.</summary>
    public static string LoopStep(BlockLayer bl, QemuThread t)
    {
        var frame = Entry(bl, t.Home.TakeBh());
        if (frame is not null)
        {
            t.Push(frame);
        }
        return "LoopStepT";
    }

    /// <summary>num_waiters++, smp_mb, first evaluation of cond; if it holds, release one level (case B) and sleep.</summary>
    public static string WaitEnter(BlockLayer bl, QemuThread t, WaitFrame f)
    {
        if (Condition(bl, f.Cond))
        {
            bl.AioWait.NumWaiters++;
            if (Releases(bl, t, f))
            {
                ContextLock.DoRelease(t, f.Ctx!);
            }
            f.Pc = "poll";
        }
        else
        {
            t.Pop();
        }
        return "WaitEnterStep";
    }

    /// <summary>Blocking aio_poll on the caller's home context: a dummy BH only wakes it; any other runs nested.</summary>
    public static string WaitPoll(BlockLayer bl, QemuThread t, WaitFrame f)
    {
        var bh = t.Home.TakeBh();
        f.Pc = Releases(bl, t, f) ? "relock" : "check";
        var frame = Entry(bl, bh);
        if (frame is not null)
        {
            t.Push(frame);
        }
        return "WaitPollStep";
    }

    /// <summary>
    /// After the poll: re-acquire the level (case B), re-evaluate cond; if it still holds release
    /// the level again and poll again (no net lock change); otherwise num_waiters-- and return.
    /// </summary>
    public static string WaitCheck(BlockLayer bl, QemuThread t, WaitFrame f)
    {
        var relock = f.Pc == "relock";
        if (Condition(bl, f.Cond))
        {
            f.Pc = "poll";
        }
        else
        {
            bl.AioWait.NumWaiters--;
            t.Pop();
            if (relock)
            {
                ContextLock.DoAcquire(t, f.Ctx!);
            }
        }
        return "WaitCheckStep";
    }

    /// <summary>co_schedule_bh_cb → aio_co_enter: take the home context's lock (&lt;= 8.2) and enter the coroutine.</summary>
    public static string WakeEnter(BlockLayer bl, QemuThread t, WakeFrame f)
    {
        ContextLock.Acquire(bl, t, t.Home);
        f.Pc = "entered";
        t.Push(new CoFrame(f.Co));
        return "WakeEnterStep";
    }

    /// <summary>The coroutine yielded or terminated: release the lock, the BH returns.</summary>
    public static string WakeLeave(BlockLayer bl, QemuThread t)
    {
        ContextLock.Release(bl, t, t.Home);
        t.Pop();
        return "WakeLeaveStep";
    }
}
