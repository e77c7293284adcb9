using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;

namespace GraphSpec.Impl.Qemu;

/// <summary>
/// One scheduler quantum of a thread: the top frame decides what the thread does next. A thread
/// has at most one next step; <see cref="BlockedOn"/> says whether it can take it (a thread that
/// would block on a lock, or sleep in a blocking poll, cannot), and <see cref="Run"/> takes it.
/// </summary>
public static class ThreadStep
{
    /// <summary>Null when the thread can step; otherwise what it waits for. Never changes state.</summary>
    public static WaitReason? BlockedOn(BlockLayer bl, QemuThread t)
    {
        if (t.IsIdle)
        {
            return t.Home.HasPendingBottomHalf ? null : WaitReason.Idle(t.Home);
        }
        switch (t.Top)
        {
            case WaitFrame w when w.Pc == "enter":
                return EventLoop.Releases(bl, t, w) && w.Ctx!.Lock.Owner != t && EventLoop.Condition(bl, w.Cond)
                    ? WaitReason.NotHeld(w.Ctx!) : null;
            case WakeFrame k when k.Pc == "entered":
                return ContextLock.CanRelease(bl, t, t.Home) ? null : WaitReason.NotHeld(t.Home);
            case WaitFrame w when w.Pc == "poll":
                return t.Home.HasPendingBottomHalf ? null : WaitReason.Bh(t.Home);
            case WaitFrame w when w.Pc == "relock":
                return w.Ctx!.Lock.CanLock(t) ? null : WaitReason.Lock(w.Ctx!);
            case WakeFrame k when k.Pc == "start":
                return ContextLock.CanAcquire(bl, t, t.Home) ? null : WaitReason.Lock(t.Home);
            case ProgFrame p when !p.Finished:
                var op = p.Current;
                if (op.Op == Operation.Acquire && !ContextLock.CanAcquire(bl, t, bl.Context(op.Ctx!)))
                {
                    return WaitReason.Lock(bl.Context(op.Ctx!));
                }
                if (op.Op == Operation.Release && !ContextLock.CanRelease(bl, t, bl.Context(op.Ctx!)))
                {
                    return WaitReason.NotHeld(bl.Context(op.Ctx!));
                }
                if (op.Op == Operation.WrLock && p.Pc == "start" && op.Ctx is not null && !bl.Bug(Mutant.B3)
                    && !ContextLock.CanRelease(bl, t, bl.Context(op.Ctx)))
                {
                    return WaitReason.NotHeld(bl.Context(op.Ctx));
                }
                if (op.Op == Operation.WrLock && p.Pc == "end" && op.Ctx is not null && !bl.Bug(Mutant.B3)
                    && !ContextLock.CanAcquire(bl, t, bl.Context(op.Ctx)))
                {
                    return WaitReason.Lock(bl.Context(op.Ctx));
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>Takes the thread's step (the caller checked <see cref="BlockedOn"/>) and returns the spec action's name.</summary>
    public static string Run(BlockLayer bl, QemuThread t)
    {
        if (t.IsIdle)
        {
            return EventLoop.LoopStep(bl, t);
        }
        return t.Top switch
        {
            WaitFrame { Pc: "enter" } w => EventLoop.WaitEnter(bl, t, w),
            WaitFrame { Pc: "poll" } w => EventLoop.WaitPoll(bl, t, w),
            WaitFrame w => EventLoop.WaitCheck(bl, t, w),
            WakeFrame { Pc: "start" } k => EventLoop.WakeEnter(bl, t, k),
            WakeFrame => EventLoop.WakeLeave(bl, t),
            CoFrame c => RequestPath.Step(bl, t, c.Co),
            ProgFrame p => MainProgram.Step(bl, t, p),
            _ => throw new ImplAssertionException($"{t.Name}: unknown frame"),
        };
    }
}
