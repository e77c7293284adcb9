namespace GraphSpec.Impl.Qemu;

/// <summary>
/// The environment: the guest submits a request (blk_aio_prwv: blk->in_flight++ and the request
/// coroutine is scheduled in its context), the host completes an I/O (the completion callback is
/// dispatched as a bottom half in the node's context and re-enters the coroutine).
/// </summary>
public static class HostEnvironment
{
    public static bool CanSubmit(RequestCoroutine r) => r.State == RequestState.Idle;

    public static bool CanComplete(RequestCoroutine r) => r.InKernel;

    public static string Submit(BlockLayer bl, RequestCoroutine r)
    {
        r.State = RequestState.Sub;
        if (!r.IsJob)
        {
            bl.Blk.InFlight++;
        }
        Coroutines.AioCoSchedule(r.Ctx, r);
        return "Submit";
    }

    public static string IoComplete(RequestCoroutine r)
    {
        r.InKernel = false;
        // aio_co_wake: the completion re-enters the coroutine in its own context (co->ctx).
        Coroutines.AioCoSchedule(r.Ctx, r);
        return "IoComplete";
    }
}
