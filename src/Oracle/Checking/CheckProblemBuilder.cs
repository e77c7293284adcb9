using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking;

/// <summary>Builds a <see cref="CheckProblem"/> from a bound model, as TLC reads a cfg.</summary>
public static class CheckProblemBuilder
{
    public static (CheckProblem? Problem, ImmutableArray<Diagnostic> Diagnostics) Build(BoundModel bound, ModelContext model)
    {
        ArgumentNullException.ThrowIfNull(bound);
        ArgumentNullException.ThrowIfNull(model);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var (init, next) = Behaviour(bound, diagnostics);

        var invariants = ImmutableArray.CreateBuilder<NamedFormula>();
        foreach (var invariant in bound.Invariants)
        {
            invariants.Add(new NamedFormula(invariant.Name, invariant));
        }

        var actionProperties = ImmutableArray.CreateBuilder<NamedFormula>();
        var temporal = ImmutableArray.CreateBuilder<NamedFormula>();
        foreach (var property in bound.Properties)
        {
            ClassifyProperty(property, invariants, actionProperties, temporal);
        }

        var symmetry = Symmetry(bound, model, diagnostics);
        if (diagnostics.Count > 0 || init is null || next is null)
        {
            if (diagnostics.Count == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Config, "The configuration file gives no INIT/NEXT or SPECIFICATION.", SourceSpan.None));
            }

            return (null, diagnostics.ToImmutable());
        }

        var problem = new CheckProblem(bound, model, init, next, invariants.ToImmutable(), actionProperties.ToImmutable(), temporal.ToImmutable(), symmetry);
        return (problem, []);
    }

    private static (OperatorDefinition? Init, OperatorDefinition? Next) Behaviour(BoundModel bound, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (bound.Specification is not { } specification)
        {
            return (bound.Init, bound.Next);
        }

        var initParts = new List<FormulaParts.Part>();
        OperatorDefinition? next = null;
        foreach (var part in FormulaParts.Conjuncts(specification))
        {
            if (part.Expression.Level <= ExpressionLevel.State)
            {
                initParts.Add(part);
            }
            else if (part.Expression is AlwaysExpr { Operand: BoxActionExpr box } && next is null)
            {
                next = FormulaParts.AsDefinition(new FormulaParts.Part(box.Action, part.Owner), "Next");
            }

            // Fairness conjuncts matter only to liveness checking.
        }

        OperatorDefinition? init = null;
        if (initParts.Count == 1)
        {
            init = FormulaParts.AsDefinition(initParts[0], "Init");
        }
        else if (initParts.Count > 1 && initParts.TrueForAll(p => ReferenceEquals(p.Owner, initParts[0].Owner)))
        {
            var items = initParts.ConvertAll(p => p.Expression).ToArray();
            var conjunction = new AndExpr(items, items[0].Span.To(items[^1].Span));
            init = FormulaParts.AsDefinition(new FormulaParts.Part(conjunction, initParts[0].Owner), "Init");
        }

        if (init is null || next is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Config,
                $"The specification {specification.Name} is not of the form Init /\\ [][Next]_vars /\\ fairness.", specification.Span));
        }

        return (init, next);
    }

    private static void ClassifyProperty(
        OperatorDefinition property,
        ImmutableArray<NamedFormula>.Builder invariants,
        ImmutableArray<NamedFormula>.Builder actionProperties,
        ImmutableArray<NamedFormula>.Builder temporal)
    {
        var parts = FormulaParts.Conjuncts(property);
        var stateParts = new List<NamedFormula>();
        var actionParts = new List<NamedFormula>();
        foreach (var part in parts)
        {
            if (part.Expression is AlwaysExpr { Operand: BoxActionExpr box })
            {
                actionParts.Add(new NamedFormula(property.Name, FormulaParts.AsDefinition(new FormulaParts.Part(box, part.Owner), property.Name)));
            }
            else if (part.Expression is AlwaysExpr always && always.Operand.Level <= ExpressionLevel.State)
            {
                stateParts.Add(new NamedFormula(property.Name, FormulaParts.AsDefinition(new FormulaParts.Part(always.Operand, part.Owner), property.Name)));
            }
            else
            {
                // Anything else (also a state predicate: it constrains only the initial state) is a
                // temporal formula for the liveness checker, which receives the whole property.
                temporal.Add(new NamedFormula(property.Name, property));
                return;
            }
        }

        invariants.AddRange(stateParts);
        actionProperties.AddRange(actionParts);
    }

    private static ImmutableArray<IReadOnlyDictionary<ModelValue, ModelValue>> Symmetry(
        BoundModel bound, ModelContext model, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (bound.Symmetry is not { } symmetry)
        {
            return [];
        }

        var result = model.CreateEvaluator().Evaluate(symmetry);
        if (result.Error is { } error)
        {
            diagnostics.Add(error.ToDiagnostic());
            return [];
        }

        if (result.Value is not SetValue { IsFinite: true } set)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Config, $"The symmetry {symmetry.Name} is not a finite set of permutations.", symmetry.Span));
            return [];
        }

        var permutations = ImmutableArray.CreateBuilder<IReadOnlyDictionary<ModelValue, ModelValue>>();
        foreach (var element in set.ToFiniteSet().Items)
        {
            if (FunctionValue.AsFunction(element) is not { } function)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Config, $"The symmetry {symmetry.Name} contains {element}, which is not a permutation.", symmetry.Span));
                return [];
            }

            var mapping = new Dictionary<ModelValue, ModelValue>();
            for (var i = 0; i < function.Count; i++)
            {
                if (function.KeyAt(i) is not ModelValue from || function.ValueAt(i) is not ModelValue to)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Config, $"The symmetry {symmetry.Name} permutes values that are not model values.", symmetry.Span));
                    return [];
                }

                if (!from.Equals(to))
                {
                    mapping[from] = to;
                }
            }

            if (mapping.Count > 0)
            {
                permutations.Add(mapping);
            }
        }

        return permutations.ToImmutable();
    }
}
