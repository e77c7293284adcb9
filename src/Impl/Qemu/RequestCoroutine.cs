namespace GraphSpec.Impl.Qemu;

/// <summary>
/// A request coroutine: a guest request through the BlockBackend, or a block-layer coroutine (a
/// job, an export: <see cref="IsJob"/>) that skips the BlockBackend. It lives in the context of
/// the node its edge pointed at when it was created (<see cref="Ctx"/>, co->ctx).
/// </summary>
public sealed class RequestCoroutine(string name, int index, BdrvChild child, AioContext ctx, bool isJob)
{
    public string Name { get; } = name;

    /// <summary>Declaration order (the order of the spec's Requests).</summary>
    public int Index { get; } = index;

    public BdrvChild Child { get; } = child;

    public AioContext Ctx { get; } = ctx;

    public bool IsJob { get; } = isJob;

    public RequestState State { get; set; } = RequestState.Idle;

    /// <summary>The node whose in_flight this request holds (captured from child->bs), or null.</summary>
    public BlockDriverState? Node { get; set; }

    /// <summary>The I/O is with the host; its completion has not been dispatched yet.</summary>
    public bool InKernel { get; set; }

    public override string ToString() => Name;
}
