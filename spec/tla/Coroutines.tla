------------------------------ MODULE Coroutines ------------------------------
(***************************************************************************)
(* Coroutines on top of AioContext: a coroutine runs on the stack of the   *)
(* thread that enters it, as a "Co" frame; yielding pops that frame and    *)
(* returns to the enterer.                                                 *)
(*                                                                         *)
(* aio_co_wake / aio_co_schedule: a coroutine woken from anywhere is       *)
(* queued for its home context (a "Wake" bottom half, standing for         *)
(* co_schedule_bh_cb / the completion callback); the context's own thread  *)
(* runs it: up to 8.2 it first takes the context's lock (aio_co_enter:     *)
(* acquire, qemu_aio_coroutine_enter, release), which blocks while another *)
(* thread owns that lock.  CoQueue restart (qemu_co_enter_all) wakes every *)
(* queued coroutine this way.                                              *)
(*                                                                         *)
(* Simplification: a wake from the coroutine's own context outside a       *)
(* coroutine would enter it synchronously; here every wake goes through a  *)
(* BH (it runs on the same thread a little later).                         *)
(***************************************************************************)
EXTENDS AioContext

WakeBh(co) == [kind |-> "Wake", arg |-> co]
WakeFrame(co) == [fn |-> "Wake", pc |-> "start", arg |-> co]
CoFrame(co) == [fn |-> "Co", pc |-> "run", arg |-> co]

\* aio_co_schedule(x, co).
Schedule(b, x, co) == [b EXCEPT ![x] = Append(@, WakeBh(co))]

\* qemu_co_enter_all on a CoQueue (a FIFO sequence q): each coroutine is
\* woken, in queue order, in its own context ctxOf[co].
RECURSIVE ScheduleAll(_, _, _)
ScheduleAll(b, q, ctxOf) ==
    IF q = <<>> THEN b
    ELSE ScheduleAll(Schedule(b, ctxOf[Head(q)], Head(q)), Tail(q), ctxOf)

\* Running a Wake BH: take the home context's lock and enter the coroutine
\* (the coroutine frame goes on top of the Wake frame).
WakeEnter(t) ==
    /\ TopAt(t, "Wake", "start")
    /\ CtxAcquire(t, Home(t))
    /\ Call(t, [Top(t) EXCEPT !.pc = "entered"], CoFrame(Top(t).arg))
    /\ UNCHANGED <<bh, numWaiters>>

\* The coroutine yielded or terminated: release the lock, the BH returns.
WakeLeave(t) ==
    /\ TopAt(t, "Wake", "entered")
    /\ CtxRelease(t, Home(t))
    /\ Pop(t)
    /\ UNCHANGED <<bh, numWaiters>>

\* The coroutine running on thread t (its Co frame is on top).
Running(t) == TopIs(t, "Co")
RunningCo(t) == Top(t).arg

\* A coroutine is entered at most once at a time ("Co-routine re-entered
\* recursively") and is never both running and scheduled ("already
\* scheduled"): the two abort() checks of qemu_aio_coroutine_enter.
CoroutineEntry ==
    \A t \in Threads : \A i \in DOMAIN stack[t] :
        stack[t][i].fn = "Co" =>
            LET co == stack[t][i].arg IN
            /\ \A u \in Threads : \A j \in DOMAIN stack[u] :
                   (stack[u][j].fn = "Co" /\ stack[u][j].arg = co) => (u = t /\ j = i)
            /\ \A x \in Contexts : \A k \in DOMAIN bh[x] : bh[x][k] # WakeBh(co)

=============================================================================
