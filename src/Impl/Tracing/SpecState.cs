using GraphSpec.Impl.Qemu;

namespace GraphSpec.Impl.Tracing;

/// <summary>
/// The refinement mapping, written once: the implementation's state as the values of every
/// BlockLayer VARIABLE, in declaration order (AioContext, Graph, Drain, GraphLock, BlockLayer).
/// Sets and map entries are written in the scenario's declaration order, so the same state always
/// gives the same bytes.
/// </summary>
public static class SpecState
{
    public static readonly string[] VariableNames =
    [
        "lockOwner", "lockDepth", "heldDepth", "stack", "bh", "numWaiters",
        "edgeBs", "parents", "children",
        "quiesce", "quiescedParent", "blkQuiesce", "blkQueue", "inFlight", "blkInFlight", "drainedSec",
        "hasWriter", "readerCount", "readerQueue", "wrHeld",
        "rState", "rNode", "kernel",
    ];

    // Enum.ToString per step is slow; the spec's strings are the enum names.
    private static readonly string[] RequestStateNames = Enum.GetNames<RequestState>();
    private static readonly string[] BottomHalfKindNames = Enum.GetNames<BottomHalfKind>();

    /// <summary>Writes the state as one JSON object {"lockOwner":..,..}.</summary>
    public static void Write(BlockLayer bl, TlaJsonWriter w)
    {
        w.BeginObject();
        w.Key("lockOwner").BeginMap();
        foreach (var c in bl.Contexts)
        {
            w.Entry(c.Name).MvOrNone(c.Lock.Owner?.Name).EndEntry();
        }
        w.EndMap();
        w.Key("lockDepth").BeginMap();
        foreach (var c in bl.Contexts)
        {
            w.Entry(c.Name).Int(c.Lock.Depth).EndEntry();
        }
        w.EndMap();
        w.Key("heldDepth").BeginMap();
        foreach (var t in bl.Threads)
        {
            w.Entry(t.Name).BeginMap();
            foreach (var c in bl.Contexts)
            {
                w.Entry(c.Name).Int(t.HeldDepth[c.Index]).EndEntry();
            }
            w.EndMap().EndEntry();
        }
        w.EndMap();
        w.Key("stack").BeginMap();
        foreach (var t in bl.Threads)
        {
            w.Entry(t.Name).BeginSeq();
            foreach (var f in t.Stack)
            {
                WriteFrame(f, w);
            }
            w.EndSeq().EndEntry();
        }
        w.EndMap();
        w.Key("bh").BeginMap();
        foreach (var c in bl.Contexts)
        {
            w.Entry(c.Name).BeginSeq();
            foreach (var b in c.PendingBottomHalves)
            {
                WriteBottomHalf(b, w);
            }
            w.EndSeq().EndEntry();
        }
        w.EndMap();
        w.Key("numWaiters").Int(bl.AioWait.NumWaiters);

        w.Key("edgeBs").BeginMap();
        foreach (var e in bl.Edges)
        {
            w.Entry(e.Name).MvOrNone(e.Bs?.Name).EndEntry();
        }
        w.EndMap();
        w.Key("parents").BeginMap();
        foreach (var n in bl.Nodes)
        {
            w.Entry(n.Name);
            EdgeSet(bl, n.Parents, w);
            w.EndEntry();
        }
        w.EndMap();
        w.Key("children").BeginMap();
        foreach (var n in bl.Nodes)
        {
            w.Entry(n.Name);
            EdgeSet(bl, n.Children, w);
            w.EndEntry();
        }
        w.EndMap();

        w.Key("quiesce").BeginMap();
        foreach (var n in bl.Nodes)
        {
            w.Entry(n.Name).Int(n.QuiesceCounter).EndEntry();
        }
        w.EndMap();
        w.Key("quiescedParent").BeginMap();
        foreach (var e in bl.Edges)
        {
            w.Entry(e.Name).Bool(e.QuiescedParent).EndEntry();
        }
        w.EndMap();
        w.Key("blkQuiesce").Int(bl.Blk.QuiesceCounter);
        w.Key("blkQueue");
        RequestSeq(bl.Blk.QueuedRequests, w);
        w.Key("inFlight").BeginMap();
        foreach (var n in bl.Nodes)
        {
            w.Entry(n.Name).Int(n.InFlight).EndEntry();
        }
        w.EndMap();
        w.Key("blkInFlight").Int(bl.Blk.InFlight);
        w.Key("drainedSec").BeginMap();
        foreach (var n in bl.Nodes)
        {
            w.Entry(n.Name).Int(n.DrainedSections).EndEntry();
        }
        w.EndMap();

        var gl = bl.GraphLock;
        w.Key("hasWriter").Int(gl.HasWriter);
        w.Key("readerCount").BeginMap();
        foreach (var c in bl.Contexts)
        {
            w.Entry(c.Name).Int(gl.ReaderCount[c.Index]).EndEntry();
        }
        w.EndMap();
        w.Key("readerQueue");
        RequestSeq(gl.ReaderQueue, w);
        w.Key("wrHeld").Bool(gl.WriterHoldsLock);

        w.Key("rState").BeginMap();
        foreach (var r in bl.Requests)
        {
            w.Entry(r.Name).Str(RequestStateNames[(int)r.State]).EndEntry();
        }
        w.EndMap();
        w.Key("rNode").BeginMap();
        foreach (var r in bl.Requests)
        {
            w.Entry(r.Name).MvOrNone(r.Node?.Name).EndEntry();
        }
        w.EndMap();
        w.Key("kernel");
        RequestSet(bl, static r => r.InKernel, w);
        w.EndObject();
    }

    /// <summary>A set of edges, in declaration order.</summary>
    private static void EdgeSet(BlockLayer bl, List<BdrvChild> members, TlaJsonWriter w)
    {
        w.BeginSet();
        foreach (var e in bl.Edges)
        {
            if (members.Contains(e))
            {
                w.Mv(e.Name);
            }
        }
        w.EndSet();
    }

    /// <summary>A set of requests, in declaration order.</summary>
    private static void RequestSet(BlockLayer bl, Func<RequestCoroutine, bool> member, TlaJsonWriter w)
    {
        w.BeginSet();
        foreach (var r in bl.Requests)
        {
            if (member(r))
            {
                w.Mv(r.Name);
            }
        }
        w.EndSet();
    }

    /// <summary>A CoQueue as a sequence, head first.</summary>
    private static void RequestSeq(CoQueue queue, TlaJsonWriter w)
    {
        w.BeginSeq();
        foreach (var r in queue.Waiting)
        {
            w.Mv(r.Name);
        }
        w.EndSeq();
    }

    /// <summary>A frame as the spec's record: Prog [fn,pc,prog,i], Wait [fn,pc,ctx,cond,unlock], Wake/Co [fn,pc,arg].</summary>
    private static void WriteFrame(Frame f, TlaJsonWriter w)
    {
        w.BeginObject();
        switch (f)
        {
            case ProgFrame p:
                w.Key("fn").Str("Prog").Key("pc").Str(p.Pc).Key("prog").Str(p.Prog).Key("i").Int(p.I);
                break;
            case WaitFrame wf:
                w.Key("fn").Str("Wait").Key("pc").Str(wf.Pc).Key("ctx").MvOrNone(wf.Ctx?.Name).Key("cond").BeginObject().Key("kind").Str(wf.Cond.Kind);
                if (wf.Cond.Node is not null)
                {
                    w.Key("node").Mv(wf.Cond.Node.Name);
                }
                w.EndObject().Key("unlock").Bool(wf.Unlock);
                break;
            case WakeFrame k:
                w.Key("fn").Str("Wake").Key("pc").Str(k.Pc).Key("arg").Mv(k.Co.Name);
                break;
            case CoFrame c:
                w.Key("fn").Str("Co").Key("pc").Str(c.Pc).Key("arg").Mv(c.Co.Name);
                break;
        }
        w.EndObject();
    }

    /// <summary>A pending BH as the spec's entry [kind, arg].</summary>
    private static void WriteBottomHalf(BottomHalf b, TlaJsonWriter w)
    {
        w.BeginObject().Key("kind").Str(BottomHalfKindNames[(int)b.Kind]);
        switch (b.Kind)
        {
            case BottomHalfKind.Dummy:
                w.Key("arg").Mv("None");
                break;
            case BottomHalfKind.Wake:
                w.Key("arg").Mv(b.Co!.Name);
                break;
            default:
                w.Key("arg").Str("bh");
                break;
        }
        w.EndObject();
    }
}
