------------------------------ MODULE AioContext ------------------------------
(***************************************************************************)
(* The bottom layer of the GraphSpec model of QEMU's block layer: threads  *)
(* with explicit call stacks, AioContexts with their bottom-half queues,   *)
(* the recursive AioContext lock (QemuRecMutex, QEMU <= 8.2; a no-op when  *)
(* AioLock = FALSE, 9.0+), AIO_WAIT_WHILE split into its steps, and        *)
(* aio_wait_kick.                                                          *)
(*                                                                         *)
(* Call stacks are explicit because the poll inside AIO_WAIT_WHILE is a    *)
(* nested event loop: it runs whatever callback is pending, on top of the  *)
(* waiting frame, and that callback may itself wait.  Every action is one  *)
(* atomic step of one thread (sequential consistency: the smp_mb pairs of  *)
(* AIO_WAIT_WHILE and aio_wait_kick are implied by step atomicity).        *)
(*                                                                         *)
(* The upper layers say what runs inside a frame; this module knows only   *)
(* "Wait" frames and how a bottom half is turned into a frame (Entry).     *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Main,       \* the main-loop thread (BQL holder, runs QMP-like programs)
    MainCtx,    \* qemu_aio_context, home of Main
    IoThreads,  \* the IOThreads
    IoCtx,      \* IoCtx[t]: the AioContext IOThread t runs
    None,       \* "nobody" / "no value"
    AioLock     \* TRUE: QEMU <= 8.2 (recursive AioContext lock); FALSE: 9.0+

ASSUME /\ AioLock \in BOOLEAN
       /\ Main \notin IoThreads
       /\ DOMAIN IoCtx = IoThreads
       /\ \A t, u \in IoThreads : t # u => IoCtx[t] # IoCtx[u]
       /\ MainCtx \notin {IoCtx[t] : t \in IoThreads}

Threads  == {Main} \cup IoThreads
Contexts == {MainCtx} \cup {IoCtx[t] : t \in IoThreads}

\* The context a thread runs (in_aio_context_home_thread).
Home(t) == IF t = Main THEN MainCtx ELSE IoCtx[t]

VARIABLES
    lockOwner,   \* lockOwner[x]: owner of x's recursive mutex, or None
    lockDepth,   \* lockDepth[x]: its recursion depth
    heldDepth,   \* ghost: heldDepth[t][x] = levels of x that thread t holds
    stack,       \* stack[t]: Seq of frames, Head = bottom, last = top
    bh,          \* bh[x]: Seq of pending bottom halves of context x (FIFO)
    numWaiters   \* global_aio_wait.num_waiters

aioVars  == <<lockOwner, lockDepth, heldDepth, stack, bh, numWaiters>>
lockVars == <<lockOwner, lockDepth, heldDepth>>

-----------------------------------------------------------------------------
(* Call stacks *)

Idle(t)        == stack[t] = <<>>
Top(t)         == stack[t][Len(stack[t])]
TopIs(t, fn)   == ~Idle(t) /\ Top(t).fn = fn
TopAt(t, fn, pc) == TopIs(t, fn) /\ Top(t).pc = pc
WithTop(s, f)  == [s EXCEPT ![Len(s)] = f]

\* Replace the top frame by f.
SetTop(t, f)   == stack' = [stack EXCEPT ![t] = WithTop(@, f)]
SetPc(t, pc)   == SetTop(t, [Top(t) EXCEPT !.pc = pc])
\* Return from the top frame.
Pop(t)         == stack' = [stack EXCEPT ![t] = SubSeq(@, 1, Len(@) - 1)]
\* A call: the caller's frame becomes f (its return point), g runs on top.
Call(t, f, g)  == stack' = [stack EXCEPT ![t] = Append(WithTop(@, f), g)]

-----------------------------------------------------------------------------
(* aio_context_acquire / aio_context_release.  Acquire is enabled only when *)
(* the lock is free or already ours: a thread that would block has no      *)
(* enabled step, which is how a blocked pthread_mutex_lock shows up.       *)
(* Releasing a level one does not hold is not enabled either.              *)

DoAcquire(t, x) ==
    /\ lockOwner[x] \in {None, t}
    /\ lockOwner' = [lockOwner EXCEPT ![x] = t]
    /\ lockDepth' = [lockDepth EXCEPT ![x] = @ + 1]
    /\ heldDepth' = [heldDepth EXCEPT ![t][x] = @ + 1]

DoRelease(t, x) ==
    /\ lockOwner[x] = t
    /\ lockDepth' = [lockDepth EXCEPT ![x] = @ - 1]
    /\ lockOwner' = [lockOwner EXCEPT ![x] = IF lockDepth[x] = 1 THEN None ELSE t]
    /\ heldDepth' = [heldDepth EXCEPT ![t][x] = @ - 1]

\* Since 9.0 the API is gone: the calls are no-ops.
CtxAcquire(t, x) == IF AioLock THEN DoAcquire(t, x) ELSE UNCHANGED lockVars
CtxRelease(t, x) == IF AioLock THEN DoRelease(t, x) ELSE UNCHANGED lockVars

-----------------------------------------------------------------------------
(* Bottom halves.  An entry is a record [kind, arg]; "Dummy" is the no-op   *)
(* BH of aio_wait_kick, the other kinds belong to the upper layers.        *)

DummyBh == [kind |-> "Dummy", arg |-> None]

\* aio_wait_kick: wake the main loop, only if somebody is inside
\* AIO_WAIT_WHILE.  A kick while a dummy BH is still pending adds nothing
\* the waiter would notice, so it is folded into the pending one (keeps the
\* queue bounded when retry loops kick repeatedly).
Kick(b) ==
    IF numWaiters > 0 /\ ~\E i \in 1..Len(b[MainCtx]) : b[MainCtx][i] = DummyBh
    THEN [b EXCEPT ![MainCtx] = Append(@, DummyBh)]
    ELSE b

-----------------------------------------------------------------------------
(* AIO_WAIT_WHILE(ctx, cond) (unlock = TRUE) and AIO_WAIT_WHILE_UNLOCKED    *)
(* (unlock = FALSE), one action per step of the macro.  The caller passes  *)
(* the current value of the frame's condition (the upper layer evaluates  *)
(* cond ids).  ctx = None stands for NULL.                                 *)

WaitFrame(ctx, cond, unlock) ==
    [fn |-> "Wait", pc |-> "enter", ctx |-> ctx, cond |-> cond, unlock |-> unlock]

\* Case B with unlock: the main thread waits for a foreign context and
\* drops ONE level of its lock around each poll (<= 8.2).  Case A (the
\* waited-for context is the caller's home) and the UNLOCKED form never
\* touch the lock.
Releases(t, f) == AioLock /\ f.unlock /\ f.ctx \notin {None, Home(t)}

\* num_waiters++, smp_mb, first evaluation of cond; if it holds, release
\* one level (case B) and go to sleep in the poll.
WaitEnter(t, cond) ==
    /\ TopAt(t, "Wait", "enter")
    /\ IF cond
       THEN /\ numWaiters' = numWaiters + 1
            /\ IF Releases(t, Top(t)) THEN DoRelease(t, Top(t).ctx) ELSE UNCHANGED lockVars
            /\ SetPc(t, "poll")
       ELSE /\ Pop(t)
            /\ UNCHANGED <<numWaiters, lockOwner, lockDepth, heldDepth>>
    /\ UNCHANGED bh

\* Blocking aio_poll on the caller's home context (case B polls the MAIN
\* context, never the waited-for one).  Enabled only when a BH is pending
\* there: a blocking poll on an empty queue sleeps.  A dummy BH only wakes
\* the poll; any other BH runs nested, on top of the Wait frame.
WaitPoll(t, Entry(_)) ==
    LET x    == Home(t)
        e    == Head(bh[x])
        back == [Top(t) EXCEPT !.pc = IF Releases(t, Top(t)) THEN "relock" ELSE "check"]
    IN
    /\ TopAt(t, "Wait", "poll")
    /\ bh[x] # <<>>
    /\ bh' = [bh EXCEPT ![x] = Tail(@)]
    /\ IF e.kind = "Dummy" THEN SetTop(t, back) ELSE Call(t, back, Entry(e))
    /\ UNCHANGED <<numWaiters, lockOwner, lockDepth, heldDepth>>

\* After the poll: re-acquire one level (case B: blocks while another
\* thread owns it) and re-evaluate cond; if it still holds, release the
\* level again and poll again (acquire + release = no net change, but the
\* lock had to be available).  Otherwise num_waiters-- and return.
WaitCheck(t, cond) ==
    LET relock == Top(t).pc = "relock" IN
    /\ TopIs(t, "Wait") /\ Top(t).pc \in {"relock", "check"}
    /\ relock => lockOwner[Top(t).ctx] \in {None, t}
    /\ IF cond
       THEN /\ SetPc(t, "poll")
            /\ UNCHANGED <<numWaiters, lockOwner, lockDepth, heldDepth>>
       ELSE /\ numWaiters' = numWaiters - 1
            /\ Pop(t)
            /\ IF relock THEN DoAcquire(t, Top(t).ctx) ELSE UNCHANGED lockVars
    /\ UNCHANGED bh

\* A thread's top-level event loop (iothread_run: while (running)
\* aio_poll(ctx, true); the main loop once its program has finished): run
\* the next BH of its home context.  It holds no lock while it sleeps.
LoopStep(t, Entry(_)) ==
    LET x == Home(t)
        e == Head(bh[x])
    IN
    /\ Idle(t)
    /\ bh[x] # <<>>
    /\ bh' = [bh EXCEPT ![x] = Tail(@)]
    /\ stack' = [stack EXCEPT ![t] = IF e.kind = "Dummy" THEN <<>> ELSE <<Entry(e)>>]
    /\ UNCHANGED <<numWaiters, lockOwner, lockDepth, heldDepth>>

-----------------------------------------------------------------------------

InitAio ==
    /\ lockOwner = [x \in Contexts |-> None]
    /\ lockDepth = [x \in Contexts |-> 0]
    /\ heldDepth = [t \in Threads |-> [x \in Contexts |-> 0]]
    /\ bh = [x \in Contexts |-> <<>>]
    /\ numWaiters = 0

(* Invariants of this layer *)

\* QemuRecMutex bookkeeping: free iff depth 0; the owner's own count of its
\* levels equals the mutex depth; nobody else holds a level.
LockBookkeeping ==
    \A x \in Contexts :
        /\ (lockDepth[x] = 0) <=> (lockOwner[x] = None)
        /\ lockOwner[x] # None => heldDepth[lockOwner[x]][x] = lockDepth[x]
        /\ \A t \in Threads \ {lockOwner[x]} : heldDepth[t][x] = 0

\* AIO_WAIT_WHILE's contract, "the main loop thread with @ctx acquired
\* exactly once" and no other AioContext lock held (bug-catalog B8, B3):
\* a thread about to enter the wait for a foreign context holds it exactly
\* once (not twice: B8; not at all: releasing an unheld level aborts in
\* QEMU), and a thread asleep in the poll of a wait holds no level of any
\* context but its home, i.e. the single release really freed the lock.
AioWaitDepthOne ==
    \A t \in Threads :
        /\ (TopAt(t, "Wait", "enter") /\ Releases(t, Top(t))) => heldDepth[t][Top(t).ctx] = 1
        /\ TopAt(t, "Wait", "poll") => \A x \in Contexts \ {Home(t)} : heldDepth[t][x] = 0

\* IOThreads never sleep in their top-level aio_poll holding a lock.
IoThreadIdleUnlocked ==
    \A t \in IoThreads : Idle(t) => \A x \in Contexts : heldDepth[t][x] = 0

=============================================================================
