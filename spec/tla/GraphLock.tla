------------------------------ MODULE GraphLock ------------------------------
(***************************************************************************)
(* The graph reader/writer lock (block/graph-lock.c, QEMU 8.1/8.2 form):   *)
(* has_writer, a reader_count per AioContext, the reader_queue CoQueue.    *)
(*                                                                         *)
(* Readers are coroutines: reader_count++, smp_mb, read has_writer; fast   *)
(* path when it is 0.  Slow path: reader_count--, aio_wait_kick, and under *)
(* aio_context_list_lock park on reader_queue if a writer is still there.  *)
(* rdunlock: reader_count--, smp_mb, aio_wait_kick.                        *)
(* The writer (main thread, not a coroutine): drain all without polling,   *)
(* drop one level of the node's context lock (8.1/8.2), then               *)
(*   do { has_writer = 0; AIO_WAIT_WHILE_UNLOCKED(NULL, reader_count()>=1);*)
(*        has_writer = 1; smp_mb; } while (reader_count() >= 1)            *)
(* re-acquire the level, end the drain.  wrunlock: has_writer = 0 and      *)
(* restart every parked reader.  The steps themselves live in the          *)
(* composition module (BlockLayer); this module holds the state.           *)
(*                                                                         *)
(* aio_context_list_lock is implied by step atomicity: the slow path's     *)
(* re-check-and-park and wrunlock's restart are single steps.             *)
(***************************************************************************)
EXTENDS Drain

VARIABLES
    hasWriter,    \* has_writer (0/1)
    readerCount,  \* readerCount[x]: the reader_count of context x
    readerQueue,  \* reader_queue: coroutines parked in the rdlock slow path (FIFO)
    wrHeld        \* ghost: the writer is between wrlock's return and wrunlock

lockStateVars == <<hasWriter, readerCount, readerQueue, wrHeld>>

InitGraphLock ==
    /\ hasWriter = 0
    /\ readerCount = [x \in Contexts |-> 0]
    /\ readerQueue = <<>>
    /\ wrHeld = FALSE

\* reader_count(): the sum over all contexts.
RECURSIVE SumOver(_, _)
SumOver(f, S) == IF S = {} THEN 0 ELSE LET x == CHOOSE c \in S : TRUE IN f[x] + SumOver(f, S \ {x})
ReaderSum == SumOver(readerCount, Contexts)

=============================================================================
