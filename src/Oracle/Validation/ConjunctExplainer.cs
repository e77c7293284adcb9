using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Validation;

/// <summary>
/// Finds why a formula is false in a state or step: the first false conjunct, then, inside it, the
/// first false conjunct of the operator it calls (through LET and the taken IF branch), down to a
/// formula that is not a conjunction. With no next state (a label-only step whose action is not
/// enabled) only parts that do not mention primed variables are evaluated: the first false guard.
/// Runs only on failures, so it favours clarity over speed.
/// </summary>
internal sealed class ConjunctExplainer(Evaluator evaluator, SourceText sources)
{
    private const int MaxDepth = 16;
    private const int MaxValueText = 200;

    public ImmutableArray<FalseConjunct> Explain(FormulaInstance formula, IReadOnlyList<Value> state, IReadOnlyList<Value>? next)
    {
        var path = ImmutableArray.CreateBuilder<FalseConjunct>();
        Descend(formula, state, next, path, 0);
        return path.ToImmutable();
    }

    /// <summary>Descends into a formula known (or, without next state, suspected) to be false; true when a false part was found.</summary>
    private bool Descend(FormulaInstance formula, IReadOnlyList<Value> state, IReadOnlyList<Value>? next, ImmutableArray<FalseConjunct>.Builder path, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (formula.Formula)
        {
            case LetExpr:
                return Descend(evaluator.ExpandLet(formula), state, next, path, depth + 1);
            case CallExpr { Definition.Body: not null }:
                return Descend(evaluator.Expand(formula), state, next, path, depth + 1);
            case IfExpr conditional:
                return DescendIf(formula, conditional, state, next, path, depth);
            case AndExpr conjunction:
                return DescendConjunction(formula, conjunction, state, next, path, depth);
            case ImpliesExpr implication when next is not null || implication.Level <= ExpressionLevel.State:
                // A false implication: its premise holds and its conclusion is false.
                path.Add(new FalseConjunct(sources.Of(implication.Right.Span), implication.Right.Span, Note(formula.Child(implication.Right), implication.Right, state, next)));
                Descend(formula.Child(implication.Right), state, next, path, depth + 1);
                return true;
            case ForallExpr forall when next is null || forall.Level <= ExpressionLevel.State:
                return DescendForall(formula, forall, state, next, path, depth);
            default:
                return false;
        }
    }

    private bool DescendConjunction(FormulaInstance formula, AndExpr conjunction, IReadOnlyList<Value> state, IReadOnlyList<Value>? next, ImmutableArray<FalseConjunct>.Builder path, int depth)
    {
        foreach (var item in conjunction.Items)
        {
            var part = formula.Child(item);
            if (next is null && item.Level >= ExpressionLevel.Action)
            {
                // Undecidable without a next state; a false guard may hide inside (CtxAcquire's lock test).
                var mark = path.Count;
                path.Add(new FalseConjunct(sources.Of(item.Span), item.Span, "not enabled"));
                if (Descend(part, state, next, path, depth + 1))
                {
                    return true;
                }

                path.Count = mark;
                continue;
            }

            var result = evaluator.Evaluate(part, state, next);
            if (result.Error is { } error)
            {
                path.Add(new FalseConjunct(sources.Of(item.Span), item.Span, "evaluation failed: " + error.Message));
                return true;
            }

            if (!result.IsTrue)
            {
                path.Add(new FalseConjunct(sources.Of(item.Span), item.Span, Note(part, item, state, next)));
                Descend(part, state, next, path, depth + 1);
                return true;
            }
        }

        return false;
    }

    // The first instance of the body that is false, with the values of the bound names.
    private bool DescendForall(FormulaInstance formula, ForallExpr forall, IReadOnlyList<Value> state, IReadOnlyList<Value>? next, ImmutableArray<FalseConjunct>.Builder path, int depth)
    {
        var (instances, error) = evaluator.Instantiate(formula, state);
        if (instances is null || error is not null)
        {
            return false;
        }

        foreach (var instance in instances)
        {
            var result = evaluator.Evaluate(instance, state, next);
            if (result.Error is null && result.IsTrue)
            {
                continue;
            }

            var note = result.Error is { } failed ? "evaluation failed: " + failed.Message : Bindings(forall, instance);
            if (result.Error is null && Note(instance, forall.Body, state, next) is { } values)
            {
                note += "; " + values;
            }

            path.Add(new FalseConjunct(sources.Of(forall.Body.Span), forall.Body.Span, note));
            if (result.Error is null)
            {
                Descend(instance, state, next, path, depth + 1);
            }

            return true;
        }

        return false;
    }

    // "for t = Main": the names come from the binder's text (the engine keeps only slots).
    private string Bindings(ForallExpr forall, FormulaInstance instance)
    {
        var parts = new List<string>();
        foreach (var binding in forall.Bindings)
        {
            var text = sources.Of(binding.Span);
            var cut = text.IndexOf("\\in", StringComparison.Ordinal);
            var names = cut < 0 || binding.IsTuple ? [] : text[..cut].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < binding.Slots.Length; i++)
            {
                var value = instance.Frame.Slots[binding.Slots[i]];
                parts.Add($"{(i < names.Length ? names[i] : "_")} = {(value is Value v ? Short(v) : "?")}");
            }
        }

        return "for " + string.Join(", ", parts);
    }

    private bool DescendIf(FormulaInstance formula, IfExpr conditional, IReadOnlyList<Value> state, IReadOnlyList<Value>? next, ImmutableArray<FalseConjunct>.Builder path, int depth)
    {
        var condition = evaluator.Evaluate(formula.Child(conditional.Condition), state, next);
        if (condition.Value is not BoolValue taken)
        {
            return false;
        }

        var branch = taken.Value ? conditional.Then : conditional.Else;
        var mark = path.Count;
        path.Add(new FalseConjunct(sources.Of(branch.Span), branch.Span,
            $"the {(taken.Value ? "THEN" : "ELSE")} branch, since {sources.Of(conditional.Condition.Span)} is {(taken.Value ? "TRUE" : "FALSE")}"));
        if (Descend(formula.Child(branch), state, next, path, depth + 1) || next is not null)
        {
            return true;
        }

        path.Count = mark;
        return false;
    }

    // For a false equality, both sides' values say more than the text.
    private string? Note(FormulaInstance part, Expr item, IReadOnlyList<Value> state, IReadOnlyList<Value>? next)
    {
        if (item is not EqualsExpr equality)
        {
            return null;
        }

        var left = evaluator.Evaluate(part.Child(equality.Left), state, next);
        var right = evaluator.Evaluate(part.Child(equality.Right), state, next);
        return left.Value is { } l && right.Value is { } r ? $"left side = {Short(l)}, right side = {Short(r)}" : null;
    }

    private static string Short(Value value)
    {
        var text = CanonicalValuePrinter.Print(value);
        return text.Length <= MaxValueText ? text : text[..MaxValueText] + " ...";
    }
}
