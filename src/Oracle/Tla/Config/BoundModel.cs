using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Config;

/// <summary>
/// A model: a resolved spec together with its cfg, every cfg name bound to its definition. Each
/// declared constant has either a value from the cfg (<see cref="ConstantValues"/>, by name) or the
/// name of the definition that replaces it (<see cref="ConstantSubstitutions"/>, from
/// <c>C &lt;- Def</c>); never both, never neither. Assignments to names the spec does not declare
/// are dropped, as TLC ignores them.
/// </summary>
public sealed record BoundModel(
    ResolvedSpec Spec,
    ModelConfig Config,
    ImmutableDictionary<string, Value> ConstantValues,
    ImmutableDictionary<string, string> ConstantSubstitutions,
    OperatorDefinition? Init,
    OperatorDefinition? Next,
    OperatorDefinition? Specification,
    ImmutableArray<OperatorDefinition> Invariants,
    ImmutableArray<OperatorDefinition> Properties,
    ImmutableArray<OperatorDefinition> Constraints,
    ImmutableArray<OperatorDefinition> ActionConstraints,
    OperatorDefinition? Symmetry,
    OperatorDefinition? View,
    OperatorDefinition? Alias,
    OperatorDefinition? Postcondition)
{
    /// <summary>Whether deadlocks are reported (cfg CHECK_DEADLOCK; TLC's default is yes).</summary>
    public bool CheckDeadlock => Config.ShouldCheckDeadlock;

    /// <summary>
    /// The evaluation context of this model: constants bound, <c>C &lt;- Def</c> definitions
    /// evaluated (which can fail with an evaluation error).
    /// </summary>
    public ModelContextResult CreateModelContext() => ModelContext.Create(Spec, ConstantValues, ConstantSubstitutions);
}
