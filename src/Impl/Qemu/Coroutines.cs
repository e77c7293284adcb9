namespace GraphSpec.Impl.Qemu;

/// <summary>
/// Waking coroutines (util/async.c). Every wake goes through a bottom half in the coroutine's
/// context, which that context's thread runs (co_schedule_bh_cb → aio_co_enter, see
/// EventLoop.WakeEnter); entering pushes a CoFrame, yielding pops it. A wake from the
/// coroutine's own context outside a coroutine would enter it synchronously in QEMU; here it too
/// goes through the BH, a little later on the same thread (as the spec models it).
/// </summary>
public static class Coroutines
{
    /// <summary>aio_co_schedule(ctx, co).</summary>
    public static void AioCoSchedule(AioContext ctx, RequestCoroutine co) => ctx.ScheduleBh(BottomHalf.Wake(co));

    /// <summary>aio_co_wake(co): schedule it in its own context (co->ctx).</summary>
    public static void AioCoWake(RequestCoroutine co) => AioCoSchedule(co.Ctx, co);
}
