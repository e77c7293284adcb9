------------------------------ MODULE GraphLock ------------------------------
(***************************************************************************)
(* Third slice of the GraphSpec QEMU block-layer model: the graph rwlock   *)
(* (block/graph-lock.c, QEMU 8.0 .. 8.2 forms, plus mutants).              *)
(*                                                                         *)
(* Reuses the first slice (AioLock) through a named INSTANCE, as Drain     *)
(* does: the recursive AioContext lock, the AIO_WAIT_WHILE steps, the      *)
(* dummy BH of aio_wait_kick and the call-stack helpers.  AioLock's        *)
(* wait condition "InFlight" is substituted by WaitVal: Σ readerCount      *)
(* while the writer polls for readers, blk->in_flight while the main       *)
(* thread drains inside its write section (BugB11 only).                   *)
(*                                                                         *)
(* Scenario: guest requests in the IOThread context X pass the BlockBackend*)
(* gate (blk_wait_while_drained), take the read lock                       *)
(* (bdrv_graph_co_rdlock), hold it across their I/O, and drop it in their   *)
(* completion (bdrv_graph_co_rdunlock).  The main thread holds X once (the *)
(* 8.x caller convention) and runs bdrv_graph_wrlock(bs):                  *)
(*   bdrv_drain_all_begin_nopoll  (quiesces the BlockBackend)               *)
(*   [8.1/8.2] aio_context_release(X)  (WriterReleasesCtx)                 *)
(*   loop { has_writer := 0;                                               *)
(*          AIO_WAIT_WHILE_UNLOCKED(NULL, reader_count() >= 1);            *)
(*          has_writer := 1; smp_mb; } while reader_count() >= 1           *)
(*   [8.1/8.2] aio_context_acquire(X)                                      *)
(*   bdrv_drain_all_end                                                    *)
(* then a write section that edits nothing yet (pc "write"), then          *)
(* bdrv_graph_wrunlock: has_writer := 0 and every parked reader is         *)
(* restarted through a BH in its own context.                              *)
(*                                                                         *)
(* AIO_WAIT_WHILE_UNLOCKED(NULL, ...) is AioLock's wait with ctx = MainCtx *)
(* (the caller's home context): case A, no lock level released.           *)
(*                                                                         *)
(* Mutants (bug-catalog):                                                  *)
(*   WriterReleasesCtx = FALSE - 8.0 form, B3: the writer polls while      *)
(*     still owning X; the reader's completion needs X -> deadlock.        *)
(*   BugB2  - rdunlock kicks only if has_writer = 1, but the writer zeroes *)
(*     has_writer while it polls -> lost wakeup -> deadlock (no other      *)
(*     kick source exists in this model once the last reader is gone).     *)
(*   BugH4  - the rdlock slow path drops its reader_count increment but    *)
(*     forgets aio_wait_kick -> the polling writer may sleep with          *)
(*     reader_count = 0 (invariant NoLostWakeup).                          *)
(*   BugH1  - the writer checks reader_count before setting has_writer:   *)
(*     a reader slips in between -> reader inside the write section.      *)
(*   BugB11 - the writer drains (bdrv_drained_begin) inside its write      *)
(*     section: a request that passed the BlockBackend gate is parked on  *)
(*     the read lock holding blk->in_flight -> deadlock.                   *)
(*   BugH2  - has_writer stays 1 while polling: a reader that needs a      *)
(*     second, nested read section to finish (NestedRead) parks on the    *)
(*     reader queue while still counted -> the writer waits forever.       *)
(*     Not modelled to a verdict yet: NestedRead also hangs the fixed      *)
(*     writer (park while counted), so no rwlock_H2 model is shipped.      *)
(*                                                                         *)
(* Simplifications: reader_count is per context but only X has readers;    *)
(* aio_context_list_lock is implied by step atomicity (the writer's         *)
(* reader_count() sum, the slow path's re-check-and-park, and wrunlock's    *)
(* restart are single steps); drain_all is the BlockBackend gate only.    *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Main, IoThread, MainCtx, X, None,   \* as in AioLock
    Requests,           \* guest requests (model values)
    WriterReleasesCtx,  \* TRUE = 8.1/8.2 bdrv_graph_wrlock(bs); FALSE = 8.0
    NestedRead,         \* TRUE: a request's completion takes the read lock again
    BugB2, BugH4, BugH1, BugB11, BugH2

ASSUME \A b \in {WriterReleasesCtx, NestedRead, BugB2, BugH4, BugH1, BugB11, BugH2} : b \in BOOLEAN

VARIABLES
    lockOwner, lockDepth, heldDepth, stack, bh, numWaiters,   \* AioLock's
    hasWriter,    \* has_writer
    readerCount,  \* readerCount[ctx] : the per-AioContext reader_count
    readerQueue,  \* reader_queue: requests parked in the rdlock slow path
    blkQuiesce,   \* blk->quiesce_counter (0/1, raised by drain_all_begin)
    blkQueue,     \* blk->queued_requests
    blkInFlight,  \* blk->in_flight
    rState,       \* rState[r]
    kernel        \* requests whose I/O is with the host

aioVars == <<lockOwner, lockDepth, heldDepth, stack, bh, numWaiters>>
glVars  == <<hasWriter, readerCount, readerQueue, blkQuiesce, blkQueue, blkInFlight, rState, kernel>>
vars    == <<aioVars, glVars>>

Contexts == {MainCtx, X}
Threads  == {Main, IoThread}

ReaderSum == readerCount[MainCtx] + readerCount[X]

\* The main thread's bottom frame records where the current wait returns to;
\* "drainRet" = the B11 drain inside the write section, else the reader poll.
WaitVal == IF stack[Main] # <<>> /\ stack[Main][1].pc = "drainRet"
           THEN blkInFlight ELSE ReaderSum

A == INSTANCE AioLock WITH inFlight <- WaitVal, ioPending <- FALSE, MainHoldsDepth <- 1

RStates == {"Idle", "Gate", "BlkParked", "RdInc", "RdCheck", "RdSlow", "RdQueue",
            "RParked", "Reading", "Issued", "Nested", "NestedCheck", "Unlocked", "Done"}

\* States in which a request holds the read lock (passed the has_writer check).
Holding == {"Reading", "Issued", "Nested", "NestedCheck"}

BH(kind, r) == [kind |-> kind, req |-> r]

\* "Complete": I/O completion of r in X; "Reenter": restart of a reader
\* parked on reader_queue (wrunlock); "BlkReenter": restart of a request
\* parked at the BlockBackend gate (drain_all_end).
EntryFrame(cb) ==
    CASE cb.kind = "Dummy"      -> A!Frame("Dummy", "run", None, None)
      [] cb.kind = "Complete"   -> A!Frame("Complete", "lock", None, cb.req)
      [] cb.kind = "Reenter"    -> A!Frame("Reenter", "lock", None, cb.req)
      [] cb.kind = "BlkReenter" -> A!Frame("BlkReenter", "lock", None, cb.req)

\* One restart BH per parked request (order irrelevant: one per context).
SetToSeq(S) == CHOOSE f \in [1..Cardinality(S) -> S] :
                   \A i, j \in 1..Cardinality(S) : i # j => f[i] # f[j]
Restart(kind, S) == LET q == SetToSeq(S) IN [i \in 1..Len(q) |-> BH(kind, q[i])]

\* aio_wait_kick: wake the main loop only if somebody waits.  A kick while
\* a dummy BH is still pending is folded into it (it adds no wake-up; the
\* writer/reader retry loops would otherwise grow the queue without bound).
Kick(b) == IF numWaiters > 0 /\ BH("Dummy", None) \notin {b[MainCtx][i] : i \in 1..Len(b[MainCtx])} THEN [b EXCEPT ![MainCtx] = Append(@, BH("Dummy", None))] ELSE b

Top(t)  == A!Top(t)
Idle(t) == A!Idle(t)
IsFrame(t, fn, pc) == ~Idle(t) /\ Top(t).fn = fn /\ Top(t).pc = pc
Arg(t) == Top(t).cond

-----------------------------------------------------------------------------
(* Generic steps from AioLock (see Drain for why plain variables are pinned) *)

WaitGeneric(t) ==
    /\ UNCHANGED glVars
    /\ UNCHANGED bh
    /\ \/ A!WaitEnter(t) \/ A!WaitExit(t)
       \/ /\ UNCHANGED numWaiters
          /\ \/ A!WaitCheck(t) \/ A!WaitUnlock(t) \/ A!WaitRelock(t) \/ A!RunDummy(t)

WaitPoll(t) ==
    LET x == A!Home(t) IN
    /\ A!IsWait(t, "poll")
    /\ bh[x] # <<>>
    /\ bh' = [bh EXCEPT ![x] = Tail(@)]
    /\ A!Call(t, IF A!Home(t) = Top(t).ctx THEN "check" ELSE "relock", EntryFrame(Head(bh[x])))
    /\ A!LockUnchanged
    /\ UNCHANGED numWaiters /\ UNCHANGED glVars

LoopStep(t) ==
    LET x == A!Home(t) IN
    /\ Idle(t)
    /\ bh[x] # <<>>
    /\ bh' = [bh EXCEPT ![x] = Tail(@)]
    /\ stack' = [stack EXCEPT ![t] = <<EntryFrame(Head(bh[x]))>>]
    /\ A!LockUnchanged
    /\ UNCHANGED numWaiters /\ UNCHANGED glVars

-----------------------------------------------------------------------------
(* Request coroutine steps in X's IoThread (top level, X's lock free: the   *)
(* lock is taken and dropped inside each atomic step, as in Drain).         *)

ReqCtxFree == Idle(IoThread) /\ lockOwner[X] = None
ReqUnchangedAio == A!LockUnchanged /\ UNCHANGED <<stack, numWaiters>>
SetR(r, s) == rState' = [rState EXCEPT ![r] = s]

\* blk_inc_in_flight at submission.
ReqStart(r) ==
    /\ ReqCtxFree /\ rState[r] = "Idle"
    /\ blkInFlight' = blkInFlight + 1
    /\ SetR(r, "Gate")
    /\ ReqUnchangedAio /\ UNCHANGED bh
    /\ UNCHANGED <<hasWriter, readerCount, readerQueue, blkQuiesce, blkQueue, kernel>>

\* blk_wait_while_drained (with the B4 fix: give back blk->in_flight and
\* kick before parking on queued_requests).
ReqGate(r) ==
    /\ ReqCtxFree /\ rState[r] = "Gate"
    /\ IF blkQuiesce > 0
       THEN /\ blkInFlight' = blkInFlight - 1
            /\ bh' = Kick(bh)
            /\ blkQueue' = blkQueue \cup {r}
            /\ SetR(r, "BlkParked")
       ELSE /\ SetR(r, "RdInc")
            /\ UNCHANGED <<blkInFlight, bh, blkQueue>>
    /\ ReqUnchangedAio
    /\ UNCHANGED <<hasWriter, readerCount, readerQueue, blkQuiesce, kernel>>

\* bdrv_graph_co_rdlock, split at its memory barrier: reader_count++ ...
ReqRdInc(r) ==
    /\ ReqCtxFree /\ rState[r] \in {"RdInc", "Nested"}
    /\ readerCount' = [readerCount EXCEPT ![X] = @ + 1]
    /\ SetR(r, IF rState[r] = "Nested" THEN "NestedCheck" ELSE "RdCheck")
    /\ ReqUnchangedAio /\ UNCHANGED bh
    /\ UNCHANGED <<hasWriter, readerQueue, blkQuiesce, blkQueue, blkInFlight, kernel>>

\* ... then read has_writer: fast path returns holding the lock.
\* A nested read section (NestedRead) that succeeds ends at once (inner
\* rdunlock, kick) and the outer section continues to its completion.
ReqRdCheck(r) ==
    /\ ReqCtxFree /\ rState[r] \in {"RdCheck", "NestedCheck"}
    /\ IF hasWriter = 0
       THEN IF rState[r] = "RdCheck"
            THEN /\ SetR(r, "Reading")
                 /\ UNCHANGED <<readerCount, bh>>
            ELSE /\ readerCount' = [readerCount EXCEPT ![X] = @ - 1]
                 /\ bh' = Kick(bh)
                 /\ SetR(r, "Unlocking")
       ELSE /\ SetR(r, IF rState[r] = "RdCheck" THEN "RdSlow" ELSE "NestedSlow")
            /\ UNCHANGED <<readerCount, bh>>
    /\ ReqUnchangedAio
    /\ UNCHANGED <<hasWriter, readerQueue, blkQuiesce, blkQueue, blkInFlight, kernel>>

\* Slow path: undo the increment and aio_wait_kick so that a polling writer
\* re-evaluates reader_count (BugH4: no kick).
ReqRdSlow(r) ==
    /\ ReqCtxFree /\ rState[r] = "RdSlow"
    /\ readerCount' = [readerCount EXCEPT ![X] = @ - 1]
    /\ bh' = IF BugH4 THEN bh ELSE Kick(bh)
    /\ SetR(r, "RdQueue")
    /\ ReqUnchangedAio
    /\ UNCHANGED <<hasWriter, readerQueue, blkQuiesce, blkQueue, blkInFlight, kernel>>

\* Under aio_context_list_lock: park on reader_queue if a writer is still
\* there, otherwise retry from the increment.
ReqRdQueue(r) ==
    /\ ReqCtxFree /\ rState[r] = "RdQueue"
    /\ IF hasWriter = 1
       THEN /\ readerQueue' = readerQueue \cup {r}
            /\ SetR(r, "RParked")
       ELSE /\ SetR(r, "RdInc")
            /\ UNCHANGED readerQueue
    /\ ReqUnchangedAio /\ UNCHANGED bh
    /\ UNCHANGED <<hasWriter, readerCount, blkQuiesce, blkQueue, blkInFlight, kernel>>

\* Nested read section's slow path (NestedRead): the inner rdlock sees a
\* writer; the outer section keeps its reader_count.  Its undo of the inner
\* increment and the kick are one step; it then parks (has_writer = 1) or
\* retries.
ReqNestedSlow(r) ==
    /\ ReqCtxFree /\ rState[r] = "NestedSlow"
    /\ readerCount' = [readerCount EXCEPT ![X] = @ - 1]
    /\ bh' = Kick(bh)
    /\ IF hasWriter = 1
       THEN /\ readerQueue' = readerQueue \cup {r}
            /\ SetR(r, "NParked")
       ELSE /\ SetR(r, "Nested")
            /\ UNCHANGED readerQueue
    /\ ReqUnchangedAio
    /\ UNCHANGED <<hasWriter, blkQuiesce, blkQueue, blkInFlight, kernel>>

\* Submission to the host while holding the read lock.
ReqIssue(r) ==
    /\ ReqCtxFree /\ rState[r] = "Reading"
    /\ SetR(r, "Issued")
    /\ kernel' = kernel \cup {r}
    /\ ReqUnchangedAio /\ UNCHANGED bh
    /\ UNCHANGED <<hasWriter, readerCount, readerQueue, blkQuiesce, blkQueue, blkInFlight>>

IoComplete(r) ==
    /\ r \in kernel
    /\ kernel' = kernel \ {r}
    /\ bh' = [bh EXCEPT ![X] = Append(@, BH("Complete", r))]
    /\ ReqUnchangedAio
    /\ UNCHANGED <<hasWriter, readerCount, readerQueue, blkQuiesce, blkQueue, blkInFlight, rState>>

-----------------------------------------------------------------------------
(* Callbacks in X: aio_co_enter takes X's lock around the coroutine (<= 8.2) *)

CbLock(t, fn, next) ==
    /\ IsFrame(t, fn, "lock")
    /\ A!DoAcquire(t, X)
    /\ A!SetPc(t, next)
    /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED glVars

\* The request coroutine resumes after its I/O.  With NestedRead it first
\* enters a nested read section (a callee taking the lock again), which
\* runs as the request steps above once the callback returns.
CompResume(t) ==
    LET r == Arg(t) IN
    /\ IsFrame(t, "Complete", "resume")
    /\ SetR(r, IF NestedRead THEN "Nested" ELSE "Unlocking")
    /\ A!SetPc(t, "unlock")
    /\ A!LockUnchanged /\ UNCHANGED <<bh, numWaiters>>
    /\ UNCHANGED <<hasWriter, readerCount, readerQueue, blkQuiesce, blkQueue, blkInFlight, kernel>>

\* bdrv_graph_co_rdunlock: reader_count--, smp_mb, then aio_wait_kick --
\* always (fixed), or only if has_writer = 1 (BugB2, the original code).
ReqRdUnlock(r) ==
    /\ ReqCtxFree /\ rState[r] = "Unlocking"
    /\ readerCount' = [readerCount EXCEPT ![X] = @ - 1]
    /\ bh' = IF BugB2 /\ hasWriter = 0 THEN bh ELSE Kick(bh)
    /\ SetR(r, "Unlocked")
    /\ ReqUnchangedAio
    /\ UNCHANGED <<hasWriter, readerQueue, blkQuiesce, blkQueue, blkInFlight, kernel>>

\* blk_dec_in_flight (+ aio_wait_kick) at the end of the request.
ReqFinish(r) ==
    /\ ReqCtxFree /\ rState[r] = "Unlocked"
    /\ blkInFlight' = blkInFlight - 1
    /\ bh' = Kick(bh)
    /\ SetR(r, "Done")
    /\ ReqUnchangedAio
    /\ UNCHANGED <<hasWriter, readerCount, readerQueue, blkQuiesce, blkQueue, kernel>>

\* A reader restarted by wrunlock goes back to the top of rdlock's loop
\* (a nested one back to its inner rdlock).
ReenterGo(t) ==
    LET r == Arg(t) IN
    /\ IsFrame(t, "Reenter", "go")
    /\ SetR(r, IF rState[r] = "NParked" THEN "Nested" ELSE "RdInc")
    /\ A!SetPc(t, "unlock")
    /\ A!LockUnchanged /\ UNCHANGED <<bh, numWaiters>>
    /\ UNCHANGED <<hasWriter, readerCount, readerQueue, blkQuiesce, blkQueue, blkInFlight, kernel>>

\* A request restarted by drain_all_end re-takes blk->in_flight and re-checks
\* the gate.
BlkReenterGo(t) ==
    LET r == Arg(t) IN
    /\ IsFrame(t, "BlkReenter", "go")
    /\ blkInFlight' = blkInFlight + 1
    /\ SetR(r, "Gate")
    /\ A!SetPc(t, "unlock")
    /\ A!LockUnchanged /\ UNCHANGED <<bh, numWaiters>>
    /\ UNCHANGED <<hasWriter, readerCount, readerQueue, blkQuiesce, blkQueue, kernel>>

CbUnlock(t) ==
    /\ ~Idle(t) /\ Top(t).fn \in {"Complete", "Reenter", "BlkReenter"} /\ Top(t).pc = "unlock"
    /\ A!DoRelease(t, X)
    /\ A!Pop(t)
    /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED glVars

-----------------------------------------------------------------------------
(* The main thread (frame "Writer").  pcs: acquire, begin, unlockCtx, zero,  *)
(* wait, set, recheck, h1set, relockCtx, end, write, drainRet, wrunlock,      *)
(* release, finish.                                                          *)

MainAt(pc) == IsFrame(Main, "Writer", pc)
MainGo(pc, next) ==
    /\ MainAt(pc) /\ A!SetPc(Main, next)
    /\ A!LockUnchanged /\ UNCHANGED <<bh, numWaiters>>
MainUnch(vs) == UNCHANGED vs

\* The caller holds X once (8.x convention for bdrv_graph_wrlock(bs)).
MainAcquire ==
    /\ MainAt("acquire") /\ A!DoAcquire(Main, X) /\ A!SetPc(Main, "begin")
    /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED glVars

\* bdrv_drain_all_begin_nopoll: quiesce the BlockBackend, do not poll.
MainBegin ==
    /\ MainGo("begin", "unlockCtx")
    /\ blkQuiesce' = 1
    /\ UNCHANGED <<hasWriter, readerCount, readerQueue, blkQueue, blkInFlight, rState, kernel>>

\* 8.1/8.2: drop one level of bs's context before polling (B3 fix).
MainUnlockCtx ==
    /\ MainAt("unlockCtx")
    /\ IF WriterReleasesCtx THEN A!DoRelease(Main, X) ELSE A!LockUnchanged
    /\ A!SetPc(Main, "zero")
    /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED glVars

\* has_writer := 0 so that readers polled by the writer can progress
\* (BugH2: left at 1).
MainZero ==
    /\ MainGo("zero", "wait")
    /\ hasWriter' = IF BugH2 THEN 1 ELSE 0
    /\ UNCHANGED <<readerCount, readerQueue, blkQuiesce, blkQueue, blkInFlight, rState, kernel>>

\* AIO_WAIT_WHILE_UNLOCKED(NULL, reader_count() >= 1).
MainWait ==
    /\ MainAt("wait")
    /\ A!Call(Main, "set", A!Frame("Wait", "enter", MainCtx, "InFlight"))
    /\ A!LockUnchanged /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED glVars

\* has_writer := 1; smp_mb (BugH1: not yet -- check the readers first).
MainSet ==
    /\ MainGo("set", "recheck")
    /\ hasWriter' = IF BugH1 THEN hasWriter ELSE 1
    /\ UNCHANGED <<readerCount, readerQueue, blkQuiesce, blkQueue, blkInFlight, rState, kernel>>

\* while (reader_count() >= 1).  BugH1 sets has_writer only after a check
\* that found no reader.
MainRecheck ==
    /\ MainGo("recheck", IF ReaderSum >= 1 THEN "zero"
                         ELSE IF BugH1 THEN "h1set" ELSE "relockCtx")
    /\ UNCHANGED glVars

MainH1Set ==
    /\ MainGo("h1set", "relockCtx")
    /\ hasWriter' = 1
    /\ UNCHANGED <<readerCount, readerQueue, blkQuiesce, blkQueue, blkInFlight, rState, kernel>>

MainRelockCtx ==
    /\ MainAt("relockCtx")
    /\ IF WriterReleasesCtx THEN A!DoAcquire(Main, X) ELSE A!LockUnchanged
    /\ A!SetPc(Main, "end")
    /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED glVars

\* bdrv_drain_all_end: unquiesce, restart requests parked at the gate.
MainEnd ==
    /\ MainAt("end")
    /\ blkQuiesce' = 0
    /\ bh' = [bh EXCEPT ![X] = @ \o Restart("BlkReenter", blkQueue)]
    /\ blkQueue' = {}
    /\ A!SetPc(Main, "write")
    /\ A!LockUnchanged /\ UNCHANGED numWaiters
    /\ UNCHANGED <<hasWriter, readerCount, readerQueue, blkInFlight, rState, kernel>>

\* The write section (graph edits come in a later slice).  BugB11: drain
\* inside it, bdrv_drained_begin -> AIO_WAIT_WHILE(X, in-flight > 0).
MainWrite ==
    /\ MainAt("write")
    /\ IF BugB11
       THEN A!Call(Main, "drainRet", A!Frame("Wait", "enter", X, "InFlight"))
       ELSE A!SetPc(Main, "wrunlock")
    /\ A!LockUnchanged /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED glVars

MainDrainRet ==
    /\ MainGo("drainRet", "wrunlock")
    /\ UNCHANGED glVars

\* bdrv_graph_wrunlock: has_writer := 0, then restart every reader parked
\* on reader_queue, each through a BH in its context (X).
MainWrUnlock ==
    /\ MainAt("wrunlock")
    /\ hasWriter' = 0
    /\ bh' = [bh EXCEPT ![X] = @ \o Restart("Reenter", readerQueue)]
    /\ readerQueue' = {}
    /\ A!SetPc(Main, "release")
    /\ A!LockUnchanged /\ UNCHANGED numWaiters
    /\ UNCHANGED <<readerCount, blkQuiesce, blkQueue, blkInFlight, rState, kernel>>

MainRelease ==
    /\ MainAt("release") /\ A!DoRelease(Main, X) /\ A!SetPc(Main, "finish")
    /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED glVars

MainFinish ==
    /\ MainAt("finish") /\ A!Pop(Main)
    /\ A!LockUnchanged /\ UNCHANGED <<bh, numWaiters>> /\ UNCHANGED glVars

MainStep ==
    \/ MainAcquire \/ MainBegin \/ MainUnlockCtx \/ MainZero \/ MainWait
    \/ MainSet \/ MainRecheck \/ MainH1Set \/ MainRelockCtx \/ MainEnd
    \/ MainWrite \/ MainDrainRet \/ MainWrUnlock \/ MainRelease \/ MainFinish

-----------------------------------------------------------------------------

Init ==
    /\ lockOwner = [x \in Contexts |-> None]
    /\ lockDepth = [x \in Contexts |-> 0]
    /\ heldDepth = [t \in Threads |-> [x \in Contexts |-> 0]]
    /\ stack = [t \in Threads |->
                  IF t = Main THEN <<A!Frame("Writer", "acquire", None, None)>> ELSE <<>>]
    /\ bh = [x \in Contexts |-> <<>>]
    /\ numWaiters = 0
    /\ hasWriter = 0
    /\ readerCount = [x \in Contexts |-> 0]
    /\ readerQueue = {}
    /\ blkQuiesce = 0
    /\ blkQueue = {}
    /\ blkInFlight = 0
    /\ rState = [r \in Requests |-> "Idle"]
    /\ kernel = {}

ThreadStep(t) ==
    \/ WaitGeneric(t) \/ WaitPoll(t) \/ LoopStep(t)
    \/ CbLock(t, "Complete", "resume") \/ CompResume(t)
    \/ CbLock(t, "Reenter", "go") \/ ReenterGo(t)
    \/ CbLock(t, "BlkReenter", "go") \/ BlkReenterGo(t)
    \/ CbUnlock(t)

RequestStep(r) ==
    \/ ReqStart(r) \/ ReqGate(r) \/ ReqRdInc(r) \/ ReqRdCheck(r) \/ ReqRdSlow(r)
    \/ ReqRdQueue(r) \/ ReqNestedSlow(r) \/ ReqIssue(r) \/ IoComplete(r)
    \/ ReqRdUnlock(r) \/ ReqFinish(r)

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
    /\ lockDepth \in [Contexts -> 0..1]
    /\ heldDepth \in [Threads -> [Contexts -> 0..1]]
    /\ numWaiters \in 0..1
    /\ \A t \in Threads : Len(stack[t]) <= 3
    /\ \A x \in Contexts : Len(bh[x]) <= 3
    /\ hasWriter \in {0, 1}
    /\ readerCount \in [Contexts -> 0..2 * Cardinality(Requests)]
    /\ readerQueue \subseteq Requests
    /\ blkQuiesce \in {0, 1}
    /\ blkQueue \subseteq Requests
    /\ blkInFlight \in 0..Cardinality(Requests)
    /\ rState \in [Requests -> RStates \cup {"NestedSlow", "NParked", "Unlocking"}]
    /\ kernel \subseteq Requests

LockBookkeeping == A!LockBookkeeping
AioWaitDepthOne == A!AioWaitDepthOne
IoThreadIdleUnlocked == A!IoThreadIdleUnlocked

\* reader_count of X counts exactly the requests between their increment
\* and their decrement: transiently the ones checking has_writer (RdCheck,
\* RdSlow), and the ones holding the lock (a nested section counts twice
\* while its inner increment is pending).
ReaderAccounting ==
    readerCount[X] = Cardinality({r \in Requests : rState[r] \in {"RdCheck", "RdSlow"} \cup Holding \cup {"Unlocking", "NestedSlow", "NParked"}})
                   + Cardinality({r \in Requests : rState[r] \in {"NestedCheck", "NestedSlow"}})

\* Main is in its write section: after wrlock returned, before wrunlock.
WriteSection ==
    /\ stack[Main] # <<>> /\ stack[Main][1].fn = "Writer"
    /\ stack[Main][1].pc \in {"write", "drainRet", "wrunlock"}

\* Readers and the writer exclude each other: in the write section no
\* request holds the read lock, and reader_count has no holder in it (only
\* readers that incremented and have not yet seen has_writer = 1; QEMU
\* allows that transient count, which is why the brief's "= 0" is stated
\* as "no holder counted").
ReaderWriterExclusion ==
    WriteSection =>
        /\ \A r \in Requests : rState[r] \notin Holding \cup {"Unlocking", "NestedSlow", "NParked"}
        /\ readerCount[X] = Cardinality({r \in Requests : rState[r] \in {"RdCheck", "RdSlow"}})

\* The main thread never polls (AIO_WAIT_WHILE) while it holds the write
\* lock with has_writer = 1 in its write section.
NoPollUnderWrLock ==
    ~(WriteSection /\ hasWriter = 1 /\ Len(stack[Main]) > 1 /\ stack[Main][2].fn = "Wait")

\* No lost wakeup: when the writer sleeps in its poll although its
\* condition is already false, a wake-up must be on its way (a pending BH in
\* the main context).
NoLostWakeup ==
    (A!IsWait(Main, "poll") /\ ~A!Cond("InFlight")) => bh[MainCtx] # <<>>

=============================================================================
