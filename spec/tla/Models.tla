-------------------------------- MODULE Models --------------------------------
(***************************************************************************)
(* The named instances of BlockLayer that spec/tla/models/*.cfg check.     *)
(* A cfg binds BlockLayer's function- and sequence-valued constants to the *)
(* definitions below with "<-" (TLC's cfg syntax has no function values);  *)
(* everything else (protocol, mutants, sets of model values) is set in the *)
(* cfg itself.                                                             *)
(*                                                                         *)
(* Topology: the BlockBackend's root edge eRoot points at nTop, whose      *)
(* backing edge eBacking points at nBase; nNew is a spare node that edits  *)
(* attach.  Guest requests go through eBacking (a read that nTop forwards  *)
(* to its backing file) unless a model says otherwise.                     *)
(***************************************************************************)
EXTENDS BlockLayer, TLC

CONSTANTS
    IoThread, X,                        \* the IOThread (if any) and its context
    nTop, nBase, nNew, eRoot, eBacking, \* nodes and edges
    r1, r2, r3                          \* requests

\* Every IOThread (zero or one here) runs context X.
IoCtxX == [t \in IoThreads |-> X]

ChainParent == (eRoot :> Blk) @@ (eBacking :> nTop)
ChainChild  == (eRoot :> nTop) @@ (eBacking :> nBase)
\* nNew not attached yet, eBacking detached at start (for an attach).
DetachedChild == (eRoot :> nTop) @@ (eBacking :> None)

AllInX    == [n \in Nodes |-> X]
AllInMain == [n \in Nodes |-> MainCtx]

ViaBacking == [r \in Requests |-> eBacking]
ViaRoot    == [r \in Requests |-> eRoot]

NoOps == <<>>

\* One graph edit: re-point the backing edge from nBase to nNew.
ReplaceBacking == <<Edit(eBacking, nBase, nNew)>>
\* Detach the backing edge, and attach it to nNew.
DetachBacking  == <<Edit(eBacking, nBase, None)>>
AttachBacking  == <<Edit(eBacking, None, nNew)>>

\* The seed's question: a QMP handler takes the node's context lock, then a
\* helper on the edit path takes it again (BugB8) and drains.
LockedReplace == <<Acq(X)>> \o ReplaceBacking \o <<Rel(X)>>

\* Re-point the backing edge to nNew and back to nBase.
TwoEdits == <<Edit(eBacking, nBase, nNew), Edit(eBacking, nNew, nBase)>>

\* Detach the backing edge, then attach it to nNew.
DetachThenAttach == DetachBacking \o AttachBacking

\* The edit runs as a main-loop BH, after whatever the main loop has queued
\* before it (a request already holding the read lock, say).
EditFromLoop == <<ScheduleBhOp>>

\* An edit run from a bottom half inside the poll of a drained section of
\* another node (the nested event loop runs it).
EditInNestedPoll == <<ScheduleBhOp, Acq(X), DrBegin(nTop), DrEnd(nTop), Rel(X)>>

=============================================================================
