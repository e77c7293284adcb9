using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Validation;

/// <summary>
/// Checks the invariants of a trace's states incrementally. The invariants are split into their
/// conjuncts (through zero-arity definitions: TypeOK's twenty memberships are twenty conjuncts), and
/// each conjunct remembers which variables its last evaluation read. Evaluation is a function of the
/// state and the model, so a conjunct that held in the last checked state and read only variables a
/// step left unchanged holds again: only the others are evaluated. A step typically changes two or
/// three of BlockLayer's twenty-one variables, so most conjuncts are skipped.
/// </summary>
/// <remarks>
/// Only success is decided here. When a conjunct is false or fails to evaluate, the caller evaluates
/// the invariants in full, as without this class, so failures (which invariant, which error, in
/// which order) are exactly those of the full evaluation.
/// </remarks>
internal sealed class IncrementalInvariants
{
    private readonly Evaluator evaluator;
    private readonly List<(OperatorDefinition Owner, Expr Formula)> conjuncts = [];
    private readonly ulong[] reads;

    /// <summary>The state in which every conjunct last held, with <see cref="reads"/> recorded there; null: none yet.</summary>
    private Value[]? checkedState;

    public IncrementalInvariants(Evaluator evaluator, IEnumerable<OperatorDefinition> invariants)
    {
        this.evaluator = evaluator;
        foreach (var invariant in invariants)
        {
            Split(invariant, invariant.Body!);
        }

        reads = new ulong[conjuncts.Count];
    }

    /// <summary>The number of parts the invariants were split into.</summary>
    public int ConjunctCount => conjuncts.Count;

    /// <summary>How many conjunct evaluations the checks so far needed (for tests and measurements).</summary>
    public long Evaluations { get; private set; }

    /// <summary>
    /// True when every invariant holds in <paramref name="state"/>; false when some conjunct is false
    /// or fails to evaluate (then the caller evaluates the invariants in full to report it).
    /// </summary>
    public bool AllHold(Value[] state)
    {
        var everything = checkedState is null;
        var changed = everything ? ulong.MaxValue : Changed(checkedState!, state);
        if (changed == 0)
        {
            return true;
        }

        for (var i = 0; i < conjuncts.Count; i++)
        {
            if (!everything && (reads[i] & changed) == 0)
            {
                continue;
            }

            var (owner, formula) = conjuncts[i];
            Evaluations++;
            var result = evaluator.Evaluate(owner, formula, state, null);
            if (!result.IsTrue)
            {
                checkedState = null; // the recorded reads no longer all belong to one state
                return false;
            }

            reads[i] = evaluator.VariablesRead;
        }

        checkedState = state;
        return true;
    }

    /// <summary>The variables (as bits, see <see cref="EvalContext.VariablesRead"/>) whose values differ.</summary>
    private static ulong Changed(Value[] before, Value[] after)
    {
        var changed = 0UL;
        for (var i = 0; i < before.Length; i++)
        {
            if (!ReferenceEquals(before[i], after[i]) && !before[i].Equals(after[i]))
            {
                changed |= EvalContext.VariableBit(i);
            }
        }

        return changed;
    }

    /// <summary>
    /// Adds the conjuncts of <paramref name="formula"/> (in the body of <paramref name="owner"/>) in
    /// evaluation order: items of a conjunction, bodies of zero-arity module-level definitions that
    /// are not constants. Anything else is one conjunct.
    /// </summary>
    private void Split(OperatorDefinition owner, Expr formula)
    {
        switch (formula)
        {
            case AndExpr conjunction:
                foreach (var item in conjunction.Items)
                {
                    Split(owner, item);
                }

                break;
            case CallExpr { Arguments.Count: 0, ParentUp: < 0, Definition: { Body: { } body, Parameters.IsEmpty: true, CacheIndex: < 0 } definition }:
                Split(definition, body);
                break;
            default:
                conjuncts.Add((owner, formula));
                break;
        }
    }
}
