using GraphSpec.Oracle.Tla.Evaluation;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// The actions of a next-state relation as successor labels name them: the innermost definitions
/// reached through disjunctions and existential quantifiers (a conjunction ends the search, as it
/// ends labelling in the evaluator). Used to list actions that never fire.
/// </summary>
internal static class ActionCatalog
{
    public static List<OperatorDefinition> ActionsOf(OperatorDefinition next)
    {
        var actions = new List<OperatorDefinition>();
        if (!Collect(next.Body, actions, 0))
        {
            actions.Add(next);
        }

        return actions;
    }

    // True when the expression contributed labels of its own.
    private static bool Collect(Expr? expression, List<OperatorDefinition> actions, int depth)
    {
        if (expression is null || depth > 32)
        {
            return false;
        }

        switch (expression)
        {
            case OrExpr or:
                var any = false;
                foreach (var item in or.Items)
                {
                    any |= Collect(item, actions, depth + 1);
                }

                return any;
            case ExistsExpr exists:
                return Collect(exists.Body, actions, depth + 1);
            case CallExpr call when call.Level >= ExpressionLevel.Action:
                if (!Collect(call.Definition.Body, actions, depth + 1) && !actions.Contains(call.Definition))
                {
                    actions.Add(call.Definition);
                }

                return true;
            default:
                return false;
        }
    }
}
