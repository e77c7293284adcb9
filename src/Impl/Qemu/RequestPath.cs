using GraphSpec.Impl.Mutants;

namespace GraphSpec.Impl.Qemu;

/// <summary>
/// The request coroutine, blk_co_preadv → bdrv_co_preadv, one step per quantum:
///   blk_inc_in_flight + blk_wait_while_drained (the gate);
///   [rwlock] bdrv_graph_co_rdlock; capture child->bs, bdrv_inc_in_flight(bs), submit, yield;
///   (the completion BH in bs's context re-enters it) bdrv_dec_in_flight(bs) → aio_wait_kick;
///   [NestedRead] a nested read section; [rwlock] bdrv_graph_co_rdunlock;
///   blk_dec_in_flight → aio_wait_kick; the coroutine terminates.
/// A block-layer coroutine (job) skips the BlockBackend parts. Yielding pops the coroutine's frame.
/// </summary>
public static class RequestPath
{
    /// <summary>States in which the request holds the graph read lock (outer section taken).</summary>
    public static bool HoldsReadLock(RequestState s) => s is RequestState.Capture or RequestState.Issued
        or RequestState.NodeDec or RequestState.NRdInc or RequestState.NRdCheck or RequestState.NRdSlow
        or RequestState.NParked or RequestState.RdUnlock;

    public static string Step(BlockLayer bl, QemuThread t, RequestCoroutine co) => co.State switch
    {
        RequestState.Sub or RequestState.BlkParked or RequestState.BlkHeld => Gate(bl, t, co),
        RequestState.RdInc or RequestState.RParked => RdInc(bl, t, co, RequestState.RdCheck, "ReqRdInc"),
        RequestState.RdCheck => RdCheck(bl, co),
        RequestState.RdSlow => RdSlow(bl, t, co),
        RequestState.Capture => Capture(bl, t, co),
        RequestState.Issued => Complete(bl, co),
        RequestState.NodeDec => NodeDec(bl, co),
        RequestState.NRdInc or RequestState.NParked => RdInc(bl, t, co, RequestState.NRdCheck, "ReqNestedInc"),
        RequestState.NRdCheck => NestedCheck(bl, t, co),
        RequestState.NRdSlow => NestedSlow(bl, t, co),
        RequestState.RdUnlock => RdUnlock(bl, t, co),
        RequestState.Fin => Finish(bl, t, co),
        RequestState.BlkDec => BlkDec(bl, t, co),
        _ => throw new ImplAssertionException($"qemu_aio_coroutine_enter: {co.Name} entered in state {co.State}"),
    };

    private static RequestState AfterGate(BlockLayer bl) => bl.UsesRdLock ? RequestState.RdInc : RequestState.Capture;

    private static RequestState AfterNode(BlockLayer bl) =>
        !bl.UsesRdLock ? RequestState.Fin : bl.Scenario.NestedRead ? RequestState.NRdInc : RequestState.RdUnlock;

    /// <summary>qemu_coroutine_yield: back to whoever entered the coroutine.</summary>
    private static void Yield(QemuThread t) => t.Pop();

    /// <summary>
    /// blk_wait_while_drained (with the B4 fix: a parked request gives its blk->in_flight back and
    /// kicks, and takes it again when restarted). A submitted request is counted already
    /// (blk_aio_prwv increments before the coroutine runs).
    /// </summary>
    private static string Gate(BlockLayer bl, QemuThread t, RequestCoroutine co)
    {
        var blk = bl.Blk;
        var counted = co.State is RequestState.Sub or RequestState.BlkHeld;
        if (co.IsJob)
        {
            co.State = AfterGate(bl);
        }
        else if (blk.QuiesceCounter > 0 && !bl.Bug(Mutant.B10))
        {
            blk.QueuedRequests.Park(co);
            if (bl.Bug(Mutant.B4))
            {
                // B4: parked, still counted in blk->in_flight.
                if (!counted)
                {
                    blk.InFlight++;
                }
                co.State = RequestState.BlkHeld;
            }
            else
            {
                if (counted)
                {
                    blk.InFlight--;
                }
                co.State = RequestState.BlkParked;
                bl.AioWait.Kick();
            }
            Yield(t);
        }
        else
        {
            if (!counted)
            {
                blk.InFlight++;
            }
            co.State = AfterGate(bl);
            AssertDrainedSectionsIdle(bl, co);
        }
        return "ReqGate";
    }

    /// <summary>bdrv_graph_co_rdlock: reader_count++ in the running thread's context (outer or nested section).</summary>
    private static string RdInc(BlockLayer bl, QemuThread t, RequestCoroutine co, RequestState next, string label)
    {
        bl.GraphLock.ReaderCount[t.Home.Index]++;
        co.State = next;
        return label;
    }

    /// <summary>smp_mb; has_writer == 0: fast path, the read lock is held.</summary>
    private static string RdCheck(BlockLayer bl, RequestCoroutine co)
    {
        co.State = bl.GraphLock.HasWriter == 0 ? RequestState.Capture : RequestState.RdSlow;
        return "ReqRdCheck";
    }

    /// <summary>
    /// The rdlock slow path, under aio_context_list_lock: if the writer has gone meanwhile
    /// (has_writer == 0) return holding the lock (the increment stands); otherwise
    /// reader_count--, aio_wait_kick (H4: forgotten) and park on reader_queue until wrunlock
    /// restarts the loop.
    /// </summary>
    private static string RdSlow(BlockLayer bl, QemuThread t, RequestCoroutine co)
    {
        var gl = bl.GraphLock;
        if (gl.HasWriter == 0)
        {
            co.State = RequestState.Capture;
        }
        else
        {
            gl.ReaderCount[t.Home.Index]--;
            if (!bl.Bug(Mutant.H4))
            {
                bl.AioWait.Kick();
            }
            gl.ReaderQueue.Park(co);
            co.State = RequestState.RParked;
            Yield(t);
        }
        return "ReqRdSlow";
    }

    /// <summary>
    /// The nested section's slow path: as <see cref="RdSlow"/>, but a writer gone meanwhile means
    /// the inner section runs and unlocks at once (reader_count--, kick); the outer section still
    /// counts the coroutine while it is parked.
    /// </summary>
    private static string NestedSlow(BlockLayer bl, QemuThread t, RequestCoroutine co)
    {
        var gl = bl.GraphLock;
        gl.ReaderCount[t.Home.Index]--;
        if (gl.HasWriter == 0)
        {
            bl.AioWait.Kick();
            co.State = RequestState.RdUnlock;
        }
        else
        {
            if (!bl.Bug(Mutant.H4))
            {
                bl.AioWait.Kick();
            }
            gl.ReaderQueue.Park(co);
            co.State = RequestState.NParked;
            Yield(t);
        }
        return "ReqNestedSlow";
    }

    /// <summary>bdrv_co_preadv: bs = child->bs, bdrv_inc_in_flight(bs), submit, yield; a detached edge fails with -ENOMEDIUM.</summary>
    private static string Capture(BlockLayer bl, QemuThread t, RequestCoroutine co)
    {
        var bs = co.Child.Bs;
        if (bs is null)
        {
            co.State = AfterNode(bl);
        }
        else
        {
            co.Node = bs;
            bs.InFlight++;
            co.InKernel = true;
            co.State = RequestState.Issued;
            AssertDrainedSectionsIdle(bl, co);
            Yield(t);
        }
        return "ReqCapture";
    }

    /// <summary>
    /// Resumed after the I/O: bdrv_dec_in_flight(bs) = in_flight-- then bdrv_wakeup → aio_wait_kick.
    /// B14: the error path returns without either. B7: the kick comes before the decrement.
    /// </summary>
    private static string Complete(BlockLayer bl, RequestCoroutine co)
    {
        if (bl.Bug(Mutant.B14))
        {
            co.Node = null;
            co.State = AfterNode(bl);
        }
        else if (bl.Bug(Mutant.B7))
        {
            bl.AioWait.Kick();
            co.State = RequestState.NodeDec;
        }
        else
        {
            co.Node!.InFlight--;
            bl.AioWait.Kick();
            co.Node = null;
            co.State = AfterNode(bl);
        }
        return "ReqComplete";
    }

    /// <summary>B7's late decrement.</summary>
    private static string NodeDec(BlockLayer bl, RequestCoroutine co)
    {
        co.Node!.InFlight--;
        co.Node = null;
        co.State = AfterNode(bl);
        return "ReqNodeDec";
    }

    /// <summary>The nested section's has_writer check: fast path runs the inner section and its rdunlock kicks.</summary>
    private static string NestedCheck(BlockLayer bl, QemuThread t, RequestCoroutine co)
    {
        if (bl.GraphLock.HasWriter == 0)
        {
            bl.GraphLock.ReaderCount[t.Home.Index]--;
            bl.AioWait.Kick();
            co.State = RequestState.RdUnlock;
        }
        else
        {
            co.State = RequestState.NRdSlow;
        }
        return "ReqNestedCheck";
    }

    /// <summary>bdrv_graph_co_rdunlock: reader_count--, smp_mb, aio_wait_kick (B2: only if has_writer).</summary>
    private static string RdUnlock(BlockLayer bl, QemuThread t, RequestCoroutine co)
    {
        bl.GraphLock.ReaderCount[t.Home.Index]--;
        if (!(bl.Bug(Mutant.B2) && bl.GraphLock.HasWriter == 0))
        {
            bl.AioWait.Kick();
        }
        co.State = RequestState.Fin;
        return "ReqRdUnlock";
    }

    /// <summary>blk_dec_in_flight (decrement, then aio_wait_kick; B7: kick first) and the coroutine terminates.</summary>
    private static string Finish(BlockLayer bl, QemuThread t, RequestCoroutine co)
    {
        if (co.IsJob)
        {
            co.State = RequestState.Done;
            Yield(t);
        }
        else if (bl.Bug(Mutant.B7))
        {
            bl.AioWait.Kick();
            co.State = RequestState.BlkDec;
        }
        else
        {
            bl.Blk.InFlight--;
            bl.AioWait.Kick();
            co.State = RequestState.Done;
            Yield(t);
        }
        return "ReqFinish";
    }

    private static string BlkDec(BlockLayer bl, QemuThread t, RequestCoroutine co)
    {
        bl.Blk.InFlight--;
        co.State = RequestState.Done;
        Yield(t);
        return "ReqBlkDec";
    }

    /// <summary>
    /// A request that passes the gate or enters a node must not make a node inside a drained
    /// section busy: the drain promised that the node and its ancestors stay idle.
    /// </summary>
    public static void AssertDrainedSectionsIdle(BlockLayer bl, RequestCoroutine? co)
    {
        foreach (var n in bl.Nodes)
        {
            if (n.DrainedSections > 0 && DrainedNodeBusy(bl, n))
            {
                var who = co is null ? "bdrv_drained_begin returned while a request" : $"{co.Name} ({co.State})";
                bl.ReportViolation($"{who} made {n.Name} busy inside its drained section");
            }
        }
    }

    /// <summary>The node or an ancestor is busy, counting only guest requests past the BlockBackend's gate.</summary>
    private static bool DrainedNodeBusy(BlockLayer bl, BlockDriverState bs)
    {
        if (bs.InFlight > 0)
        {
            return true;
        }
        foreach (var c in bs.Parents)
        {
            if (c.ParentNode is null ? GuestRequestPastGate(bl) : DrainedNodeBusy(bl, c.ParentNode))
            {
                return true;
            }
        }
        return false;
    }

    private static bool GuestRequestPastGate(BlockLayer bl)
    {
        foreach (var r in bl.Requests)
        {
            if (!r.IsJob && r.State is not (RequestState.Idle or RequestState.Sub or RequestState.BlkParked or RequestState.BlkHeld or RequestState.Done))
            {
                return true;
            }
        }
        return false;
    }
}
