-------------------------------- MODULE Drain --------------------------------
(***************************************************************************)
(* Second slice of the GraphSpec QEMU block-layer model: drain (8.x,       *)
(* single node) together with one BlockBackend and guest requests.         *)
(*                                                                         *)
(* Reuses the first slice (AioLock) through a named INSTANCE: the          *)
(* recursive AioContext lock, the AIO_WAIT_WHILE steps, the dummy BH of    *)
(* aio_wait_kick and the call-stack helpers come from there unchanged.     *)
(* AioLock's scalar `inFlight` is substituted by the drain condition       *)
(* WaitSum (node in-flight + BlockBackend in-flight), so AioLock's wait     *)
(* condition "InFlight" is exactly                                          *)
(*     AIO_WAIT_WHILE(ctx(n), n->in_flight > 0 || blk->in_flight > 0)       *)
(* which is what bdrv_drained_begin's poll phase amounts to once           *)
(* bdrv_drain_poll has asked the parent (blk_root_drained_poll).          *)
(* Only the callback dispatch (WaitPoll / LoopStep) is re-stated here,     *)
(* because this slice has more kinds of bottom halves.                     *)
(*                                                                         *)
(* Scenario: one node (in context X, run by IoThread) attached to one       *)
(* BlockBackend through the root edge.  Guest requests are submitted in    *)
(* X; the main thread takes X's lock once, drains the node, stays in a     *)
(* drained section (without the lock, as a block job or a QMP command      *)
(* that drops the lock between steps would), then ends the drain.          *)
(*                                                                         *)
(* Mutants (bug-catalog):                                                  *)
(*   BugB4  - a request parking in blk_wait_while_drained keeps its        *)
(*            blk->in_flight count: the drain waits for it, it waits for   *)
(*            the drain to end -> deadlock.                                *)
(*   BugB14 - an error path after bdrv_inc_in_flight (request padding      *)
(*            failure in bdrv_co_preadv_part) returns without              *)
(*            bdrv_dec_in_flight: the node's counter leaks, every later    *)
(*            drain of the node hangs.                                     *)
(*   BugB10 - the BlockBackend does not queue requests while quiesced (the *)
(*            state before blk_wait_while_drained existed): a request      *)
(*            reaches the node inside the drained section.                 *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Main, IoThread, MainCtx, X, None,   \* as in AioLock
    Nodes,      \* block nodes (model values); this slice uses one
    Root,       \* the node the BlockBackend's root edge points to
    Requests,   \* guest requests (model values)
    BugB4, BugB14, BugB10

ASSUME Root \in Nodes /\ BugB4 \in BOOLEAN /\ BugB14 \in BOOLEAN /\ BugB10 \in BOOLEAN

VARIABLES
    lockOwner, lockDepth, heldDepth, stack, bh, numWaiters,   \* AioLock's
    inFlight,       \* inFlight[n]  : bs->in_flight
    quiesce,        \* quiesce[n]   : bs->quiesce_counter
    quiescedParent, \* root edge's BdrvChild.quiesced_parent
    blkInFlight,    \* blk->in_flight
    blkQuiesce,     \* blk->quiesce_counter
    blkQueue,       \* blk->queued_requests (parked request coroutines)
    rState,         \* rState[r]
    rNode,          \* rNode[r] : node captured from the root edge, or None
    kernel          \* requests submitted to the host, completion not yet delivered

aioVars  == <<lockOwner, lockDepth, heldDepth, stack, bh, numWaiters>>
drainVars == <<inFlight, quiesce, quiescedParent, blkInFlight, blkQuiesce,
               blkQueue, rState, rNode, kernel>>
vars == <<aioVars, drainVars>>

\* The condition drain polls on (see the header).  With one node this is
\* the drained node's counter plus the BlockBackend's.
WaitSum == inFlight[Root] + blkInFlight

A == INSTANCE AioLock WITH inFlight <- WaitSum, ioPending <- FALSE, MainHoldsDepth <- 1

Contexts == {MainCtx, X}
Threads  == {Main, IoThread}
Ctx(n) == X            \* every node lives in X in this slice

RStates == {"Idle", "Gate", "Parked", "Captured", "Issued", "Completed", "Done"}

\* Bottom halves are records; "Dummy" is aio_wait_kick's no-op BH,
\* "Complete" the I/O completion of request r delivered to X, "Reenter"
\* the wake-up of a parked request coroutine (aio_co_wake into its ctx).
BH(kind, r) == [kind |-> kind, req |-> r]

\* Callback frames reuse AioLock's frame shape; the request travels in the
\* otherwise unused `cond` field.
EntryFrame(cb) ==
    CASE cb.kind = "Dummy"    -> A!Frame("Dummy", "run", None, None)
      [] cb.kind = "Complete" -> A!Frame("Complete", "lock", None, cb.req)
      [] cb.kind = "Reenter"  -> A!Frame("Reenter", "lock", None, cb.req)

\* aio_wait_kick: wake the main loop only if somebody waits.
Kick(b) == IF numWaiters > 0 THEN [b EXCEPT ![MainCtx] = Append(@, BH("Dummy", None))] ELSE b

Top(t)  == A!Top(t)
Idle(t) == A!Idle(t)
IsFrame(t, fn, pc) == ~Idle(t) /\ Top(t).fn = fn /\ Top(t).pc = pc

-----------------------------------------------------------------------------
(* Generic steps taken from AioLock.  Their UNCHANGED <<inFlight>> is about *)
(* WaitSum only, so this slice's variables are pinned explicitly.           *)

WaitGeneric(t) ==
    /\ UNCHANGED drainVars
    /\ UNCHANGED bh
    \* AioLock's steps end in UNCHANGED <<bh, inFlight, ...>>; with inFlight
    \* substituted by an expression the checker compares that tuple as a
    \* value, so the plain variables in it are pinned first.
    /\ \/ A!WaitEnter(t) \/ A!WaitExit(t)
       \/ /\ UNCHANGED numWaiters
          /\ \/ A!WaitCheck(t) \/ A!WaitUnlock(t) \/ A!WaitRelock(t) \/ A!RunDummy(t)

\* Blocking aio_poll inside AIO_WAIT_WHILE (as AioLock!WaitPoll, with this
\* slice's callbacks).
WaitPoll(t) ==
    LET x == A!Home(t) IN
    /\ A!IsWait(t, "poll")
    /\ bh[x] # <<>>
    /\ bh' = [bh EXCEPT ![x] = Tail(@)]
    /\ A!Call(t, IF A!Home(t) = Top(t).ctx THEN "check" ELSE "relock", EntryFrame(Head(bh[x])))
    /\ A!LockUnchanged
    /\ UNCHANGED <<numWaiters>> /\ UNCHANGED drainVars

\* Top-level event loop iteration (iothread_run / main loop).
LoopStep(t) ==
    LET x == A!Home(t) IN
    /\ Idle(t)
    /\ bh[x] # <<>>
    /\ bh' = [bh EXCEPT ![x] = Tail(@)]
    /\ stack' = [stack EXCEPT ![t] = <<EntryFrame(Head(bh[x]))>>]
    /\ A!LockUnchanged
    /\ UNCHANGED <<numWaiters>> /\ UNCHANGED drainVars

-----------------------------------------------------------------------------
(* The guest request path, blk_aio_preadv -> blk_co_do_preadv_part ->       *)
(* bdrv_co_preadv_part.  These steps run in X's IoThread (virtio-blk's       *)
(* handler with X's lock taken, <= 8.2); each step is atomic with respect   *)
(* to X because a coroutine only switches at yields, and the lock is taken  *)
(* and dropped inside the step, so it needs IoThread at top level and X's   *)
(* lock free.                                                               *)

ReqCtxFree == Idle(IoThread) /\ lockOwner[X] = None

ReqUnchangedAio == A!LockUnchanged /\ UNCHANGED <<stack, numWaiters>>

\* blk_inc_in_flight: the BlockBackend counts the request from submission on.
ReqStart(r) ==
    /\ ReqCtxFree
    /\ rState[r] = "Idle"
    /\ blkInFlight' = blkInFlight + 1
    /\ rState' = [rState EXCEPT ![r] = "Gate"]
    /\ ReqUnchangedAio /\ UNCHANGED bh
    /\ UNCHANGED <<inFlight, quiesce, quiescedParent, blkQuiesce, blkQueue, rNode, kernel>>

\* blk_wait_while_drained, then (no yield in between) bdrv_inc_in_flight on
\* the node read from the root edge (blk_bs(blk)).  While the BlockBackend
\* is quiesced the request drops its blk->in_flight count (the B4 fix), kicks
\* the drain waiting for it, and parks on queued_requests.  BugB10: no gate.
ReqGate(r) ==
    /\ ReqCtxFree
    /\ rState[r] = "Gate"
    /\ IF blkQuiesce > 0 /\ ~BugB10
       THEN /\ blkInFlight' = IF BugB4 THEN blkInFlight ELSE blkInFlight - 1
            /\ bh' = IF BugB4 THEN bh ELSE Kick(bh)
            /\ blkQueue' = Append(blkQueue, r)
            /\ rState' = [rState EXCEPT ![r] = "Parked"]
            /\ UNCHANGED <<inFlight, rNode>>
       ELSE /\ rNode' = [rNode EXCEPT ![r] = Root]
            /\ inFlight' = [inFlight EXCEPT ![Root] = @ + 1]
            /\ rState' = [rState EXCEPT ![r] = "Captured"]
            /\ UNCHANGED <<blkInFlight, bh, blkQueue>>
    /\ ReqUnchangedAio
    /\ UNCHANGED <<quiesce, quiescedParent, blkQuiesce, kernel>>

\* Submission to the host (bdrv_driver_preadv -> linux-aio/io_uring).
ReqIssue(r) ==
    /\ ReqCtxFree
    /\ rState[r] = "Captured"
    /\ rState' = [rState EXCEPT ![r] = "Issued"]
    /\ kernel' = kernel \cup {r}
    /\ ReqUnchangedAio /\ UNCHANGED bh
    /\ UNCHANGED <<inFlight, quiesce, quiescedParent, blkInFlight, blkQuiesce, blkQueue, rNode>>

\* Error path before submission (bdrv_pad_request failing in
\* bdrv_co_preadv_part): the coroutine returns at once; it must undo
\* bdrv_inc_in_flight (skipped with BugB14), then blk_co_do_preadv_part
\* finishes with blk_dec_in_flight.  Both decrements kick waiters.
ReqError(r) ==
    /\ ReqCtxFree
    /\ rState[r] = "Captured"
    /\ inFlight' = IF BugB14 THEN inFlight ELSE [inFlight EXCEPT ![rNode[r]] = @ - 1]
    /\ blkInFlight' = blkInFlight - 1
    /\ bh' = Kick(bh)
    /\ rState' = [rState EXCEPT ![r] = "Done"]
    /\ ReqUnchangedAio
    /\ UNCHANGED <<quiesce, quiescedParent, blkQuiesce, blkQueue, rNode, kernel>>

\* The host completes; the completion is dispatched in the node's context.
IoComplete(r) ==
    /\ r \in kernel
    /\ kernel' = kernel \ {r}
    /\ bh' = [bh EXCEPT ![Ctx(rNode[r])] = Append(@, BH("Complete", r))]
    /\ A!LockUnchanged /\ UNCHANGED <<stack, numWaiters>>
    /\ UNCHANGED <<inFlight, quiesce, quiescedParent, blkInFlight, blkQuiesce, blkQueue, rState, rNode>>

-----------------------------------------------------------------------------
(* Completion callback in the node's context: resume the request coroutine *)
(* (aio_co_enter brackets it with the context lock up to 8.2), which runs   *)
(* to its end: bdrv_dec_in_flight (+ bdrv_wakeup kick), then in the        *)
(* BlockBackend layer blk_dec_in_flight (+ aio_wait_kick).                 *)

Arg(t) == Top(t).cond

CompLock(t) ==
    /\ IsFrame(t, "Complete", "lock")
    /\ A!DoAcquire(t, X)
    /\ A!SetPc(t, "decNode")
    /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED drainVars

CompDecNode(t) ==
    LET r == Arg(t) IN
    /\ IsFrame(t, "Complete", "decNode")
    /\ inFlight' = [inFlight EXCEPT ![rNode[r]] = @ - 1]
    /\ bh' = Kick(bh)
    /\ rState' = [rState EXCEPT ![r] = "Completed"]
    /\ A!SetPc(t, "decBlk")
    /\ A!LockUnchanged /\ UNCHANGED numWaiters
    /\ UNCHANGED <<quiesce, quiescedParent, blkInFlight, blkQuiesce, blkQueue, rNode, kernel>>

CompDecBlk(t) ==
    LET r == Arg(t) IN
    /\ IsFrame(t, "Complete", "decBlk")
    /\ blkInFlight' = blkInFlight - 1
    /\ bh' = Kick(bh)
    /\ rState' = [rState EXCEPT ![r] = "Done"]
    /\ A!SetPc(t, "unlock")
    /\ A!LockUnchanged /\ UNCHANGED numWaiters
    /\ UNCHANGED <<inFlight, quiesce, quiescedParent, blkQuiesce, blkQueue, rNode, kernel>>

\* Shared by both callback kinds: the coroutine yielded or ended.
CbUnlock(t) ==
    /\ ~Idle(t) /\ Top(t).fn \in {"Complete", "Reenter"} /\ Top(t).pc = "unlock"
    /\ A!DoRelease(t, X)
    /\ A!Pop(t)
    /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED drainVars

\* A woken parked request re-enters blk_wait_while_drained's loop: it takes
\* its blk->in_flight count back (already kept with BugB4) and returns to
\* the gate, which re-checks the quiesce counter.
ReenterLock(t) ==
    /\ IsFrame(t, "Reenter", "lock")
    /\ A!DoAcquire(t, X)
    /\ A!SetPc(t, "gate")
    /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED drainVars

ReenterGate(t) ==
    LET r == Arg(t) IN
    /\ IsFrame(t, "Reenter", "gate")
    /\ blkInFlight' = IF BugB4 THEN blkInFlight ELSE blkInFlight + 1
    /\ rState' = [rState EXCEPT ![r] = "Gate"]
    /\ A!SetPc(t, "unlock")
    /\ A!LockUnchanged /\ UNCHANGED <<bh, numWaiters>>
    /\ UNCHANGED <<inFlight, quiesce, quiescedParent, blkQuiesce, blkQueue, rNode, kernel>>

-----------------------------------------------------------------------------
(* The main thread: aio_context_acquire(X); bdrv_drained_begin(Root);       *)
(* aio_context_release(X); ...drained section...; aio_context_acquire(X);   *)
(* bdrv_drained_end(Root); aio_context_release(X).                          *)
(* pcs: acquire, begin, poll, release1, drained, acquire2, end, release2,    *)
(*      finish                                                               *)

MainAt(pc) == IsFrame(Main, "Drain", pc)

MainLock(pc, next) ==
    /\ MainAt(pc)
    /\ A!DoAcquire(Main, X)
    /\ A!SetPc(Main, next)
    /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED drainVars

MainUnlock(pc, next) ==
    /\ MainAt(pc)
    /\ A!DoRelease(Main, X)
    /\ A!SetPc(Main, next)
    /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED drainVars

\* bdrv_do_drained_begin, quiesce phase: the first quiesce of the node
\* (0 -> 1) calls bdrv_parent_drained_begin, i.e. for the root edge
\* blk_root_drained_begin, which raises blk->quiesce_counter (the edge
\* remembers it in quiesced_parent so that the end is balanced).
MainBegin ==
    /\ MainAt("begin")
    /\ quiesce' = [quiesce EXCEPT ![Root] = @ + 1]
    /\ IF quiesce[Root] = 0
       THEN /\ blkQuiesce' = blkQuiesce + 1
            /\ quiescedParent' = TRUE
       ELSE UNCHANGED <<blkQuiesce, quiescedParent>>
    /\ A!SetPc(Main, "poll")
    /\ A!LockUnchanged /\ UNCHANGED <<bh, numWaiters>>
    /\ UNCHANGED <<inFlight, blkInFlight, blkQueue, rState, rNode, kernel>>

\* Poll phase: BDRV_POLL_WHILE(bs, bdrv_drain_poll(...)), i.e. AioLock's
\* AIO_WAIT_WHILE on X with condition WaitSum > 0.
MainPoll ==
    /\ MainAt("poll")
    /\ A!Call(Main, "release1", A!Frame("Wait", "enter", X, "InFlight"))
    /\ A!LockUnchanged /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED drainVars

\* The drained section itself: the caller works on the quiescent node.
MainDrained ==
    /\ MainAt("drained")
    /\ A!SetPc(Main, "acquire2")
    /\ A!LockUnchanged /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED drainVars

\* bdrv_drained_end: the last end (1 -> 0) calls blk_root_drained_end;
\* when blk->quiesce_counter drops to 0 every parked request is restarted
\* (qemu_co_enter_next on queued_requests), each through a BH in its
\* context.
MainEnd ==
    /\ MainAt("end")
    /\ quiesce' = [quiesce EXCEPT ![Root] = @ - 1]
    /\ IF quiesce[Root] = 1 /\ quiescedParent
       THEN /\ blkQuiesce' = blkQuiesce - 1
            /\ quiescedParent' = FALSE
            /\ IF blkQuiesce = 1
               THEN /\ bh' = [bh EXCEPT ![X] = @ \o
                              [i \in 1..Len(blkQueue) |-> BH("Reenter", blkQueue[i])]]
                    /\ blkQueue' = <<>>
               ELSE UNCHANGED <<bh, blkQueue>>
       ELSE UNCHANGED <<blkQuiesce, quiescedParent, bh, blkQueue>>
    /\ A!SetPc(Main, "release2")
    /\ A!LockUnchanged /\ UNCHANGED numWaiters
    /\ UNCHANGED <<inFlight, blkInFlight, rState, rNode, kernel>>

MainFinish ==
    /\ MainAt("finish")
    /\ A!Pop(Main)
    /\ A!LockUnchanged /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED drainVars

MainStep ==
    \/ MainLock("acquire", "begin") \/ MainBegin \/ MainPoll
    \/ MainUnlock("release1", "drained") \/ MainDrained
    \/ MainLock("acquire2", "end") \/ MainEnd
    \/ MainUnlock("release2", "finish") \/ MainFinish

-----------------------------------------------------------------------------

Init ==
    /\ lockOwner = [x \in Contexts |-> None]
    /\ lockDepth = [x \in Contexts |-> 0]
    /\ heldDepth = [t \in Threads |-> [x \in Contexts |-> 0]]
    /\ stack = [t \in Threads |->
                  IF t = Main THEN <<A!Frame("Drain", "acquire", None, None)>> ELSE <<>>]
    /\ bh = [x \in Contexts |-> <<>>]
    /\ numWaiters = 0
    /\ inFlight = [n \in Nodes |-> 0]
    /\ quiesce = [n \in Nodes |-> 0]
    /\ quiescedParent = FALSE
    /\ blkInFlight = 0
    /\ blkQuiesce = 0
    /\ blkQueue = <<>>
    /\ rState = [r \in Requests |-> "Idle"]
    /\ rNode = [r \in Requests |-> None]
    /\ kernel = {}

ThreadStep(t) ==
    \/ WaitGeneric(t) \/ WaitPoll(t) \/ LoopStep(t)
    \/ CompLock(t) \/ CompDecNode(t) \/ CompDecBlk(t) \/ CbUnlock(t)
    \/ ReenterLock(t) \/ ReenterGate(t)

RequestStep(r) ==
    ReqStart(r) \/ ReqGate(r) \/ ReqIssue(r) \/ ReqError(r) \/ IoComplete(r)

\* Legitimate end: drain finished, every request done, nothing pending.
Done ==
    /\ \A t \in Threads : Idle(t)
    /\ \A x \in Contexts : bh[x] = <<>>
    /\ \A r \in Requests : rState[r] = "Done"

Terminated == Done /\ UNCHANGED vars

Next ==
    \/ MainStep
    \/ \E t \in Threads : ThreadStep(t)
    \/ \E r \in Requests : RequestStep(r)
    \/ Terminated

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Invariants *)

TypeOK ==
    /\ lockOwner \in [Contexts -> Threads \cup {None}]
    /\ lockDepth \in [Contexts -> 0..1]       \* Main takes X once here
    /\ heldDepth \in [Threads -> [Contexts -> 0..1]]
    /\ numWaiters \in 0..1
    /\ \A t \in Threads : Len(stack[t]) <= 3
    /\ \A x \in Contexts : Len(bh[x]) <= 2 * Cardinality(Requests) + 1
    /\ inFlight \in [Nodes -> 0..Cardinality(Requests)]
    /\ quiesce \in [Nodes -> 0..1]
    /\ quiescedParent \in BOOLEAN
    /\ blkInFlight \in 0..Cardinality(Requests)
    /\ blkQuiesce \in 0..1
    /\ rState \in [Requests -> RStates]
    /\ rNode \in [Requests -> Nodes \cup {None}]
    /\ kernel \subseteq Requests

LockBookkeeping == A!LockBookkeeping
AioWaitDepthOne == A!AioWaitDepthOne
IoThreadIdleUnlocked == A!IoThreadIdleUnlocked

\* Counter bookkeeping.  A request holds the node's count from capture
\* (bdrv_inc_in_flight) until its completion callback drops it ("Completed"
\* = node side finished, BlockBackend side still pending), and the
\* BlockBackend's count from blk_inc_in_flight until Done, except while
\* parked (the B4 fix gives the count back before parking).
InFlightAccounting ==
    /\ \A n \in Nodes :
          inFlight[n] = Cardinality({r \in Requests : rNode[r] = n /\ rState[r] \in {"Captured", "Issued"}})
    /\ blkInFlight = Cardinality({r \in Requests : rState[r] \in {"Gate", "Captured", "Issued", "Completed"}})

\* The parent-side view is consistent: the BlockBackend is quiesced exactly
\* while the root edge has quiesced it, and parked requests exist only then
\* (or until the Reenter BHs ran).
QuiesceConsistent ==
    /\ quiescedParent <=> (quiesce[Root] > 0)
    /\ blkQuiesce = IF quiescedParent THEN 1 ELSE 0
    /\ \A i \in 1..Len(blkQueue) : rState[blkQueue[i]] = "Parked"

\* Main is past the poll (the Wait frame has returned; while it is still on
\* top of the stack the Drain frame's pc already names the return point).
InDrainedSection ==
    /\ ~Idle(Main) /\ Top(Main).fn = "Drain"
    /\ Top(Main).pc \in {"release1", "drained", "acquire2", "end"}

\* bdrv_drained_begin's promise: once it returns and until bdrv_drained_end,
\* no request is active on the drained node.
DrainedMeansIdle ==
    InDrainedSection =>
        \A r \in Requests : ~(rNode[r] = Root /\ rState[r] \in {"Captured", "Issued", "Completed"})

\* Reachability witness (expected to be violated): the safe model really
\* parks a request, so the wake-up path of drained_end is exercised.
NeverParked == \A r \in Requests : rState[r] # "Parked"

=============================================================================
