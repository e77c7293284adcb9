using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;

namespace GraphSpec.Impl.Qemu;

/// <summary>
/// The main thread's program (monitor commands after expansion): one call, or one step of a call
/// that polls, per quantum. Drains and the graph writer push AIO_WAIT_WHILE frames and resume at
/// the pc they left in their own frame.
/// </summary>
public static class MainProgram
{
    public static string Step(BlockLayer bl, QemuThread t, ProgFrame f)
    {
        if (f.Finished)
        {
            t.Pop();
            return "ProgReturn";
        }
        var op = f.Current;
        switch (op.Op)
        {
            case Operation.Acquire:
                ContextLock.Acquire(bl, t, bl.Context(op.Ctx!));
                f.Advance();
                return "ProgAcquire";
            case Operation.Release:
                ContextLock.Release(bl, t, bl.Context(op.Ctx!));
                f.Advance();
                return "ProgRelease";
            case Operation.DrainBegin:
                return f.Pc == "start" ? DrainedBegin(bl, t, f, bl.Node(op.Node!)) : DrainedBeginPolled(bl, f, bl.Node(op.Node!));
            case Operation.DrainEnd:
                DrainedEnd(bl, bl.Node(op.Node!));
                f.Advance();
                return "DrainEnd";
            case Operation.QuiesceParent:
                Drain.ParentDrainedBeginSingle(bl, bl.Edge(op.Edge!));
                f.Advance();
                return "QuiesceParent";
            case Operation.PollIdle:
                {
                    var bs = bl.Node(op.Node!);
                    f.Advance();
                    t.Push(AioWait.AioWaitWhile(bs.Ctx, WaitCondition.Busy(bs)));
                    return "PollIdleStep";
                }
            case Operation.WrLock:
                return GraphWriter.Step(bl, t, f, bl.ContextOrNull(op.Ctx));
            case Operation.WrUnlock:
                GraphWriter.WrUnlock(bl);
                f.Advance();
                return "WrUnlockStep";
            case Operation.Replace:
                GraphEdits.ReplaceChildNoperm(bl, bl.Edge(op.Edge!), bl.NodeOrNull(op.To));
                f.Advance();
                return "ReplaceEdge";
            case Operation.ScheduleBh:
                bl.MainContext.ScheduleBh(BottomHalf.Prog);
                f.Advance();
                return "ScheduleBh";
            default:
                throw new ImplAssertionException($"unknown operation '{op.Op}' in the program (an edit should have been expanded)");
        }
    }

    /// <summary>bdrv_drained_begin: quiesce (one step), then BDRV_POLL_WHILE(bs, bdrv_drain_poll(bs)).</summary>
    private static string DrainedBegin(BlockLayer bl, QemuThread t, ProgFrame f, BlockDriverState bs)
    {
        Drain.BeginQuiesce(bl, bs);
        f.Pc = "polled";
        t.Push(AioWait.AioWaitWhile(bs.Ctx, WaitCondition.Busy(bs)));
        return "DrainBegin";
    }

    /// <summary>The poll returned: the drained section begins (the node must be idle now).</summary>
    private static string DrainedBeginPolled(BlockLayer bl, ProgFrame f, BlockDriverState bs)
    {
        bs.DrainedSections++;
        RequestPath.AssertDrainedSectionsIdle(bl, null);
        f.Advance();
        return "DrainPolled";
    }

    /// <summary>bdrv_drained_end: no polling.</summary>
    private static void DrainedEnd(BlockLayer bl, BlockDriverState bs)
    {
        Drain.End(bl, bs);
        if (bs.DrainedSections > 0)
        {
            bs.DrainedSections--;
        }
    }
}
