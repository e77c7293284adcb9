using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// What the BFS checks, extracted from a bound model: Init and Next (from INIT/NEXT or from the
/// SPECIFICATION's conjuncts), the invariants (cfg invariants, then <c>[]P</c> properties), the
/// action properties (<c>[][A]_v</c>), the temporal properties left for liveness checking, the
/// constraints, and how states are identified (VIEW, SYMMETRY).
/// </summary>
public sealed class CheckProblem
{
    internal CheckProblem(
        BoundModel bound,
        ModelContext model,
        OperatorDefinition init,
        OperatorDefinition next,
        ImmutableArray<NamedFormula> invariants,
        ImmutableArray<NamedFormula> actionProperties,
        ImmutableArray<NamedFormula> temporalProperties,
        ImmutableArray<IReadOnlyDictionary<ModelValue, ModelValue>> symmetry)
    {
        Bound = bound;
        Model = model;
        Init = init;
        Next = next;
        Invariants = invariants;
        ActionProperties = actionProperties;
        TemporalProperties = temporalProperties;
        Symmetry = symmetry;
    }

    public BoundModel Bound { get; }

    public ModelContext Model { get; }

    public OperatorDefinition Init { get; }

    public OperatorDefinition Next { get; }

    /// <summary>State predicates checked on every new state, in the order TLC checks them.</summary>
    public ImmutableArray<NamedFormula> Invariants { get; }

    /// <summary>Actions (<c>[A]_v</c>) checked on every step.</summary>
    public ImmutableArray<NamedFormula> ActionProperties { get; }

    /// <summary>Properties that need liveness checking (<c>&lt;&gt;P</c>, <c>P ~&gt; Q</c>, ...).</summary>
    public ImmutableArray<NamedFormula> TemporalProperties { get; }

    public ImmutableArray<OperatorDefinition> Constraints => Bound.Constraints;

    public ImmutableArray<OperatorDefinition> ActionConstraints => Bound.ActionConstraints;

    /// <summary>The permutations of SYMMETRY, identity excluded; empty without symmetry.</summary>
    public ImmutableArray<IReadOnlyDictionary<ModelValue, ModelValue>> Symmetry { get; }

    public OperatorDefinition? View => Bound.View;

    public int VariableCount => Model.Spec.Variables.Length;
}
