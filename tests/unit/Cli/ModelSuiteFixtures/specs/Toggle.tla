---- MODULE Toggle ----
VARIABLE b

Init == b = FALSE
Flip == b' = ~b
Spec == Init /\ [][Flip]_b /\ WF_b(Flip)
\* Holds under weak fairness of Flip.
Toggles == []<>(b = TRUE)
\* Violated: b is never TRUE forever.
SettlesTrue == <>[](b = TRUE)
====
