------------------------------ MODULE BlockLayer ------------------------------
(***************************************************************************)
(* The composition: QEMU's block layer as GraphSpec models it.  Guest      *)
(* requests and block-layer coroutines do I/O through the node graph while *)
(* the main thread runs a program of graph edits, drained sections and     *)
(* lock operations, each graph edit guarded by the selected Protocol:      *)
(*   "aiolock"       hold the node's AioContext lock and wait until the    *)
(*                   node is idle (pre-drain QEMU);                         *)
(*   "drain"         bdrv_drained_begin / end around the edit (<= 7.2/8.0); *)
(*   "rwlock"        bdrv_graph_wrlock / wrunlock around the edit;          *)
(*   "drain+rwlock"  drain, then the write lock (8.2 and 10.1 callers).     *)
(* AioLock = TRUE is QEMU <= 8.2 (callers hold the node's context lock,    *)
(* callbacks take it around coroutine entry); FALSE is 9.0+.  One Boolean   *)
(* per bug-catalog mutant switches one behaviour (see the Bug* constants). *)
(*                                                                         *)
(* Layers: AioContext (locks, BHs, AIO_WAIT_WHILE, call stacks) <          *)
(* Coroutines < Graph (nodes, edges, lists) < Drain (quiesce, in-flight,   *)
(* BlockBackend gate) < GraphLock (rwlock state) < BlockLayer (programs,   *)
(* the request coroutine, the protocols, Next, invariants).                *)
(***************************************************************************)
EXTENDS GraphLock

CONSTANTS
    Requests,    \* request coroutines
    JobReqs,     \* those that are block-layer coroutines (a job, an NBD
                 \* export...): no BlockBackend gate or blk->in_flight;
                 \* the others are guest requests through the BlockBackend
    ReqEdge,     \* ReqEdge[r]: the edge through which r reaches its node
    MainOps,     \* the main thread's program: a Seq of operations
    BhOps,       \* the program of the BH that the op "scheduleBh" queues in
                 \* the main context (an edit run from inside a poll)
    Protocol,    \* "aiolock", "drain", "rwlock" or "drain+rwlock"
    NestedRead,  \* request completions take the read lock a second time
    BugB2,  \* rdunlock kicks only if has_writer (lost wakeup)
    BugB3,  \* the writer polls without dropping the caller's context lock (8.0)
    BugB4,  \* a request parks at the BlockBackend gate still counted in flight
    BugB7,  \* in-flight decrements kick before they decrement
    BugB8,  \* the edit path re-acquires the context lock its caller holds
    BugB10, \* the BlockBackend does not queue requests while drained
    BugB11, \* drain inside the write-locked section
    BugB14, \* a request's error path leaks its node in-flight count
    BugB16, \* graph edit without a preceding drain
    BugH1,  \* the writer checks reader_count before setting has_writer
    BugH2,  \* the writer keeps has_writer = 1 while it polls
    BugH4   \* the rdlock slow path forgets aio_wait_kick

Bugs == <<BugB2, BugB3, BugB4, BugB7, BugB8, BugB10, BugB11, BugB14, BugB16, BugH1, BugH2, BugH4>>

ASSUME /\ Protocol \in {"aiolock", "drain", "rwlock", "drain+rwlock"}
       /\ Protocol = "aiolock" => AioLock
       /\ NestedRead \in BOOLEAN
       /\ \A i \in DOMAIN Bugs : Bugs[i] \in BOOLEAN
       /\ JobReqs \subseteq Requests
       /\ ReqEdge \in [Requests -> Edges]
       /\ \A r \in Requests : InitChild[ReqEdge[r]] # None

VARIABLES
    rState,  \* rState[r]: where request coroutine r is (its program counter)
    rNode,   \* rNode[r]: the node whose in_flight r holds, or None
    kernel   \* requests whose I/O is with the host (the coroutine yielded)

reqVars == <<rState, rNode, kernel>>
vars == <<aioVars, graphVars, drainVars, lockStateVars, reqVars>>

UsesRdLock == Protocol \in {"rwlock", "drain+rwlock"}

\* A request's coroutine lives in the context of the node it was created for.
ReqCtx(r) == NodeCtx[InitChild[ReqEdge[r]]]
ReqCtxOf == [r \in Requests |-> ReqCtx(r)]

-----------------------------------------------------------------------------
(* Programs.  Operations (records): primitive ones                         *)
(*   [op |-> "acquire", ctx], [op |-> "release", ctx],                     *)
(*   [op |-> "drainBegin", node], [op |-> "drainEnd", node],               *)
(*   [op |-> "quiesceParent", edge]  (bdrv_parent_drained_begin_single),    *)
(*   [op |-> "pollIdle", node]       (AIO_WAIT_WHILE(ctx, busy), no quiesce)*)
(*   [op |-> "wrlock", ctx]  (bdrv_graph_wrlock(bs): ctx = bs's context,    *)
(*                           or None), [op |-> "wrunlock"],                 *)
(*   [op |-> "replace", edge, to]    (bdrv_replace_child_noperm),           *)
(*   [op |-> "scheduleBh"]           (queue the BhOps program in MainCtx)   *)
(* and the composite graph edit [op |-> "edit", edge, from, to] (replace,   *)
(* attach with from = None, detach with to = None) that the protocol        *)
(* expands into primitive ones.                                            *)

Acq(c)        == [op |-> "acquire", ctx |-> c]
Rel(c)        == [op |-> "release", ctx |-> c]
DrBegin(n)    == [op |-> "drainBegin", node |-> n]
DrEnd(n)      == [op |-> "drainEnd", node |-> n]
PQuiesce(e)   == [op |-> "quiesceParent", edge |-> e]
PollIdle(n)   == [op |-> "pollIdle", node |-> n]
WrLock(c)     == [op |-> "wrlock", ctx |-> c]
WrUnlock      == [op |-> "wrunlock"]
Replace(e, n) == [op |-> "replace", edge |-> e, to |-> n]
Edit(e, from, to) == [op |-> "edit", edge |-> e, from |-> from, to |-> to]
ScheduleBhOp  == [op |-> "scheduleBh"]

ExpandEdit(o) ==
    LET c       == NodeCtx[IF o.from # None THEN o.from ELSE o.to]
        lock    == IF AioLock THEN <<Acq(c)>> ELSE <<>>
        unlock  == IF AioLock THEN <<Rel(c)>> ELSE <<>>
        \* BugB8: a helper on the edit path takes the lock its caller holds
        again   == IF AioLock /\ BugB8 THEN <<Acq(c)>> ELSE <<>>
        againR  == IF AioLock /\ BugB8 THEN <<Rel(c)>> ELSE <<>>
        drainB  == IF BugB16 THEN <<>>
                   ELSE IF o.from # None THEN <<DrBegin(o.from)>> ELSE <<PQuiesce(o.edge)>>
        drainE  == IF BugB16 \/ o.from = None THEN <<>> ELSE <<DrEnd(o.from)>>
        wait    == IF BugB16 \/ o.from = None THEN <<>> ELSE <<PollIdle(o.from)>>
        wr      == <<WrLock(IF AioLock THEN c ELSE None)>>
        rep     == <<Replace(o.edge, o.to)>>
    IN CASE Protocol = "aiolock" ->
              lock \o again \o wait \o rep \o againR \o unlock
         [] Protocol = "drain" ->
              lock \o again \o drainB \o rep \o drainE \o againR \o unlock
         [] Protocol = "rwlock" ->
              lock \o wr \o rep \o <<WrUnlock>> \o unlock
         [] Protocol = "drain+rwlock" ->
              IF BugB11
              THEN lock \o again \o wr \o drainB \o rep \o drainE \o <<WrUnlock>> \o againR \o unlock
              ELSE lock \o again \o drainB \o wr \o rep \o <<WrUnlock>> \o drainE \o againR \o unlock

Expand(o) == IF o.op = "edit" THEN ExpandEdit(o) ELSE <<o>>

RECURSIVE ExpandAll(_)
ExpandAll(s) == IF s = <<>> THEN <<>> ELSE Expand(Head(s)) \o ExpandAll(Tail(s))

MainProgram == ExpandAll(MainOps)
BhProgram   == ExpandAll(BhOps)
Program(p)  == IF p = "main" THEN MainProgram ELSE BhProgram

ProgFrame(p) == [fn |-> "Prog", pc |-> "start", prog |-> p, i |-> 1]
ProgBh       == [kind |-> "Prog", arg |-> "bh"]

\* The frame a bottom half starts in.
Entry(e) == IF e.kind = "Wake" THEN WakeFrame(e.arg) ELSE ProgFrame(e.arg)

\* Wait conditions, by id.
Cond(c) == IF c.kind = "busy" THEN Busy(c.node) ELSE ReaderSum >= 1
CondNow(t) == Cond(Top(t).cond)

-----------------------------------------------------------------------------
(* Generic thread steps: AIO_WAIT_WHILE, event loops, coroutine entry      *)

OnlyAio == UNCHANGED <<graphVars, drainVars, lockStateVars, reqVars>>

WaitEnterStep(t) == WaitEnter(t, CondNow(t)) /\ OnlyAio
WaitPollStep(t)  == WaitPoll(t, Entry) /\ OnlyAio
WaitCheckStep(t) == WaitCheck(t, CondNow(t)) /\ OnlyAio
LoopStepT(t)     == LoopStep(t, Entry) /\ OnlyAio
WakeEnterStep(t) == WakeEnter(t) /\ OnlyAio
WakeLeaveStep(t) == WakeLeave(t) /\ OnlyAio

-----------------------------------------------------------------------------
(* The main thread's program steps (frame "Prog")                          *)

InProg(t)   == TopIs(t, "Prog") /\ Top(t).i <= Len(Program(Top(t).prog))
CurOp(t)    == Program(Top(t).prog)[Top(t).i]
AtOp(t, k)  == InProg(t) /\ CurOp(t).op = k
AtOpPc(t, k, pc) == AtOp(t, k) /\ Top(t).pc = pc
Advance(f)  == [f EXCEPT !.i = @ + 1, !.pc = "start"]
AdvanceTop(t) == SetTop(t, Advance(Top(t)))

\* blk_root_drained_end: the BlockBackend's counter going to 0 restarts
\* every request parked at its gate.
RestartBh(d, b) == IF blkQuiesce > 0 /\ d.bq = 0 THEN ScheduleAll(b, blkQueue, ReqCtxOf) ELSE b
RestartQueue(d) == IF blkQuiesce > 0 /\ d.bq = 0 THEN <<>> ELSE blkQueue

ProgAcquire(t) ==
    /\ AtOp(t, "acquire")
    /\ CtxAcquire(t, CurOp(t).ctx)
    /\ AdvanceTop(t)
    /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED <<graphVars, drainVars, lockStateVars, reqVars>>

ProgRelease(t) ==
    /\ AtOp(t, "release")
    /\ CtxRelease(t, CurOp(t).ctx)
    /\ AdvanceTop(t)
    /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED <<graphVars, drainVars, lockStateVars, reqVars>>

\* bdrv_drained_begin(n): quiesce (one step), then
\* BDRV_POLL_WHILE(n, Busy(n)) = AIO_WAIT_WHILE(ctx(n), Busy(n)).
DrainBegin(t) ==
    LET n == CurOp(t).node IN
    /\ AtOpPc(t, "drainBegin", "start")
    /\ SetDrainState(BeginNoPoll(DrainState, n))
    /\ Call(t, [Top(t) EXCEPT !.pc = "polled"], WaitFrame(NodeCtx[n], [kind |-> "busy", node |-> n], TRUE))
    /\ UNCHANGED <<blkQueue, inFlight, blkInFlight, drainedSec>>
    /\ UNCHANGED <<lockOwner, lockDepth, heldDepth, bh, numWaiters>>
    /\ UNCHANGED <<graphVars, lockStateVars, reqVars>>

\* The poll returned: the drained section begins.
DrainPolled(t) ==
    LET n == CurOp(t).node IN
    /\ AtOpPc(t, "drainBegin", "polled")
    /\ drainedSec' = [drainedSec EXCEPT ![n] = @ + 1]
    /\ AdvanceTop(t)
    /\ UNCHANGED <<quiesce, quiescedParent, blkQuiesce, blkQueue, inFlight, blkInFlight>>
    /\ UNCHANGED <<lockOwner, lockDepth, heldDepth, bh, numWaiters>>
    /\ UNCHANGED <<graphVars, lockStateVars, reqVars>>

\* bdrv_drained_end(n): no polling.
DrainEnd(t) ==
    LET n == CurOp(t).node
        d == EndNoPoll(DrainState, n)
    IN
    /\ AtOp(t, "drainEnd")
    /\ SetDrainState(d)
    /\ bh' = RestartBh(d, bh)
    /\ blkQueue' = RestartQueue(d)
    /\ drainedSec' = [drainedSec EXCEPT ![n] = IF @ > 0 THEN @ - 1 ELSE 0]
    /\ AdvanceTop(t)
    /\ UNCHANGED <<inFlight, blkInFlight>>
    /\ UNCHANGED <<lockOwner, lockDepth, heldDepth, numWaiters>>
    /\ UNCHANGED <<graphVars, lockStateVars, reqVars>>

\* A new edge starts with a drained parent (bdrv_attach_child_common).
QuiesceParent(t) ==
    /\ AtOp(t, "quiesceParent")
    /\ SetDrainState(ParentBegin(DrainState, CurOp(t).edge))
    /\ AdvanceTop(t)
    /\ UNCHANGED <<blkQueue, inFlight, blkInFlight, drainedSec>>
    /\ UNCHANGED <<lockOwner, lockDepth, heldDepth, bh, numWaiters>>
    /\ UNCHANGED <<graphVars, lockStateVars, reqVars>>

\* Wait for the node to be idle without quiescing anything.
PollIdleStep(t) ==
    LET n == CurOp(t).node IN
    /\ AtOp(t, "pollIdle")
    /\ Call(t, Advance(Top(t)), WaitFrame(NodeCtx[n], [kind |-> "busy", node |-> n], TRUE))
    /\ UNCHANGED <<lockOwner, lockDepth, heldDepth, bh, numWaiters>>
    /\ UNCHANGED <<graphVars, drainVars, lockStateVars, reqVars>>

\* bdrv_graph_wrlock(bs): bdrv_drain_all_begin_nopoll, and (8.1/8.2) drop
\* one level of bs's context lock (BugB3, the 8.0 writer: it does not).
WrLockBegin(t) ==
    LET c == CurOp(t).ctx IN
    /\ AtOpPc(t, "wrlock", "start")
    /\ SetDrainState(AllBegin(DrainState, Nodes))
    /\ IF c # None /\ ~BugB3 THEN CtxRelease(t, c) ELSE UNCHANGED lockVars
    /\ SetPc(t, "zero")
    /\ UNCHANGED <<blkQueue, inFlight, blkInFlight, drainedSec>>
    /\ UNCHANGED <<bh, numWaiters>>
    /\ UNCHANGED <<graphVars, lockStateVars, reqVars>>

\* has_writer = 0 (BugH2: 1) and AIO_WAIT_WHILE_UNLOCKED(NULL, reader_count() >= 1).
WrLockPoll(t) ==
    /\ AtOpPc(t, "wrlock", "zero")
    /\ hasWriter' = IF BugH2 THEN 1 ELSE 0
    /\ Call(t, [Top(t) EXCEPT !.pc = "set"], WaitFrame(None, [kind |-> "readers"], FALSE))
    /\ UNCHANGED <<readerCount, readerQueue, wrHeld>>
    /\ UNCHANGED <<lockOwner, lockDepth, heldDepth, bh, numWaiters>>
    /\ UNCHANGED <<graphVars, drainVars, reqVars>>

\* has_writer = 1; smp_mb; while (reader_count() >= 1) loop.
\* BugH1: the reader check comes first, has_writer is set afterwards.
WrLockSet(t) ==
    /\ AtOpPc(t, "wrlock", "set")
    /\ IF BugH1
       THEN /\ SetPc(t, IF ReaderSum >= 1 THEN "zero" ELSE "h1set")
            /\ UNCHANGED hasWriter
       ELSE /\ hasWriter' = 1
            /\ SetPc(t, IF ReaderSum >= 1 THEN "zero" ELSE "end")
    /\ UNCHANGED <<readerCount, readerQueue, wrHeld>>
    /\ UNCHANGED <<lockOwner, lockDepth, heldDepth, bh, numWaiters>>
    /\ UNCHANGED <<graphVars, drainVars, reqVars>>

WrLockLateSet(t) ==
    /\ AtOpPc(t, "wrlock", "h1set")
    /\ hasWriter' = 1
    /\ SetPc(t, "end")
    /\ UNCHANGED <<readerCount, readerQueue, wrHeld>>
    /\ UNCHANGED <<lockOwner, lockDepth, heldDepth, bh, numWaiters>>
    /\ UNCHANGED <<graphVars, drainVars, reqVars>>

\* Re-acquire the level (8.1/8.2), bdrv_drain_all_end; the write lock is held.
WrLockEnd(t) ==
    LET c == CurOp(t).ctx
        d == AllEnd(DrainState, Nodes)
    IN
    /\ AtOpPc(t, "wrlock", "end")
    /\ IF c # None /\ ~BugB3 THEN CtxAcquire(t, c) ELSE UNCHANGED lockVars
    /\ SetDrainState(d)
    /\ bh' = RestartBh(d, bh)
    /\ blkQueue' = RestartQueue(d)
    /\ wrHeld' = TRUE
    /\ AdvanceTop(t)
    /\ UNCHANGED <<inFlight, blkInFlight, drainedSec>>
    /\ UNCHANGED numWaiters
    /\ UNCHANGED <<hasWriter, readerCount, readerQueue>>
    /\ UNCHANGED <<graphVars, reqVars>>

\* bdrv_graph_wrunlock: has_writer = 0, restart every parked reader.
WrUnlockStep(t) ==
    /\ AtOp(t, "wrunlock")
    /\ hasWriter' = 0
    /\ wrHeld' = FALSE
    /\ bh' = ScheduleAll(bh, readerQueue, ReqCtxOf)
    /\ readerQueue' = <<>>
    /\ AdvanceTop(t)
    /\ UNCHANGED readerCount
    /\ UNCHANGED <<lockOwner, lockDepth, heldDepth, numWaiters>>
    /\ UNCHANGED <<graphVars, drainVars, reqVars>>

\* bdrv_replace_child_noperm(e, new): the list surgery and the re-point;
\* if the new child is not drained, the parent is un-quiesced through e
\* ("allow requests to come in only after the new node has been attached").
ReplaceEdge(t) ==
    LET e   == CurOp(t).edge
        new == CurOp(t).to
        d   == IF (new = None \/ quiesce[new] = 0) /\ quiescedParent[e]
               THEN ParentEnd(DrainState, e) ELSE DrainState
    IN
    /\ AtOp(t, "replace")
    /\ ReplaceLists(e, new)
    /\ SetDrainState(d)
    /\ bh' = RestartBh(d, bh)
    /\ blkQueue' = RestartQueue(d)
    /\ AdvanceTop(t)
    /\ UNCHANGED <<inFlight, blkInFlight, drainedSec>>
    /\ UNCHANGED <<lockOwner, lockDepth, heldDepth, numWaiters>>
    /\ UNCHANGED <<lockStateVars, reqVars>>

\* Queue the BH program in the main context: it runs in the next poll of
\* the main context, possibly nested inside a wait.
ScheduleBh(t) ==
    /\ AtOp(t, "scheduleBh")
    /\ bh' = [bh EXCEPT ![MainCtx] = Append(@, ProgBh)]
    /\ AdvanceTop(t)
    /\ UNCHANGED <<lockOwner, lockDepth, heldDepth, numWaiters>>
    /\ UNCHANGED <<graphVars, drainVars, lockStateVars, reqVars>>

ProgReturn(t) ==
    /\ TopIs(t, "Prog") /\ Top(t).i > Len(Program(Top(t).prog))
    /\ Pop(t)
    /\ UNCHANGED <<lockOwner, lockDepth, heldDepth, bh, numWaiters>>
    /\ UNCHANGED <<graphVars, drainVars, lockStateVars, reqVars>>

-----------------------------------------------------------------------------
(* The request coroutine (frame "Co"), for a guest request:                *)
(*   blk_inc_in_flight + blk_wait_while_drained (the gate)                 *)
(*   [rwlock] bdrv_graph_co_rdlock                                          *)
(*   capture child->bs, bdrv_inc_in_flight(bs), submit, yield               *)
(*   (completion BH in bs's context re-enters it)                          *)
(*   bdrv_dec_in_flight(bs) -> aio_wait_kick                               *)
(*   [NestedRead] a second, nested read section                            *)
(*   [rwlock] bdrv_graph_co_rdunlock                                        *)
(*   blk_dec_in_flight -> aio_wait_kick; the coroutine terminates.         *)
(* A block-layer coroutine (JobReqs) skips the BlockBackend parts.         *)

RStates == {"Idle", "Sub", "BlkParked", "BlkHeld", "RdInc", "RdCheck", "RdSlow", "RParked",
            "Capture", "Issued", "NodeDec", "NRdInc", "NRdCheck", "NRdSlow", "NParked",
            "RdUnlock", "Fin", "BlkDec", "Done"}

Co(t)        == RunningCo(t)
At(t, S)     == Running(t) /\ rState[Co(t)] \in S
SetR(t, s)   == rState' = [rState EXCEPT ![Co(t)] = s]
AfterGate    == IF UsesRdLock THEN "RdInc" ELSE "Capture"
AfterNode    == IF UsesRdLock THEN IF NestedRead THEN "NRdInc" ELSE "RdUnlock" ELSE "Fin"
Yield(t)     == Pop(t)
NoLockChange == UNCHANGED <<lockOwner, lockDepth, heldDepth, numWaiters>>

\* blk_wait_while_drained at request entry (with the B4 fix: a parked
\* request gives its blk->in_flight back and kicks, and takes it again when
\* it is restarted).  A submitted request ("Sub") is counted already
\* (blk_aio_prwv increments before the coroutine runs); "BlkHeld": parked
\* still counted (BugB4).  BugB10: no queuing at all.
ReqGate(t) ==
    LET r       == Co(t)
        counted == rState[r] \in {"Sub", "BlkHeld"}
    IN
    /\ At(t, {"Sub", "BlkParked", "BlkHeld"})
    /\ IF r \in JobReqs
       THEN /\ SetR(t, AfterGate)
            /\ UNCHANGED <<blkInFlight, blkQueue, bh, stack>>
       ELSE IF blkQuiesce > 0 /\ ~BugB10
       THEN /\ blkQueue' = Append(blkQueue, r)
            /\ IF BugB4
               THEN /\ blkInFlight' = IF counted THEN blkInFlight ELSE blkInFlight + 1
                    /\ SetR(t, "BlkHeld")
                    /\ UNCHANGED bh
               ELSE /\ blkInFlight' = IF counted THEN blkInFlight - 1 ELSE blkInFlight
                    /\ SetR(t, "BlkParked")
                    /\ bh' = Kick(bh)
            /\ Yield(t)
       ELSE /\ blkInFlight' = IF counted THEN blkInFlight ELSE blkInFlight + 1
            /\ SetR(t, AfterGate)
            /\ UNCHANGED <<blkQueue, bh, stack>>
    /\ NoLockChange
    /\ UNCHANGED <<rNode, kernel, quiesce, quiescedParent, blkQuiesce, inFlight, drainedSec>>
    /\ UNCHANGED <<graphVars, lockStateVars>>

\* rdlock: reader_count++ (in the coroutine's context) ...
ReqRdInc(t) ==
    /\ At(t, {"RdInc", "RParked"})
    /\ readerCount' = [readerCount EXCEPT ![Home(t)] = @ + 1]
    /\ SetR(t, "RdCheck")
    /\ NoLockChange /\ UNCHANGED <<stack, bh>>
    /\ UNCHANGED <<hasWriter, readerQueue, wrHeld, rNode, kernel>>
    /\ UNCHANGED <<graphVars, drainVars>>

\* ... smp_mb; has_writer == 0: fast path, the read lock is held.
ReqRdCheck(t) ==
    /\ At(t, {"RdCheck"})
    /\ SetR(t, IF hasWriter = 0 THEN "Capture" ELSE "RdSlow")
    /\ NoLockChange /\ UNCHANGED <<stack, bh>>
    /\ UNCHANGED <<lockStateVars, rNode, kernel>>
    /\ UNCHANGED <<graphVars, drainVars>>

\* Slow path, under aio_context_list_lock: if the writer has gone meanwhile
\* (has_writer == 0), return holding the lock (the increment stands);
\* otherwise reader_count--, aio_wait_kick (BugH4: forgotten) and park on
\* reader_queue until wrunlock restarts the loop.
ReqRdSlow(t) ==
    /\ At(t, {"RdSlow"})
    /\ IF hasWriter = 0
       THEN /\ SetR(t, "Capture")
            /\ UNCHANGED <<readerCount, readerQueue, bh, stack>>
       ELSE /\ readerCount' = [readerCount EXCEPT ![Home(t)] = @ - 1]
            /\ bh' = IF BugH4 THEN bh ELSE Kick(bh)
            /\ readerQueue' = Append(readerQueue, Co(t))
            /\ SetR(t, "RParked")
            /\ Yield(t)
    /\ NoLockChange
    /\ UNCHANGED <<hasWriter, wrHeld, rNode, kernel>>
    /\ UNCHANGED <<graphVars, drainVars>>

\* bdrv_co_preadv: read child->bs, bdrv_inc_in_flight(bs), submit, yield.
\* A detached edge fails the request (-ENOMEDIUM) without I/O.
ReqCapture(t) ==
    LET n == edgeBs[ReqEdge[Co(t)]] IN
    /\ At(t, {"Capture"})
    /\ IF n = None
       THEN /\ SetR(t, AfterNode)
            /\ UNCHANGED <<rNode, inFlight, kernel, stack>>
       ELSE /\ rNode' = [rNode EXCEPT ![Co(t)] = n]
            /\ inFlight' = [inFlight EXCEPT ![n] = @ + 1]
            /\ kernel' = kernel \cup {Co(t)}
            /\ SetR(t, "Issued")
            /\ Yield(t)
    /\ NoLockChange /\ UNCHANGED bh
    /\ UNCHANGED <<quiesce, quiescedParent, blkQuiesce, blkQueue, blkInFlight, drainedSec>>
    /\ UNCHANGED <<graphVars, lockStateVars>>

\* Resumed after the I/O: bdrv_dec_in_flight(bs): in_flight--, then
\* bdrv_wakeup -> aio_wait_kick.  BugB7: the kick comes first (NodeDec does
\* the decrement later).  BugB14: the error path returns without either.
ReqComplete(t) ==
    LET r == Co(t)
        n == rNode[r]
    IN
    /\ At(t, {"Issued"})
    /\ CASE BugB14 ->
              /\ rNode' = [rNode EXCEPT ![r] = None]
              /\ SetR(t, AfterNode)
              /\ UNCHANGED <<inFlight, bh>>
         [] BugB7 ->
              /\ bh' = Kick(bh)
              /\ SetR(t, "NodeDec")
              /\ UNCHANGED <<inFlight, rNode>>
         [] OTHER ->
              /\ inFlight' = [inFlight EXCEPT ![n] = @ - 1]
              /\ bh' = Kick(bh)
              /\ rNode' = [rNode EXCEPT ![r] = None]
              /\ SetR(t, AfterNode)
    /\ NoLockChange /\ UNCHANGED stack
    /\ UNCHANGED <<kernel, quiesce, quiescedParent, blkQuiesce, blkQueue, blkInFlight, drainedSec>>
    /\ UNCHANGED <<graphVars, lockStateVars>>

ReqNodeDec(t) ==
    LET r == Co(t) IN
    /\ At(t, {"NodeDec"})
    /\ inFlight' = [inFlight EXCEPT ![rNode[r]] = @ - 1]
    /\ rNode' = [rNode EXCEPT ![r] = None]
    /\ SetR(t, AfterNode)
    /\ NoLockChange /\ UNCHANGED <<stack, bh>>
    /\ UNCHANGED <<kernel, quiesce, quiescedParent, blkQuiesce, blkQueue, blkInFlight, drainedSec>>
    /\ UNCHANGED <<graphVars, lockStateVars>>

\* NestedRead: a callee takes the read lock again (reader_count++ ...
ReqNestedInc(t) ==
    /\ At(t, {"NRdInc", "NParked"})
    /\ readerCount' = [readerCount EXCEPT ![Home(t)] = @ + 1]
    /\ SetR(t, "NRdCheck")
    /\ NoLockChange /\ UNCHANGED <<stack, bh>>
    /\ UNCHANGED <<hasWriter, readerQueue, wrHeld, rNode, kernel>>
    /\ UNCHANGED <<graphVars, drainVars>>

\* ... fast path: the inner section runs and its rdunlock kicks; slow path
\* as in ReqRdSlow (a writer gone meanwhile: the inner section runs and
\* unlocks), but the outer section still counts the coroutine.
ReqNestedCheck(t) ==
    /\ At(t, {"NRdCheck"})
    /\ IF hasWriter = 0
       THEN /\ readerCount' = [readerCount EXCEPT ![Home(t)] = @ - 1]
            /\ bh' = Kick(bh)
            /\ SetR(t, "RdUnlock")
       ELSE /\ SetR(t, "NRdSlow")
            /\ UNCHANGED <<readerCount, bh>>
    /\ NoLockChange /\ UNCHANGED stack
    /\ UNCHANGED <<hasWriter, readerQueue, wrHeld, rNode, kernel>>
    /\ UNCHANGED <<graphVars, drainVars>>

ReqNestedSlow(t) ==
    /\ At(t, {"NRdSlow"})
    /\ readerCount' = [readerCount EXCEPT ![Home(t)] = @ - 1]
    /\ IF hasWriter = 0
       THEN /\ bh' = Kick(bh)
            /\ SetR(t, "RdUnlock")
            /\ UNCHANGED <<readerQueue, stack>>
       ELSE /\ bh' = IF BugH4 THEN bh ELSE Kick(bh)
            /\ readerQueue' = Append(readerQueue, Co(t))
            /\ SetR(t, "NParked")
            /\ Yield(t)
    /\ NoLockChange
    /\ UNCHANGED <<hasWriter, wrHeld, rNode, kernel>>
    /\ UNCHANGED <<graphVars, drainVars>>

\* bdrv_graph_co_rdunlock: reader_count--, smp_mb, aio_wait_kick (BugB2:
\* only if has_writer, which the polling writer has set to 0).
ReqRdUnlock(t) ==
    /\ At(t, {"RdUnlock"})
    /\ readerCount' = [readerCount EXCEPT ![Home(t)] = @ - 1]
    /\ bh' = IF BugB2 /\ hasWriter = 0 THEN bh ELSE Kick(bh)
    /\ SetR(t, "Fin")
    /\ NoLockChange /\ UNCHANGED stack
    /\ UNCHANGED <<hasWriter, readerQueue, wrHeld, rNode, kernel>>
    /\ UNCHANGED <<graphVars, drainVars>>

\* blk_dec_in_flight (dec, then aio_wait_kick; BugB7: kick first) and the
\* coroutine terminates.  A block-layer coroutine just terminates.
ReqFinish(t) ==
    /\ At(t, {"Fin"})
    /\ IF Co(t) \in JobReqs
       THEN /\ SetR(t, "Done") /\ Yield(t) /\ UNCHANGED <<blkInFlight, bh>>
       ELSE IF BugB7
       THEN /\ bh' = Kick(bh) /\ SetR(t, "BlkDec") /\ UNCHANGED <<blkInFlight, stack>>
       ELSE /\ blkInFlight' = blkInFlight - 1
            /\ bh' = Kick(bh)
            /\ SetR(t, "Done")
            /\ Yield(t)
    /\ NoLockChange
    /\ UNCHANGED <<rNode, kernel, quiesce, quiescedParent, blkQuiesce, blkQueue, inFlight, drainedSec>>
    /\ UNCHANGED <<graphVars, lockStateVars>>

ReqBlkDec(t) ==
    /\ At(t, {"BlkDec"})
    /\ blkInFlight' = blkInFlight - 1
    /\ SetR(t, "Done")
    /\ Yield(t)
    /\ NoLockChange /\ UNCHANGED bh
    /\ UNCHANGED <<rNode, kernel, quiesce, quiescedParent, blkQuiesce, blkQueue, inFlight, drainedSec>>
    /\ UNCHANGED <<graphVars, lockStateVars>>

-----------------------------------------------------------------------------
(* The environment: the guest submits a request (blk_aio_prwv: blk->       *)
(* in_flight++ and the request coroutine is scheduled in its context), the *)
(* host completes an I/O (aio_co_wake re-enters the coroutine in its own   *)
(* context, co->ctx).                                                      *)

Submit(r) ==
    /\ rState[r] = "Idle"
    /\ rState' = [rState EXCEPT ![r] = "Sub"]
    /\ blkInFlight' = IF r \in JobReqs THEN blkInFlight ELSE blkInFlight + 1
    /\ bh' = Schedule(bh, ReqCtx(r), r)
    /\ UNCHANGED <<lockOwner, lockDepth, heldDepth, stack, numWaiters>>
    /\ UNCHANGED <<quiesce, quiescedParent, blkQuiesce, blkQueue, inFlight, drainedSec>>
    /\ UNCHANGED <<rNode, kernel, graphVars, lockStateVars>>

IoComplete(r) ==
    /\ r \in kernel
    /\ kernel' = kernel \ {r}
    /\ bh' = Schedule(bh, ReqCtx(r), r)
    /\ UNCHANGED <<lockOwner, lockDepth, heldDepth, stack, numWaiters>>
    /\ UNCHANGED <<rState, rNode, graphVars, drainVars, lockStateVars>>

-----------------------------------------------------------------------------

Init ==
    /\ InitAio
    /\ stack = [t \in Threads |-> IF t = Main THEN <<ProgFrame("main")>> ELSE <<>>]
    /\ InitGraph
    /\ InitDrain
    /\ InitGraphLock
    /\ rState = [r \in Requests |-> "Idle"]
    /\ rNode = [r \in Requests |-> None]
    /\ kernel = {}

ProgStep(t) ==
    \/ ProgAcquire(t) \/ ProgRelease(t) \/ DrainBegin(t) \/ DrainPolled(t) \/ DrainEnd(t)
    \/ QuiesceParent(t) \/ PollIdleStep(t) \/ WrLockBegin(t) \/ WrLockPoll(t) \/ WrLockSet(t)
    \/ WrLockLateSet(t) \/ WrLockEnd(t) \/ WrUnlockStep(t) \/ ReplaceEdge(t) \/ ScheduleBh(t)
    \/ ProgReturn(t)

CoStep(t) ==
    \/ ReqGate(t) \/ ReqRdInc(t) \/ ReqRdCheck(t) \/ ReqRdSlow(t) \/ ReqCapture(t)
    \/ ReqComplete(t) \/ ReqNodeDec(t) \/ ReqNestedInc(t) \/ ReqNestedCheck(t)
    \/ ReqNestedSlow(t) \/ ReqRdUnlock(t) \/ ReqFinish(t) \/ ReqBlkDec(t)

ThreadStep(t) ==
    \/ WaitEnterStep(t) \/ WaitPollStep(t) \/ WaitCheckStep(t) \/ LoopStepT(t)
    \/ WakeEnterStep(t) \/ WakeLeaveStep(t)
    \/ ProgStep(t)
    \/ CoStep(t)

Env(r) == Submit(r) \/ IoComplete(r)

\* All operations finished and all threads idle: the only legitimate
\* terminal states; an explicit stuttering step keeps them from being
\* reported as deadlocks.
Done ==
    /\ \A t \in Threads : Idle(t)
    /\ \A x \in Contexts : bh[x] = <<>>
    /\ \A r \in Requests : rState[r] = "Done"

Terminated == Done /\ UNCHANGED vars

Next ==
    \/ \E t \in Threads : ThreadStep(t)
    \/ \E r \in Requests : Env(r)
    \/ Terminated

Spec == Init /\ [][Next]_vars

\* Weak fairness on every thread's steps and on the environment.
FairSpec == Spec /\ \A t \in Threads : WF_vars(ThreadStep(t)) /\ \A r \in Requests : WF_vars(Env(r))

-----------------------------------------------------------------------------
(* Invariants (the oracle reports them by these names)                     *)

\* States in which a request holds an in-flight count of its node, of the
\* BlockBackend, and the read lock.
HoldsNode == {"Issued", "NodeDec"}
HoldsBlk  == {"Sub", "RdInc", "RdCheck", "RdSlow", "RParked", "Capture", "Issued", "NodeDec",
              "NRdInc", "NRdCheck", "NRdSlow", "NParked", "RdUnlock", "Fin", "BlkDec"}
HoldsRead == {"Capture", "Issued", "NodeDec", "NRdInc", "NRdCheck", "NRdSlow", "NParked", "RdUnlock"}
Reading(r) == UsesRdLock /\ rState[r] \in HoldsRead

TypeOK ==
    /\ lockOwner \in [Contexts -> Threads \cup {None}]
    /\ lockDepth \in [Contexts -> Nat]
    /\ heldDepth \in [Threads -> [Contexts -> Nat]]
    /\ numWaiters \in Nat
    /\ edgeBs \in [Edges -> Nodes \cup {None}]
    /\ parents \in [Nodes -> SUBSET Edges]
    /\ children \in [Nodes -> SUBSET Edges]
    /\ quiesce \in [Nodes -> Nat]
    /\ quiescedParent \in [Edges -> BOOLEAN]
    /\ blkQuiesce \in Nat
    /\ blkQueue \in Seq(Requests)
    /\ inFlight \in [Nodes -> Nat]
    /\ blkInFlight \in Nat
    /\ hasWriter \in {0, 1}
    /\ readerCount \in [Contexts -> Nat]
    /\ readerQueue \in Seq(Requests)
    /\ wrHeld \in BOOLEAN
    /\ rState \in [Requests -> RStates]
    /\ rNode \in [Requests -> Nodes \cup {None}]
    /\ kernel \subseteq Requests

\* bs->in_flight counts exactly the requests that captured bs and have not
\* decremented; blk->in_flight exactly the guest requests between their
\* increment and decrement, a request parked at the gate not included.
InFlightAccounting ==
    /\ \A n \in Nodes : inFlight[n] = Cardinality({r \in Requests : rNode[r] = n /\ rState[r] \in HoldsNode})
    /\ blkInFlight = Cardinality({r \in Requests \ JobReqs : rState[r] \in HoldsBlk})

\* No I/O in flight through an edge while it is re-pointed: a request that
\* holds its node still finds that node at the end of its edge.
NoIoThroughReplacedEdge ==
    \A r \in Requests : rState[r] \in HoldsNode => edgeBs[ReqEdge[r]] = rNode[r]

\* No reader holds the read lock inside the writer's section.
ReaderWriterExclusion ==
    wrHeld => \A r \in Requests : ~Reading(r)

\* The writer never polls while it holds the write lock.
NoPollUnderWrLock ==
    wrHeld => \A i \in DOMAIN stack[Main] : stack[Main][i].fn # "Wait"

\* reader_count of a context counts the coroutines of that context between
\* their increment and decrement (a nested section counts twice).
ReaderAccounting ==
    \A x \in Contexts :
        readerCount[x] = IF ~UsesRdLock THEN 0 ELSE
            Cardinality({r \in Requests : ReqCtx(r) = x /\ rState[r] \in {"RdCheck", "RdSlow"} \cup HoldsRead})
          + Cardinality({r \in Requests : ReqCtx(r) = x /\ rState[r] \in {"NRdCheck", "NRdSlow"}})

\* Inside a drained section (its poll has returned) the node and its
\* ancestors are idle: no request holds them, and no guest request is past
\* the BlockBackend's gate (a request just submitted is counted in
\* blk->in_flight until it reaches the gate and parks).
DrainedMeansIdle ==
    \A n \in Nodes :
        drainedSec[n] > 0 =>
            ~BusyIf(n, \E r \in Requests \ JobReqs : rState[r] \in HoldsBlk \ {"Sub"})

\* No lost wakeup: a thread asleep in a poll whose condition is already
\* false has a wake-up on its way (a pending BH in the context it polls).
NoLostWakeup ==
    \A t \in Threads :
        (TopAt(t, "Wait", "poll") /\ ~CondNow(t)) => bh[Home(t)] # <<>>

CoroutinesWellFormed == CoroutineEntry

\* bdrv_drained_end only ends a drained section that exists (QEMU asserts
\* quiesce_counter > 0).
DrainBalanced ==
    \A t \in Threads : AtOp(t, "drainEnd") => quiesce[CurOp(t).node] > 0

\* Liveness: every request completes (checked under FairSpec).
AllRequestsComplete == <>(\A r \in Requests : rState[r] = "Done")

=============================================================================
