-------------------------------- MODULE Graph --------------------------------
(***************************************************************************)
(* The node graph: block nodes (BlockDriverState), edges (BdrvChild) from  *)
(* a parent (a node or the BlockBackend Blk) to a child node, and the two   *)
(* lists QEMU keeps in step: bs->parents (edges pointing at a node) and     *)
(* bs->children (edges of a BDS parent that are attached).                  *)
(*                                                                         *)
(* bdrv_replace_child_noperm(child, new_bs) is one atomic step: it never   *)
(* polls (8.0+), runs in the main thread, and the only thing other threads *)
(* read of it is the single store child->bs.                               *)
(***************************************************************************)
EXTENDS Coroutines

CONSTANTS
    Nodes,      \* block nodes
    Edges,      \* BdrvChild edges
    Blk,        \* the BlockBackend (parent of the root edge)
    EdgeParent, \* EdgeParent[e] \in Nodes \cup {Blk}: the parent of edge e
    InitChild,  \* InitChild[e] \in Nodes \cup {None}: e's child node at start
    NodeCtx     \* NodeCtx[n] \in Contexts: the AioContext of node n

ASSUME /\ EdgeParent \in [Edges -> Nodes \cup {Blk}]
       /\ InitChild \in [Edges -> Nodes \cup {None}]
       /\ NodeCtx \in [Nodes -> Contexts]

VARIABLES
    edgeBs,    \* edgeBs[e]: child->bs, or None while detached
    parents,   \* parents[n]: bs->parents
    children   \* children[p]: p->children (BDS parents only)

graphVars == <<edgeBs, parents, children>>

InitGraph ==
    /\ edgeBs = InitChild
    /\ parents = [n \in Nodes |-> {e \in Edges : InitChild[e] = n}]
    /\ children = [p \in Nodes |-> {e \in Edges : EdgeParent[e] = p /\ InitChild[e] # None}]

\* The list surgery and the re-point of bdrv_replace_child_noperm(e, new):
\* out of the old child's parents list (and, via .detach, the parent's
\* children list), child->bs = new, into the new child's parents list
\* (and, via .attach, the parent's children list).
ReplaceLists(e, new) ==
    LET old == edgeBs[e]
        p   == EdgeParent[e]
    IN
    /\ edgeBs' = [edgeBs EXCEPT ![e] = new]
    /\ parents' = [n \in Nodes |->
                     IF n = old THEN parents[n] \ {e}
                     ELSE IF n = new THEN parents[n] \cup {e}
                     ELSE parents[n]]
    /\ children' = IF p \in Nodes
                   THEN [children EXCEPT ![p] = IF new = None THEN @ \ {e} ELSE @ \cup {e}]
                   ELSE children

\* c in c->bs->parents <=> c->bs != NULL, and for BDS parents c in
\* parent->children <=> c is attached.
ListsConsistent ==
    /\ \A n \in Nodes : parents[n] = {e \in Edges : edgeBs[e] = n}
    /\ \A p \in Nodes : children[p] = {e \in Edges : EdgeParent[e] = p /\ edgeBs[e] # None}

=============================================================================
