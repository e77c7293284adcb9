-------------------------------- MODULE Drain --------------------------------
(***************************************************************************)
(* Drained sections, QEMU 8.x single-node form (block/io.c), and the       *)
(* BlockBackend's side of them (block/block-backend.c).                    *)
(*                                                                         *)
(* bdrv_drained_begin(bs): quiesce_counter++; on 0 -> 1 every parent edge  *)
(* gets quiesced_parent and its parent's .drained_begin: a BlockBackend    *)
(* raises its quiesce counter (requests now park at its gate), a node      *)
(* parent is quiesced in turn (recursively upwards, no polling).  Then one *)
(* AIO_WAIT_WHILE(ctx(bs), Busy(bs)) where Busy looks at bs's in-flight    *)
(* counter and, through .drained_poll, at every ancestor's.                *)
(* bdrv_drained_end(bs): quiesce_counter--; on 1 -> 0 the parents are      *)
(* released; a BlockBackend going to 0 restarts its queued requests.  It   *)
(* does not poll.                                                          *)
(*                                                                         *)
(* The quiesce phase is one atomic step (it runs in the main thread under  *)
(* the BQL and does not poll).                                             *)
(***************************************************************************)
EXTENDS Graph

VARIABLES
    quiesce,         \* quiesce[n]: bs->quiesce_counter
    quiescedParent,  \* quiescedParent[e]: child->quiesced_parent
    blkQuiesce,      \* blk->quiesce_counter
    blkQueue,        \* blk->queued_requests: the coroutines parked there (FIFO)
    inFlight,        \* inFlight[n]: bs->in_flight
    blkInFlight,     \* blk->in_flight
    drainedSec       \* ghost: drainedSec[n] = drained sections of n whose
                     \* poll has returned and that have not ended

drainVars == <<quiesce, quiescedParent, blkQuiesce, blkQueue, inFlight, blkInFlight, drainedSec>>

InitDrain ==
    /\ quiesce = [n \in Nodes |-> 0]
    /\ quiescedParent = [e \in Edges |-> FALSE]
    /\ blkQuiesce = 0
    /\ blkQueue = <<>>
    /\ inFlight = [n \in Nodes |-> 0]
    /\ blkInFlight = 0
    /\ drainedSec = [n \in Nodes |-> 0]

\* The quiesce state as one record, so that the recursive parent callbacks
\* can be written as functions from record to record.
DrainState == [q |-> quiesce, qp |-> quiescedParent, bq |-> blkQuiesce]
SetDrainState(d) ==
    /\ quiesce' = d.q
    /\ quiescedParent' = d.qp
    /\ blkQuiesce' = d.bq

\* bdrv_do_drained_begin_quiesce(n) and the parent callbacks it triggers.
RECURSIVE BeginNoPoll(_, _), ParentsBegin(_, _), ParentBegin(_, _)
BeginNoPoll(d, n) ==
    IF d.q[n] > 0 THEN [d EXCEPT !.q[n] = @ + 1]
    ELSE ParentsBegin([d EXCEPT !.q[n] = 1], parents[n])
ParentsBegin(d, S) ==
    IF S = {} THEN d
    ELSE LET e == CHOOSE c \in S : TRUE
         IN ParentsBegin(ParentBegin(d, e), S \ {e})
\* bdrv_parent_drained_begin_single(e): blk_root_drained_begin or the
\* parent node's own quiesce.
ParentBegin(d, e) ==
    LET d1 == [d EXCEPT !.qp[e] = TRUE]
    IN IF EdgeParent[e] = Blk THEN [d1 EXCEPT !.bq = @ + 1]
       ELSE BeginNoPoll(d1, EdgeParent[e])

\* bdrv_do_drained_end(n) and the parent callbacks it triggers.
RECURSIVE EndNoPoll(_, _), ParentsEnd(_, _), ParentEnd(_, _)
EndNoPoll(d, n) ==
    IF d.q[n] > 1 THEN [d EXCEPT !.q[n] = @ - 1]
    ELSE ParentsEnd([d EXCEPT !.q[n] = 0], parents[n])
ParentsEnd(d, S) ==
    IF S = {} THEN d
    ELSE LET e == CHOOSE c \in S : TRUE
         IN ParentsEnd(ParentEnd(d, e), S \ {e})
ParentEnd(d, e) ==
    LET d1 == [d EXCEPT !.qp[e] = FALSE]
    IN IF EdgeParent[e] = Blk THEN [d1 EXCEPT !.bq = @ - 1]
       ELSE EndNoPoll(d1, EdgeParent[e])

\* bdrv_drain_all_begin_nopoll / bdrv_drain_all_end: every node.
RECURSIVE AllBegin(_, _), AllEnd(_, _)
AllBegin(d, S) ==
    IF S = {} THEN d ELSE LET n == CHOOSE m \in S : TRUE IN AllBegin(BeginNoPoll(d, n), S \ {n})
AllEnd(d, S) ==
    IF S = {} THEN d ELSE LET n == CHOOSE m \in S : TRUE IN AllEnd(EndNoPoll(d, n), S \ {n})

\* bdrv_drain_poll(n): n or, through .drained_poll, an ancestor is busy.
\* A BlockBackend parent is busy while blk->in_flight > 0.
\* BusyIf(n, b): the same with b standing for "the BlockBackend is busy".
RECURSIVE BusyIf(_, _)
BusyIf(n, b) ==
    \/ inFlight[n] > 0
    \/ \E e \in parents[n] :
          IF EdgeParent[e] = Blk THEN b ELSE BusyIf(EdgeParent[e], b)
Busy(n) == BusyIf(n, blkInFlight > 0)

\* Every attached edge into a drained node has quiesced its parent, a
\* quiesced parent node is itself quiesced, and the BlockBackend's counter
\* is the number of quiesced edges it is the parent of (8.0+: callbacks
\* once per 0 <-> 1 transition).
QuiesceConsistent ==
    /\ \A e \in Edges : edgeBs[e] # None /\ quiesce[edgeBs[e]] > 0 => quiescedParent[e]
    /\ \A e \in Edges : quiescedParent[e] /\ EdgeParent[e] # Blk => quiesce[EdgeParent[e]] > 0
    /\ blkQuiesce = Cardinality({e \in Edges : EdgeParent[e] = Blk /\ quiescedParent[e]})

=============================================================================
