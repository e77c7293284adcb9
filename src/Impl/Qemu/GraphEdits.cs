using System.Collections.Immutable;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;

namespace GraphSpec.Impl.Qemu;

/// <summary>
/// Graph edits (block.c): bdrv_replace_child_noperm, and the caller side that QEMU's callers
/// (bdrv_replace_node, bdrv_set_backing_hd, bdrv_root_attach_child, bdrv_unref_child) wrap around
/// it: the context lock (&lt;= 8.2), the drained section or the write lock, as the scenario's
/// protocol says. A graph edit becomes the sequence of primitive calls the main thread makes.
/// </summary>
public static class GraphEdits
{
    /// <summary>Every "edit" of a program replaced by its caller-side sequence.</summary>
    public static ImmutableArray<Operation> ExpandAll(BlockLayer bl, IEnumerable<Operation> ops)
    {
        var program = ImmutableArray.CreateBuilder<Operation>();
        foreach (var op in ops)
        {
            if (op.Op == Operation.Edit)
            {
                program.AddRange(EditCallSequence(bl, op));
            }
            else
            {
                program.Add(op);
            }
        }
        return program.ToImmutable();
    }

    /// <summary>
    /// The calls around one bdrv_replace_child_noperm(edge, to), with "from" the edge's child
    /// before the edit (null for an attach). The context is the old child's (the new child's for
    /// an attach).
    /// </summary>
    public static IEnumerable<Operation> EditCallSequence(BlockLayer bl, Operation edit)
    {
        var node = edit.From ?? edit.To!;
        var ctx = bl.Node(node).Ctx.Name;
        var aioLock = bl.AioLock;
        var list = new List<Operation>();

        // A QMP handler takes the node's context lock (<= 8.2); B8: a helper below it takes it again.
        void Lock()
        {
            if (aioLock)
            {
                list.Add(Operation.Acq(ctx));
            }
        }
        void Unlock()
        {
            if (aioLock)
            {
                list.Add(Operation.Rel(ctx));
            }
        }
        void LockAgain()
        {
            if (aioLock && bl.Bug(Mutant.B8))
            {
                list.Add(Operation.Acq(ctx));
            }
        }
        void UnlockAgain()
        {
            if (aioLock && bl.Bug(Mutant.B8))
            {
                list.Add(Operation.Rel(ctx));
            }
        }

        // bdrv_drained_begin(old child); an attach instead starts the new edge with a drained
        // parent (bdrv_attach_child_common → bdrv_parent_drained_begin_single). B16: no drain.
        void DrainedBegin()
        {
            if (bl.Bug(Mutant.B16))
            {
                return;
            }
            list.Add(edit.From is not null ? Operation.DrBegin(edit.From) : Operation.PQuiesce(edit.Edge!));
        }
        void DrainedEnd()
        {
            if (!bl.Bug(Mutant.B16) && edit.From is not null)
            {
                list.Add(Operation.DrEnd(edit.From));
            }
        }
        // Pre-drain callers: wait until the old child is idle, under the context lock.
        void WaitIdle()
        {
            if (!bl.Bug(Mutant.B16) && edit.From is not null)
            {
                list.Add(Operation.WaitIdle(edit.From));
            }
        }
        void WrLock() => list.Add(Operation.WrLockOf(aioLock ? ctx : null));
        void WrUnlock() => list.Add(Operation.WrUnlockOp());
        void ReplaceChildNoperm() => list.Add(Operation.ReplaceOf(edit.Edge!, edit.To));

        switch (bl.Scenario.Protocol)
        {
            case "aiolock":
                Lock(); LockAgain(); WaitIdle(); ReplaceChildNoperm(); UnlockAgain(); Unlock();
                break;
            case "drain":
                Lock(); LockAgain(); DrainedBegin(); ReplaceChildNoperm(); DrainedEnd(); UnlockAgain(); Unlock();
                break;
            case "rwlock":
                Lock(); WrLock(); ReplaceChildNoperm(); WrUnlock(); Unlock();
                break;
            default: // "drain+rwlock"
                Lock(); LockAgain();
                if (bl.Bug(Mutant.B11))
                {
                    // B11: the drained section is begun inside the write-locked section.
                    WrLock(); DrainedBegin(); ReplaceChildNoperm(); DrainedEnd(); WrUnlock();
                }
                else
                {
                    DrainedBegin(); WrLock(); ReplaceChildNoperm(); WrUnlock(); DrainedEnd();
                }
                UnlockAgain(); Unlock();
                break;
        }
        return list;
    }

    /// <summary>The edges of the scenario's initial graph.</summary>
    public static void AttachInitial(BdrvChild child, BlockDriverState bs)
    {
        child.Bs = bs;
        bs.Parents.Add(child);
        child.ParentNode?.Children.Add(child);
    }

    /// <summary>
    /// bdrv_replace_child_noperm(child, new_bs): out of the old child's parents list (and the
    /// parent's children list on detach), child->bs = new_bs, into the new child's parents list
    /// (and the parent's children list on attach). It never polls. If the new child is not
    /// drained, requests may come in again: the parent is un-quiesced through this edge.
    /// It asserts that no request is in flight through the edge (the drain should have made sure).
    /// </summary>
    public static void ReplaceChildNoperm(BlockLayer bl, BdrvChild child, BlockDriverState? newBs)
    {
        foreach (var r in bl.Requests)
        {
            if (r.Child == child && r.State is RequestState.Issued or RequestState.NodeDec)
            {
                bl.ReportViolation(
                    $"bdrv_replace_child_noperm({child.Name}): request {r.Name} is in flight through the edge (on {r.Node?.Name})");
            }
        }
        var old = child.Bs;
        if (old is not null)
        {
            old.Parents.Remove(child);
        }
        child.Bs = newBs;
        if (newBs is not null)
        {
            newBs.Parents.Add(child);
        }
        if (child.ParentNode is { } parent)
        {
            if (newBs is null)
            {
                parent.Children.Remove(child);
            }
            else if (!parent.Children.Contains(child))
            {
                parent.Children.Add(child);
            }
        }
        if ((newBs is null || newBs.QuiesceCounter == 0) && child.QuiescedParent)
        {
            Drain.ParentDrainedEndSingle(bl, child);
        }
    }
}
