------------------------------- MODULE AioLock -------------------------------
(***************************************************************************)
(* First slice of the GraphSpec QEMU block-layer model (issue 4):          *)
(* the recursive AioContext lock (QEMU <= 8.2), AIO_WAIT_WHILE split into   *)
(* its individual steps, aio_wait_kick, bottom-half queues, the IOThread    *)
(* event loop, and one in-flight request whose completion needs the lock.   *)
(*                                                                         *)
(* Scenario: the main thread takes the IOThread context's lock             *)
(* MainHoldsDepth times (aio_context_acquire; 2 = a helper re-acquires a   *)
(* lock its caller already holds, bug-catalog B8) and then drains the node *)
(* (bdrv_drained_begin -> AIO_WAIT_WHILE(ctx, inFlight > 0)).  The request *)
(* completes in the IOThread, whose callback must win the same lock before *)
(* it can resume the request coroutine (aio_co_enter / co_schedule_bh_cb   *)
(* bracket the coroutine entry with acquire/release up to 8.2).            *)
(*                                                                         *)
(* Why the depth matters: AIO_WAIT_WHILE, when called by the main thread   *)
(* for a foreign context, releases the lock exactly once before sleeping   *)
(* in the main context's poll and re-acquires once afterwards.  At depth 1 *)
(* this frees the lock; at depth 2 the main thread still owns it while it  *)
(* sleeps, the IOThread blocks in aio_context_acquire, the request never   *)
(* finishes, nobody calls aio_wait_kick, and the main thread never wakes:  *)
(* a cross-thread wait-for cycle that TLC-style deadlock checking reports. *)
(*                                                                         *)
(* Threads keep explicit call stacks (a Seq of frames) because the poll    *)
(* inside AIO_WAIT_WHILE is a nested event loop: it runs whatever callback *)
(* is pending, and that callback may itself wait (push another Wait frame).*)
(* Every action below is one atomic step of one thread (sequentially       *)
(* consistent; the smp_mb pairs of AIO_WAIT_WHILE/aio_wait_kick are        *)
(* implied by step atomicity).                                             *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Main,           \* the main-loop thread (holds the BQL, runs QMP handlers)
    IoThread,       \* the IOThread that runs context X
    MainCtx,        \* qemu_aio_context, home of Main
    X,              \* the IOThread's AioContext; the drained node lives here
    None,           \* "no owner" / unused frame field
    MainHoldsDepth  \* how often Main acquires X before draining: 1 ok, 2 = B8

ASSUME MainHoldsDepth \in {1, 2}

Threads  == {Main, IoThread}
Contexts == {MainCtx, X}

\* Home context of each thread (in_aio_context_home_thread).
Home(t) == IF t = Main THEN MainCtx ELSE X

\* Bound on the recursion depth of the QemuRecMutex (TypeOK only).
MaxDepth == 2

\* Pending callbacks a context's bottom-half list can hold.  "Dummy" is the
\* no-op BH that aio_wait_kick schedules in the main context; "Completion"
\* is the I/O completion of the request, delivered to X (linux-aio /
\* io_uring / thread-pool completion, folded with co_schedule_bh_cb).
Callbacks == {"Dummy", "Completion"}

\* Wait conditions are named, evaluated by Cond below.
CondIds == {"InFlight"}

\* A frame of a thread's call stack.  All frames have the same fields so
\* that sequences of frames are homogeneous; unused fields hold None.
\*   fn  : which code the frame executes
\*   pc  : where in that code it is
\*   ctx : for "Wait" frames, the context passed to AIO_WAIT_WHILE
\*   cond: for "Wait" frames, the condition id
Fns == {"MainOp", "Wait", "Dummy", "Completion"}
Pcs == {"acquire", "drain", "release", "finish",                 \* MainOp
        "enter", "check", "unlock", "poll", "relock", "exit",     \* Wait
        "run",                                                    \* Dummy
        "lock", "resume", "kick", "unlockCb"}                     \* Completion
Frame(fn, pc, ctx, cond) == [fn |-> fn, pc |-> pc, ctx |-> ctx, cond |-> cond]
Frames == [fn : Fns, pc : Pcs, ctx : Contexts \cup {None}, cond : CondIds \cup {None}]

VARIABLES
    lockOwner,   \* lockOwner[x] : owning thread of x's recursive mutex, or None
    lockDepth,   \* lockDepth[x] : recursion depth of x's mutex
    heldDepth,   \* ghost: heldDepth[t][x] = how many levels thread t holds
    stack,       \* stack[t] : Seq of frames, head = bottom, Last = top
    bh,          \* bh[x] : Seq of pending callbacks of context x (FIFO)
    numWaiters,  \* global_aio_wait.num_waiters
    inFlight,    \* in-flight requests on the drained node (bs->in_flight)
    ioPending    \* TRUE while the request is still being processed by the
                 \* "kernel"; its completion has not been delivered to X yet

vars == <<lockOwner, lockDepth, heldDepth, stack, bh, numWaiters, inFlight, ioPending>>

-----------------------------------------------------------------------------
(* Helpers on stacks *)

Top(t)      == stack[t][Len(stack[t])]
Idle(t)     == stack[t] = <<>>
\* Replace the top frame's pc.
SetPc(t, pc) ==
    LET s == stack[t] IN
    stack' = [stack EXCEPT ![t] = [s EXCEPT ![Len(s)].pc = pc]]
\* Pop the top frame.
Pop(t)      == stack' = [stack EXCEPT ![t] = SubSeq(@, 1, Len(@) - 1)]
\* Set the top frame's pc, then push a new frame on top of it (a call).
Call(t, pc, f) ==
    LET s == stack[t] IN
    stack' = [stack EXCEPT ![t] = Append([s EXCEPT ![Len(s)].pc = pc], f)]
\* The frame a callback starts in.
EntryFrame(cb) ==
    CASE cb = "Dummy"      -> Frame("Dummy", "run", None, None)
      [] cb = "Completion" -> Frame("Completion", "lock", None, None)

Cond(c) == CASE c = "InFlight" -> inFlight > 0

-----------------------------------------------------------------------------
(* QemuRecMutex: aio_context_acquire / aio_context_release (<= 8.2).        *)
(* Acquire is enabled only when the lock is free or already ours: a thread  *)
(* that would block simply has no enabled step, which is how a blocked      *)
(* pthread_mutex_lock shows up in the state graph.                          *)

CanAcquire(t, x) == lockOwner[x] \in {None, t}

DoAcquire(t, x) ==
    /\ CanAcquire(t, x)
    /\ lockOwner' = [lockOwner EXCEPT ![x] = t]
    /\ lockDepth' = [lockDepth EXCEPT ![x] = @ + 1]
    /\ heldDepth' = [heldDepth EXCEPT ![t][x] = @ + 1]

\* Releasing a level we do not hold is an error in QEMU (qemu_mutex_unlock:
\* Operation not permitted); here it is simply not enabled, and
\* LockBookkeeping would catch a model that tried.
DoRelease(t, x) ==
    /\ lockOwner[x] = t
    /\ lockDepth' = [lockDepth EXCEPT ![x] = @ - 1]
    /\ lockOwner' = [lockOwner EXCEPT ![x] = IF lockDepth[x] = 1 THEN None ELSE t]
    /\ heldDepth' = [heldDepth EXCEPT ![t][x] = @ - 1]

LockUnchanged == UNCHANGED <<lockOwner, lockDepth, heldDepth>>

\* aio_wait_kick: only the main loop is woken, by a no-op BH in its context,
\* and only if somebody is inside AIO_WAIT_WHILE.
KickBh == IF numWaiters > 0 THEN [bh EXCEPT ![MainCtx] = Append(@, "Dummy")] ELSE bh

-----------------------------------------------------------------------------
(* The main thread's operation: a QMP-handler-like sequence.               *)
(*   aio_context_acquire(X) MainHoldsDepth times                           *)
(*   bdrv_drained_begin(bs) = AIO_WAIT_WHILE(X, inFlight > 0)              *)
(*   aio_context_release(X) as many times                                  *)

MainOpAcquire ==
    /\ ~Idle(Main) /\ Top(Main).fn = "MainOp" /\ Top(Main).pc = "acquire"
    /\ DoAcquire(Main, X)
    /\ SetPc(Main, IF heldDepth[Main][X] + 1 = MainHoldsDepth THEN "drain" ELSE "acquire")
    /\ UNCHANGED <<bh, numWaiters, inFlight, ioPending>>

\* bdrv_drained_begin: the quiesce phase is not modelled in this slice; the
\* poll phase is one AIO_WAIT_WHILE on the node's context.
MainOpDrain ==
    /\ ~Idle(Main) /\ Top(Main).fn = "MainOp" /\ Top(Main).pc = "drain"
    /\ Call(Main, "release", Frame("Wait", "enter", X, "InFlight"))
    /\ LockUnchanged
    /\ UNCHANGED <<bh, numWaiters, inFlight, ioPending>>

MainOpRelease ==
    /\ ~Idle(Main) /\ Top(Main).fn = "MainOp" /\ Top(Main).pc = "release"
    /\ DoRelease(Main, X)
    /\ SetPc(Main, IF heldDepth[Main][X] = 1 THEN "finish" ELSE "release")
    /\ UNCHANGED <<bh, numWaiters, inFlight, ioPending>>

MainOpFinish ==
    /\ ~Idle(Main) /\ Top(Main).fn = "MainOp" /\ Top(Main).pc = "finish"
    /\ Pop(Main)
    /\ LockUnchanged
    /\ UNCHANGED <<bh, numWaiters, inFlight, ioPending>>

-----------------------------------------------------------------------------
(* AIO_WAIT_WHILE(ctx, cond), pre-9.0 form with unlock = TRUE, one action   *)
(* per step of the macro.  Thread t runs the top frame.                     *)

IsWait(t, pc) == ~Idle(t) /\ Top(t).fn = "Wait" /\ Top(t).pc = pc

\* num_waiters++ (followed by the barrier that pairs with aio_wait_kick).
WaitEnter(t) ==
    /\ IsWait(t, "enter")
    /\ numWaiters' = numWaiters + 1
    /\ SetPc(t, "check")
    /\ LockUnchanged
    /\ UNCHANGED <<bh, inFlight, ioPending>>

\* Loop head: evaluate cond.  Case A (t runs ctx itself): poll ctx directly,
\* no lock operations.  Case B (main thread waiting for a foreign context):
\* release one level, poll the MAIN context, re-acquire one level.
WaitCheck(t) ==
    /\ IsWait(t, "check")
    /\ SetPc(t, IF ~Cond(Top(t).cond) THEN "exit"
                ELSE IF Home(t) = Top(t).ctx THEN "poll"
                ELSE "unlock")
    /\ LockUnchanged
    /\ UNCHANGED <<bh, numWaiters, inFlight, ioPending>>

\* Case B: aio_context_release(ctx) -- exactly ONE level of the recursive
\* mutex.  The macro's contract is "ctx acquired exactly once"; this step
\* does not check it (QEMU does not either), AioWaitDepthOne does.
WaitUnlock(t) ==
    /\ IsWait(t, "unlock")
    /\ DoRelease(t, Top(t).ctx)
    /\ SetPc(t, "poll")
    /\ UNCHANGED <<bh, numWaiters, inFlight, ioPending>>

\* Blocking aio_poll: case B polls the caller's home (main) context, case A
\* the waited-for context, which is the caller's home as well.  Enabled only
\* if a BH is pending there -- a blocking poll on an empty queue sleeps, i.e.
\* has no step.  The BH runs nested, on top of the Wait frame: this is the
\* nested event loop.
WaitPoll(t) ==
    LET x == Home(t) IN
    /\ IsWait(t, "poll")
    /\ bh[x] # <<>>
    /\ bh' = [bh EXCEPT ![x] = Tail(@)]
    /\ Call(t, IF Home(t) = Top(t).ctx THEN "check" ELSE "relock", EntryFrame(Head(bh[x])))
    /\ LockUnchanged
    /\ UNCHANGED <<numWaiters, inFlight, ioPending>>

\* Case B: aio_context_acquire(ctx) -- one level back; may block.
WaitRelock(t) ==
    /\ IsWait(t, "relock")
    /\ DoAcquire(t, Top(t).ctx)
    /\ SetPc(t, "check")
    /\ UNCHANGED <<bh, numWaiters, inFlight, ioPending>>

\* num_waiters--, return to the caller.
WaitExit(t) ==
    /\ IsWait(t, "exit")
    /\ numWaiters' = numWaiters - 1
    /\ Pop(t)
    /\ LockUnchanged
    /\ UNCHANGED <<bh, inFlight, ioPending>>

-----------------------------------------------------------------------------
(* Callbacks *)

\* dummy_bh_cb of aio_wait_kick: does nothing, its only purpose was to make
\* the main loop's aio_poll return.
RunDummy(t) ==
    /\ ~Idle(t) /\ Top(t).fn = "Dummy"
    /\ Pop(t)
    /\ LockUnchanged
    /\ UNCHANGED <<bh, numWaiters, inFlight, ioPending>>

\* Completion callback in X's home thread.  To resume the request coroutine
\* it goes through aio_co_enter (same context, not in a coroutine), which up
\* to 8.2 brackets qemu_aio_coroutine_enter with aio_context_acquire /
\* aio_context_release of X.  The acquire blocks while another thread owns X.
CompletionLock(t) ==
    /\ ~Idle(t) /\ Top(t).fn = "Completion" /\ Top(t).pc = "lock"
    /\ DoAcquire(t, X)
    /\ SetPc(t, "resume")
    /\ UNCHANGED <<bh, numWaiters, inFlight, ioPending>>

\* The request coroutine runs to its end: bdrv_dec_in_flight(bs) ...
CompletionResume(t) ==
    /\ ~Idle(t) /\ Top(t).fn = "Completion" /\ Top(t).pc = "resume"
    /\ inFlight' = inFlight - 1
    /\ SetPc(t, "kick")
    /\ LockUnchanged
    /\ UNCHANGED <<bh, numWaiters, ioPending>>

\* ... which calls bdrv_wakeup -> aio_wait_kick.
CompletionKick(t) ==
    /\ ~Idle(t) /\ Top(t).fn = "Completion" /\ Top(t).pc = "kick"
    /\ bh' = KickBh
    /\ SetPc(t, "unlockCb")
    /\ LockUnchanged
    /\ UNCHANGED <<numWaiters, inFlight, ioPending>>

\* The coroutine yielded/terminated: aio_context_release(X), return.
CompletionUnlock(t) ==
    /\ ~Idle(t) /\ Top(t).fn = "Completion" /\ Top(t).pc = "unlockCb"
    /\ DoRelease(t, X)
    /\ Pop(t)
    /\ UNCHANGED <<bh, numWaiters, inFlight, ioPending>>

-----------------------------------------------------------------------------
(* Event loops and the environment *)

\* iothread_run: while (running) aio_poll(ctx, true).  At top level (empty
\* stack, no lock held -- the IOThread does not sleep holding its context's
\* lock) it takes the next pending BH of its context and runs it.
\* The same step is the main loop's own top-level iteration once Main has
\* finished its operation (consumes a late Dummy BH).
LoopStep(t) ==
    LET x == Home(t) IN
    /\ Idle(t)
    /\ bh[x] # <<>>
    /\ bh' = [bh EXCEPT ![x] = Tail(@)]
    /\ stack' = [stack EXCEPT ![t] = <<EntryFrame(Head(bh[x]))>>]
    /\ LockUnchanged
    /\ UNCHANGED <<numWaiters, inFlight, ioPending>>

\* The host kernel finishes the request; its completion event is dispatched
\* in X (folded into X's BH list).
IoComplete ==
    /\ ioPending
    /\ ioPending' = FALSE
    /\ bh' = [bh EXCEPT ![X] = Append(@, "Completion")]
    /\ LockUnchanged
    /\ UNCHANGED <<stack, numWaiters, inFlight>>

-----------------------------------------------------------------------------

Init ==
    /\ lockOwner = [x \in Contexts |-> None]
    /\ lockDepth = [x \in Contexts |-> 0]
    /\ heldDepth = [t \in Threads |-> [x \in Contexts |-> 0]]
    /\ stack = [t \in Threads |->
                  IF t = Main THEN <<Frame("MainOp", "acquire", None, None)>> ELSE <<>>]
    /\ bh = [x \in Contexts |-> <<>>]
    /\ numWaiters = 0
    /\ inFlight = 1        \* one guest request already in flight on bs
    /\ ioPending = TRUE

ThreadStep(t) ==
    \/ WaitEnter(t) \/ WaitCheck(t) \/ WaitUnlock(t) \/ WaitPoll(t)
    \/ WaitRelock(t) \/ WaitExit(t)
    \/ RunDummy(t)
    \/ CompletionLock(t) \/ CompletionResume(t) \/ CompletionKick(t) \/ CompletionUnlock(t)
    \/ LoopStep(t)

\* All operations finished and all threads idle: the only legitimate
\* terminal states.  They get an explicit stuttering step so that the
\* deadlock check reports only real deadlocks.
Done ==
    /\ \A t \in Threads : Idle(t)
    /\ \A x \in Contexts : bh[x] = <<>>
    /\ ~ioPending
    /\ inFlight = 0

Terminated == Done /\ UNCHANGED vars

Next ==
    \/ MainOpAcquire \/ MainOpDrain \/ MainOpRelease \/ MainOpFinish
    \/ \E t \in Threads : ThreadStep(t)
    \/ IoComplete
    \/ Terminated

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Invariants *)

TypeOK ==
    /\ lockOwner \in [Contexts -> Threads \cup {None}]
    /\ lockDepth \in [Contexts -> 0..MaxDepth]
    /\ heldDepth \in [Threads -> [Contexts -> 0..MaxDepth]]
    /\ \A t \in Threads : stack[t] \in Seq(Frames) /\ Len(stack[t]) <= 4
    /\ \A x \in Contexts : bh[x] \in Seq(Callbacks) /\ Len(bh[x]) <= 2
    /\ numWaiters \in 0..Cardinality(Threads)
    /\ inFlight \in 0..1
    /\ ioPending \in BOOLEAN

\* QemuRecMutex bookkeeping: free iff depth 0; the owner's own view of its
\* recursion equals the mutex depth; nobody else holds a level.
LockBookkeeping ==
    \A x \in Contexts :
        /\ (lockDepth[x] = 0) <=> (lockOwner[x] = None)
        /\ lockOwner[x] # None => heldDepth[lockOwner[x]][x] = lockDepth[x]
        /\ \A t \in Threads \ {lockOwner[x]} : heldDepth[t][x] = 0

\* AIO_WAIT_WHILE's contract: the main thread waiting for a foreign context
\* must hold that context's lock exactly once, so that the single release
\* in case B really frees it.  Checked at the moment of that release.
AioWaitDepthOne ==
    \A t \in Threads :
        (~Idle(t) /\ Top(t).fn = "Wait" /\ Top(t).pc = "unlock")
            => heldDepth[t][Top(t).ctx] = 1

\* IOThreads never sleep in their top-level aio_poll holding a context lock.
IoThreadIdleUnlocked ==
    Idle(IoThread) => \A x \in Contexts : heldDepth[IoThread][x] = 0

=============================================================================
