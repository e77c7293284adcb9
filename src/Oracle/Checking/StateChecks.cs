using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// The checks TLC runs on a generated state, with one evaluator: CONSTRAINT / ACTION_CONSTRAINT
/// (is the state part of the model?), the invariants, the action properties.
/// </summary>
internal sealed class StateChecks(CheckProblem problem, Evaluator evaluator)
{
    private readonly OperatorDefinition[] constraints = [.. problem.Constraints];
    private readonly OperatorDefinition[] actionConstraints = [.. problem.ActionConstraints];
    private readonly NamedFormula[] invariants = [.. problem.Invariants];
    private readonly NamedFormula[] actionProperties = [.. problem.ActionProperties];

    public Evaluator Evaluator => evaluator;

    public bool HasActionProperties => actionProperties.Length > 0;

    /// <summary>Whether the state (reached from <paramref name="from"/>, null for an initial state) satisfies the constraints.</summary>
    public bool InModel(Value[]? from, Value[] state, out EvaluationError? error)
    {
        error = null;
        foreach (var constraint in constraints)
        {
            var result = evaluator.Evaluate(constraint, state);
            if (!IsTrue(result, constraint.Name, out error))
            {
                return false;
            }
        }

        if (from is not null)
        {
            foreach (var constraint in actionConstraints)
            {
                var result = evaluator.Evaluate(constraint, [], from, state);
                if (!IsTrue(result, constraint.Name, out error))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The first invariant (in cfg order) that <paramref name="state"/> violates, or an error.</summary>
    public string? ViolatedInvariant(Value[] state, out EvaluationError? error)
    {
        foreach (var invariant in invariants)
        {
            var result = evaluator.Evaluate(invariant.Definition, state);
            if (!IsTrue(result, invariant.Name, out error))
            {
                return error is null ? invariant.Name : null;
            }
        }

        error = null;
        return null;
    }

    /// <summary>The first action property violated by the step, or an error.</summary>
    public string? ViolatedActionProperty(Value[] from, Value[] to, out EvaluationError? error)
    {
        foreach (var property in actionProperties)
        {
            var result = evaluator.Evaluate(property.Definition, [], from, to);
            if (!IsTrue(result, property.Name, out error))
            {
                return error is null ? property.Name : null;
            }
        }

        error = null;
        return null;
    }

    private static bool IsTrue(EvaluationResult result, string name, out EvaluationError? error)
    {
        if (result.Error is not null)
        {
            error = result.Error;
            return false;
        }

        error = null;
        if (result.Value is BoolValue b)
        {
            return b.Value;
        }

        error = new EvaluationError(EvaluationErrorKind.Evaluation, $"The formula {name} evaluated to the non-Boolean value {result.Value}.", Tla.Syntax.SourceSpan.None);
        return false;
    }
}
