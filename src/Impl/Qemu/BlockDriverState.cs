namespace GraphSpec.Impl.Qemu;

/// <summary>
/// A block node (BlockDriverState): its AioContext, in-flight request count, quiesce counter, and
/// the two lists QEMU keeps in step with the edges: bs->parents (edges pointing at it) and
/// bs->children (its own attached edges). <see cref="DrainedSections"/> is bookkeeping for
/// assertions (drained sections whose poll has returned).
/// </summary>
public sealed class BlockDriverState(string name, int index, AioContext ctx)
{
    public string Name { get; } = name;

    public int Index { get; } = index;

    public AioContext Ctx { get; } = ctx;

    public int InFlight { get; set; }

    public int QuiesceCounter { get; set; }

    public List<BdrvChild> Parents { get; } = [];

    public List<BdrvChild> Children { get; } = [];

    public int DrainedSections { get; set; }

    public override string ToString() => Name;
}
