using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// What stops the search: a violation or an error, found while expanding the state
/// <see cref="StateIndex"/> (-1 while computing initial states). When it concerns a successor
/// (an invariant fails in it, an action property fails on the step to it), the successor and the
/// action that produced it are given; the counterexample then ends with it. TLC has already added
/// the successor to its seen-set when it is new and satisfies the constraints (<see cref="SuccessorIsNew"/>).
/// </summary>
internal sealed record CheckEvent(
    CheckOutcome Outcome,
    int StateIndex,
    string? Name = null,
    EvaluationError? Error = null,
    bool InInvariant = false,
    Value[]? Successor = null,
    TraceAction? SuccessorAction = null,
    bool SuccessorIsNew = false);
