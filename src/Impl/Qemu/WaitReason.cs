namespace GraphSpec.Impl.Qemu;

/// <summary>
/// Why a thread cannot take its next step: it waits for a context lock that <see cref="Owner"/>
/// holds ("lock"), it sleeps in a blocking aio_poll of <see cref="Ctx"/> with no bottom half
/// pending ("bh"), or it is idle in its top-level event loop with nothing to run ("idle").
/// </summary>
public sealed record WaitReason(string Kind, AioContext Ctx, QemuThread? Owner)
{
    public static WaitReason Lock(AioContext ctx) => new("lock", ctx, ctx.Lock.Owner);

    /// <summary>It must release a level of the lock of <paramref name="ctx"/> that it does not hold.</summary>
    public static WaitReason NotHeld(AioContext ctx) => new("unheld", ctx, ctx.Lock.Owner);

    public static WaitReason Bh(AioContext ctx) => new("bh", ctx, null);

    public static WaitReason Idle(AioContext ctx) => new("idle", ctx, null);
}
