---- MODULE Counter ----
EXTENDS Naturals
VARIABLE x

Init == x = 0
Inc == x < 3 /\ x' = x + 1
Reset == x = 3 /\ x' = 0
\* Never enabled: the suite's coverage must report it.
Jump == x > 10 /\ x' = 0
Next == Inc \/ Reset \/ Jump
TypeOK == x \in 0..3
Small == x < 2
====
