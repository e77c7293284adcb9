using GraphSpec.Impl.Mutants;

namespace GraphSpec.Impl.Qemu;

/// <summary>
/// bdrv_graph_wrlock / bdrv_graph_wrunlock (block/graph-lock.c, 8.1/8.2; 9.0 without the context
/// lock): drain all without polling, drop one level of the caller's context lock, then
///   do { has_writer = 0; AIO_WAIT_WHILE_UNLOCKED(NULL, reader_count() >= 1);
///        has_writer = 1; smp_mb(); } while (reader_count() >= 1);
/// re-acquire the level and end the drain. The pc of the caller's frame says where it is.
/// </summary>
public static class GraphWriter
{
    public static string Step(BlockLayer bl, QemuThread t, ProgFrame f, AioContext? ctx)
    {
        var gl = bl.GraphLock;
        switch (f.Pc)
        {
            case "start":
                Drain.AllBeginNoPoll(bl);
                if (ctx is not null && !bl.Bug(Mutant.B3))
                {
                    ContextLock.Release(bl, t, ctx);
                }
                f.Pc = "zero";
                return "WrLockBegin";
            case "zero":
                // H2: has_writer stays 1 while the writer polls.
                gl.HasWriter = bl.Bug(Mutant.H2) ? 1 : 0;
                f.Pc = "set";
                t.Push(AioWait.AioWaitWhileUnlocked(null, WaitCondition.Readers));
                return "WrLockPoll";
            case "set":
                if (bl.Bug(Mutant.H1))
                {
                    // H1: the reader check comes first, has_writer is set afterwards.
                    f.Pc = gl.TotalReaders() >= 1 ? "zero" : "h1set";
                }
                else
                {
                    gl.HasWriter = 1;
                    f.Pc = gl.TotalReaders() >= 1 ? "zero" : "end";
                }
                return "WrLockSet";
            case "h1set":
                gl.HasWriter = 1;
                f.Pc = "end";
                return "WrLockLateSet";
            default: // "end"
                if (ctx is not null && !bl.Bug(Mutant.B3))
                {
                    ContextLock.Acquire(bl, t, ctx);
                }
                Drain.AllEnd(bl);
                AssertNoReaderInside(bl);
                gl.WriterHoldsLock = true;
                f.Advance();
                return "WrLockEnd";
        }
    }

    /// <summary>has_writer = 0 and every parked reader restarts.</summary>
    public static void WrUnlock(BlockLayer bl)
    {
        bl.GraphLock.HasWriter = 0;
        bl.GraphLock.WriterHoldsLock = false;
        bl.GraphLock.ReaderQueue.EnterAll();
    }

    /// <summary>The writer's section must exclude every reader (assert_bdrv_graph_writable's promise).</summary>
    private static void AssertNoReaderInside(BlockLayer bl)
    {
        if (!bl.UsesRdLock)
        {
            return;
        }
        foreach (var r in bl.Requests)
        {
            if (RequestPath.HoldsReadLock(r.State))
            {
                bl.ReportViolation($"bdrv_graph_wrlock returned while {r.Name} holds the graph read lock ({r.State})");
            }
        }
    }
}
