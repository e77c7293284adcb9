using GraphSpec.Oracle.Tla.Evaluation;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// Splits formulas into conjuncts, looking through zero-arity definitions (<c>Spec == Init /\
/// [][Next]_v /\ Fairness</c>), and wraps a conjunct as a definition the evaluator can run.
/// </summary>
internal static class FormulaParts
{
    /// <summary>One conjunct and the definition whose body it lies in (its frame layout).</summary>
    public readonly record struct Part(Expr Expression, OperatorDefinition Owner);

    public static List<Part> Conjuncts(OperatorDefinition definition)
    {
        var parts = new List<Part>();
        Collect(definition.Body!, definition, parts, depth: 0);
        return parts;
    }

    private static void Collect(Expr expression, OperatorDefinition owner, List<Part> parts, int depth)
    {
        if (depth > 64)
        {
            parts.Add(new Part(expression, owner));
            return;
        }

        switch (expression)
        {
            case AndExpr and:
                foreach (var item in and.Items)
                {
                    Collect(item, owner, parts, depth + 1);
                }

                break;
            case CallExpr { Arguments.Count: 0 } call
                when call.Definition.Parameters.IsEmpty && call.Definition.Body is { } body && body.Level == ExpressionLevel.Temporal:
                Collect(body, call.Definition, parts, depth + 1);
                break;
            default:
                parts.Add(new Part(expression, owner));
                break;
        }
    }

    /// <summary>
    /// The definition to evaluate for <paramref name="part"/>: the called definition itself when the
    /// part is a plain use of a zero-arity definition (so actions keep their names), otherwise an
    /// anonymous definition with the owner's frame layout.
    /// </summary>
    public static OperatorDefinition AsDefinition(Part part, string name)
    {
        if (part.Expression is CallExpr { Arguments.Count: 0 } call && call.Definition.Parameters.IsEmpty && call.Definition.Body is not null)
        {
            return call.Definition;
        }

        if (ReferenceEquals(part.Expression, part.Owner.Body) && part.Owner.Parameters.IsEmpty)
        {
            return part.Owner;
        }

        return new OperatorDefinition(name, part.Owner.Module, [], part.Expression.Span, 0)
        {
            Body = part.Expression,
            Level = part.Expression.Level,
            FrameSize = part.Owner.FrameSize,
        };
    }
}
