namespace GraphSpec.Impl.Qemu;

/// <summary>
/// The condition of an AIO_WAIT_WHILE: "busy" (bdrv_drain_poll of a node: it or an ancestor has
/// requests in flight) or "readers" (the graph writer waits while reader_count() >= 1).
/// </summary>
public sealed record WaitCondition(string Kind, BlockDriverState? Node)
{
    public static readonly WaitCondition Readers = new("readers", null);

    public static WaitCondition Busy(BlockDriverState node) => new("busy", node);
}
