using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>
/// What the liveness checker decides for one model: the fairness conditions of the SPECIFICATION
/// and the PROPERTY obligations, with what is needed to evaluate their state and action formulas.
/// Built once per model; <see cref="LivenessChecker.Check"/> evaluates on its own evaluator, so a
/// problem must not be checked by two threads at once.
/// </summary>
public sealed class LivenessProblem
{
    private LivenessProblem(
        ModelContext model,
        FormulaEvaluator evaluator,
        OperatorDefinition? init,
        OperatorDefinition? next,
        ImmutableArray<FairnessCondition> fairness,
        ImmutableArray<PropertyCheck> properties)
    {
        Model = model;
        Evaluator = evaluator;
        Init = init;
        Next = next;
        Fairness = fairness;
        Properties = properties;
    }

    public ModelContext Model { get; }

    /// <summary>The SPECIFICATION's initial predicate when it is a single definition used without arguments.</summary>
    public OperatorDefinition? Init { get; }

    /// <summary>The A of the SPECIFICATION's <c>[][A]_v</c> when it is a single definition used without arguments.</summary>
    public OperatorDefinition? Next { get; }

    public ImmutableArray<FairnessCondition> Fairness { get; }

    /// <summary>The properties in the order given (cfg order), each with its obligations.</summary>
    public ImmutableArray<PropertyCheck> Properties { get; }

    /// <summary>True when some property needs the state graph (a temporal obligation, not only []P or [][A]_v).</summary>
    public bool NeedsStateGraph
    {
        get
        {
            foreach (var property in Properties)
            {
                foreach (var obligation in property.Obligations)
                {
                    if (obligation.Kind is PropertyObligationKind.Eventually or PropertyObligationKind.LeadsTo or PropertyObligationKind.InfinitelyOften)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    internal FormulaEvaluator Evaluator { get; }

    /// <summary>
    /// Reads <paramref name="specification"/> (may be null for an INIT/NEXT model: no fairness) and
    /// the <paramref name="properties"/> (PROPERTY definitions, zero arity). Formulas the checker
    /// cannot decide are reported as diagnostics and no problem is returned.
    /// </summary>
    public static LivenessProblemResult Create(ModelContext model, OperatorDefinition? specification, IReadOnlyList<OperatorDefinition> properties)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(properties);
        var evaluator = new FormulaEvaluator(model);
        var reader = new TemporalFormulaReader(evaluator);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var parts = new SpecificationParts();
        if (specification is not null)
        {
            if (!IsUsable(specification, diagnostics))
            {
                return new LivenessProblemResult(null, diagnostics.ToImmutable());
            }

            reader.ReadSpecification(specification, parts);
        }

        var checks = ImmutableArray.CreateBuilder<PropertyCheck>(properties.Count);
        foreach (var property in properties)
        {
            if (IsUsable(property, diagnostics))
            {
                checks.Add(new PropertyCheck(property.Name, property.Span, reader.ReadProperty(property)));
            }
        }

        diagnostics.AddRange(reader.Diagnostics);
        if (diagnostics.Count > 0)
        {
            return new LivenessProblemResult(null, diagnostics.ToImmutable());
        }

        var problem = new LivenessProblem(
            model, evaluator, SingleDefinition(parts.InitPredicates), NextDefinition(parts.NextActions), [.. parts.Fairness], checks.ToImmutable());
        return new LivenessProblemResult(problem, []);
    }

    /// <summary>The problem of a bound model: its SPECIFICATION (if any) and its PROPERTY list.</summary>
    public static LivenessProblemResult Create(BoundModel boundModel, ModelContext model)
    {
        ArgumentNullException.ThrowIfNull(boundModel);
        return Create(model, boundModel.Specification, boundModel.Properties);
    }

    private static bool IsUsable(OperatorDefinition definition, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (definition.Body is null || !definition.Parameters.IsEmpty)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Config,
                $"The operator {definition.Name} used as a temporal formula must be defined without parameters.", definition.Span));
            return false;
        }

        return true;
    }

    private static OperatorDefinition? SingleDefinition(List<Expr> predicates) =>
        predicates is [CallExpr { Arguments.Count: 0 } call] ? call.Definition : null;

    private static OperatorDefinition? NextDefinition(List<BoxActionExpr> actions) =>
        actions is [{ Action: CallExpr { Arguments.Count: 0 } call }] ? call.Definition : null;
}

/// <summary>A <see cref="LivenessProblem"/>, or the diagnostics explaining why none could be built.</summary>
public sealed record LivenessProblemResult(LivenessProblem? Problem, ImmutableArray<Diagnostic> Diagnostics);
