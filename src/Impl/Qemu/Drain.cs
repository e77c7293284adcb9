namespace GraphSpec.Impl.Qemu;

/// <summary>
/// Drained sections, QEMU 8.x single-node form (block/io.c): the quiesce phase with its parent
/// callbacks (no polling), bdrv_drain_poll, and the drain-all used by the graph writer. The
/// polling half of bdrv_drained_begin is an AIO_WAIT_WHILE frame the caller pushes.
/// </summary>
public static class Drain
{
    /// <summary>bdrv_do_drained_begin_quiesce: on 0 → 1 every parent is quiesced through its edge.</summary>
    public static void BeginQuiesce(BlockLayer bl, BlockDriverState bs)
    {
        if (bs.QuiesceCounter > 0)
        {
            bs.QuiesceCounter++;
            return;
        }
        bs.QuiesceCounter = 1;
        foreach (var c in bs.Parents.ToArray())
        {
            ParentDrainedBeginSingle(bl, c);
        }
    }

    /// <summary>bdrv_parent_drained_begin_single: blk_root_drained_begin or bdrv_child_cb_drained_begin.</summary>
    public static void ParentDrainedBeginSingle(BlockLayer bl, BdrvChild c)
    {
        c.QuiescedParent = true;
        if (c.ParentNode is null)
        {
            bl.Blk.RootDrainedBegin();
        }
        else
        {
            BeginQuiesce(bl, c.ParentNode);
        }
    }

    /// <summary>bdrv_do_drained_end: on 1 → 0 the parents are released (no polling, 8.x).</summary>
    public static void End(BlockLayer bl, BlockDriverState bs)
    {
        if (bs.QuiesceCounter == 0)
        {
            throw new ImplAssertionException($"bdrv_drained_end({bs.Name}): quiesce_counter is already 0");
        }
        if (bs.QuiesceCounter > 1)
        {
            bs.QuiesceCounter--;
            return;
        }
        bs.QuiesceCounter = 0;
        foreach (var c in bs.Parents.ToArray())
        {
            ParentDrainedEndSingle(bl, c);
        }
    }

    /// <summary>bdrv_parent_drained_end_single.</summary>
    public static void ParentDrainedEndSingle(BlockLayer bl, BdrvChild c)
    {
        c.QuiescedParent = false;
        if (c.ParentNode is null)
        {
            bl.Blk.RootDrainedEnd();
        }
        else
        {
            End(bl, c.ParentNode);
        }
    }

    /// <summary>
    /// bdrv_drain_poll: the node or, through .drained_poll, an ancestor is busy; a BlockBackend
    /// parent is busy while blk->in_flight > 0.
    /// </summary>
    public static bool Poll(BlockLayer bl, BlockDriverState bs)
    {
        if (bs.InFlight > 0)
        {
            return true;
        }
        foreach (var c in bs.Parents)
        {
            if (c.ParentNode is null ? bl.Blk.InFlight > 0 : Poll(bl, c.ParentNode))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>bdrv_drain_all_begin_nopoll.</summary>
    public static void AllBeginNoPoll(BlockLayer bl)
    {
        foreach (var n in bl.Nodes)
        {
            BeginQuiesce(bl, n);
        }
    }

    /// <summary>bdrv_drain_all_end.</summary>
    public static void AllEnd(BlockLayer bl)
    {
        foreach (var n in bl.Nodes)
        {
            End(bl, n);
        }
    }
}
