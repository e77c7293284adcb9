using System.Collections.Immutable;
using System.Text;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>
/// Reads the resolved temporal formulas of the SPECIFICATION and the PROPERTY definitions: sees
/// through definitions of temporal level, splits conjunctions, expands <c>\A x \in S</c> over
/// temporal formulas (one conjunct per value), and classifies what remains. Formulas outside the
/// supported shapes become diagnostics.
/// </summary>
internal sealed class TemporalFormulaReader(FormulaEvaluator evaluator)
{
    private const int MaxDepth = 200;

    private readonly ImmutableArray<Diagnostic>.Builder diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    public ImmutableArray<Diagnostic> Diagnostics => diagnostics.ToImmutable();

    private EvalContext Context => evaluator.Context;

    /// <summary>The conjuncts of a SPECIFICATION: init predicates, <c>[][Next]_v</c>, fairness.</summary>
    public void ReadSpecification(OperatorDefinition specification, SpecificationParts parts)
    {
        Guarded(specification.Body!, TopScope(specification), (e, s) => ReadSpecificationConjunct(e, s, 0, parts));
    }

    /// <summary>The obligations of one PROPERTY definition.</summary>
    public ImmutableArray<PropertyObligation> ReadProperty(OperatorDefinition property)
    {
        var obligations = new List<PropertyObligation>();
        Guarded(property.Body!, TopScope(property), (e, s) => ReadPropertyConjunct(e, s, 0, obligations));
        return [.. obligations];
    }

    private static Scope TopScope(OperatorDefinition definition) => new(new Frame(definition.FrameSize, null), [], "");

    private void Guarded(Expr expression, Scope scope, Action<Expr, Scope> read)
    {
        try
        {
            read(expression, scope);
        }
        catch (TlaEvaluationException e)
        {
            diagnostics.Add(e.ToError().ToDiagnostic());
        }
        catch (EvaluationException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Evaluation, e.Message, expression.Span));
        }
    }

    private void ReadSpecificationConjunct(Expr expression, Scope scope, int depth, SpecificationParts parts)
    {
        if (TooDeep(expression, depth))
        {
            return;
        }

        (expression, scope) = Unfold(expression, scope);
        switch (expression)
        {
            case AndExpr { Level: ExpressionLevel.Temporal } and:
                foreach (var item in and.Items)
                {
                    ReadSpecificationConjunct(item, scope, depth + 1, parts);
                }

                return;
            case ForallExpr { Level: ExpressionLevel.Temporal } forall:
                ForEachValue(forall, scope, s => ReadSpecificationConjunct(forall.Body, s, depth + 1, parts));
                return;
            case FairnessExpr fairness:
                parts.Fairness.Add(new FairnessCondition(
                    fairness.Kind, Bind(fairness.Action, scope), fairness.Unchanged, fairness.Span, scope.Bindings));
                return;
            case AlwaysExpr { Operand: BoxActionExpr box }:
                parts.NextActions.Add(box);
                return;
            case { Level: <= ExpressionLevel.State }:
                parts.InitPredicates.Add(expression);
                return;
            default:
                Unsupported(expression, "this conjunct of the specification");
                return;
        }
    }

    private void ReadPropertyConjunct(Expr expression, Scope scope, int depth, List<PropertyObligation> into)
    {
        if (TooDeep(expression, depth))
        {
            return;
        }

        (expression, scope) = Unfold(expression, scope);
        if (expression.Level <= ExpressionLevel.State)
        {
            into.Add(new PropertyObligation(PropertyObligationKind.InitialPredicate, expression.Span, scope.Bindings, Bind(expression, scope)));
            return;
        }

        switch (expression)
        {
            case AndExpr { Level: ExpressionLevel.Temporal } and:
                foreach (var item in and.Items)
                {
                    ReadPropertyConjunct(item, scope, depth + 1, into);
                }

                return;
            case ForallExpr { Level: ExpressionLevel.Temporal } forall:
                ForEachValue(forall, scope, s => ReadPropertyConjunct(forall.Body, s, depth + 1, into));
                return;
            case AlwaysExpr always:
                ReadAlways(always.Operand, always.Span, scope, depth + 1, into);
                return;
            case EventuallyExpr eventually:
                ReadEventually(eventually, scope, into);
                return;
            case LeadsToExpr leadsTo:
                ReadLeadsTo(leadsTo.Left, leadsTo.Right, leadsTo.Span, scope, into);
                return;
            case FairnessExpr fairness:
                var condition = new FairnessCondition(fairness.Kind, Bind(fairness.Action, scope), fairness.Unchanged, fairness.Span, scope.Bindings);
                into.Add(new PropertyObligation(PropertyObligationKind.InfinitelyOften, fairness.Span, scope.Bindings, fairness: condition));
                return;
            case OrExpr { Level: ExpressionLevel.Temporal } or:
                ReadInfinitelyOftenDisjunction(or, scope, into);
                return;
            default:
                Unsupported(expression, "this temporal property");
                return;
        }
    }

    /// <summary><c>[]F</c>: an invariant, an action property, <c>[]&lt;&gt;P</c> or <c>[](P =&gt; &lt;&gt;Q)</c>.</summary>
    private void ReadAlways(Expr operand, SourceSpan span, Scope scope, int depth, List<PropertyObligation> into)
    {
        if (TooDeep(operand, depth))
        {
            return;
        }

        (operand, scope) = Unfold(operand, scope);
        switch (operand)
        {
            case { Level: <= ExpressionLevel.State }:
                into.Add(new PropertyObligation(PropertyObligationKind.Invariant, span, scope.Bindings, Bind(operand, scope)));
                return;
            case BoxActionExpr:
                into.Add(new PropertyObligation(PropertyObligationKind.ActionProperty, span, scope.Bindings, Bind(operand, scope)));
                return;
            case AndExpr { Level: ExpressionLevel.Temporal } and:
                foreach (var item in and.Items)
                {
                    ReadAlways(item, span, scope, depth + 1, into);
                }

                return;
            case ForallExpr { Level: ExpressionLevel.Temporal } forall:
                ForEachValue(forall, scope, s => ReadAlways(forall.Body, span, s, depth + 1, into));
                return;
            case EventuallyExpr eventually when CycleDisjunct(new AlwaysExpr(eventually, span), scope) is { } cycle:
                into.Add(cycle.ToObligation(span, scope.Bindings));
                return;
            case ImpliesExpr implies when Unfold(implies.Right, scope) is (EventuallyExpr eventually, var rightScope):
                ReadLeadsTo(implies.Left, eventually.Operand, span, scope, into, rightScope);
                return;
            default:
                Unsupported(operand, "[] applied to this formula");
                return;
        }
    }

    private void ReadEventually(EventuallyExpr eventually, Scope scope, List<PropertyObligation> into)
    {
        var (operand, operandScope) = Unfold(eventually.Operand, scope);
        if (operand.Level <= ExpressionLevel.State)
        {
            into.Add(new PropertyObligation(PropertyObligationKind.Eventually, eventually.Span, scope.Bindings, Bind(operand, operandScope)));
        }
        else if (CycleDisjunct(eventually, scope) is { } cycle)
        {
            into.Add(cycle.ToObligation(eventually.Span, scope.Bindings));
        }
        else
        {
            Unsupported(operand, "<> applied to this formula");
        }
    }

    private void ReadLeadsTo(Expr left, Expr right, SourceSpan span, Scope scope, List<PropertyObligation> into, Scope? rightScope = null)
    {
        var p = StatePredicate(left, scope);
        var q = StatePredicate(right, rightScope ?? scope);
        if (p is null || q is null)
        {
            Unsupported(p is null ? left : right, "a leads-to whose sides are not state predicates");
            return;
        }

        into.Add(new PropertyObligation(PropertyObligationKind.LeadsTo, span, scope.Bindings, p, q));
    }

    /// <summary><c>[]&lt;&gt;P1 \/ &lt;&gt;[]Q1 \/ []&lt;&gt;&lt;&lt;A&gt;&gt;_v \/ &lt;&gt;[][B]_w \/ …</c>.</summary>
    private void ReadInfinitelyOftenDisjunction(OrExpr or, Scope scope, List<PropertyObligation> into)
    {
        var all = new CycleFormulas();
        foreach (var item in or.Items)
        {
            if (CycleDisjunct(item, scope) is not { } one)
            {
                Unsupported(item, "this disjunct (only []<>P, <>[]P, []<><<A>>_v and <>[][A]_v can be combined with \\/)");
                return;
            }

            all.Add(one);
        }

        into.Add(all.ToObligation(or.Span, scope.Bindings));
    }

    /// <summary>
    /// <c>[]&lt;&gt;P</c>, <c>&lt;&gt;[]P</c> (P a state predicate), <c>[]&lt;&gt;&lt;&lt;A&gt;&gt;_v</c> or
    /// <c>&lt;&gt;[][A]_v</c>; null for anything else.
    /// </summary>
    private CycleFormulas? CycleDisjunct(Expr expression, Scope scope)
    {
        var (formula, s) = Unfold(expression, scope);
        var result = new CycleFormulas();
        if (formula is AlwaysExpr always && Unfold(always.Operand, s) is (EventuallyExpr eventually, var es))
        {
            var (inner, innerScope) = Unfold(eventually.Operand, es);
            if (inner.Level <= ExpressionLevel.State)
            {
                result.AlwaysEventually.Add(Bind(inner, innerScope));
                return result;
            }

            if (inner is AngleActionExpr)
            {
                result.AlwaysEventuallySteps.Add(Bind(inner, innerScope));
                return result;
            }
        }
        else if (formula is EventuallyExpr eventually2 && Unfold(eventually2.Operand, s) is (AlwaysExpr always2, var @as))
        {
            var (inner, innerScope) = Unfold(always2.Operand, @as);
            if (inner.Level <= ExpressionLevel.State)
            {
                result.EventuallyAlways.Add(Bind(inner, innerScope));
                return result;
            }

            if (inner is BoxActionExpr)
            {
                result.EventuallyAlwaysSteps.Add(Bind(inner, innerScope));
                return result;
            }
        }

        return null;
    }

    private BoundFormula? StatePredicate(Expr expression, Scope scope)
    {
        var (e, s) = Unfold(expression, scope);
        return e.Level <= ExpressionLevel.State ? Bind(e, s) : null;
    }

    /// <summary>Replaces a use of a temporal-level definition by its body in a frame holding the arguments.</summary>
    private (Expr, Scope) Unfold(Expr expression, Scope scope)
    {
        for (var i = 0; i < MaxDepth && expression is CallExpr { Level: ExpressionLevel.Temporal } call && call.Definition.Body is { } body; i++)
        {
            var frame = call.CreateFrame(scope.Frame, Context);
            var lazy = new List<LazyArgument>(scope.LazyArguments);
            for (var slot = 0; slot < call.Arguments.Count; slot++)
            {
                if (frame.Slots[slot] is Thunk thunk)
                {
                    lazy.Add(new LazyArgument(frame, slot, thunk.Expression, thunk.Frame));
                }
            }

            (expression, scope) = (body, new Scope(frame, [.. lazy], scope.Bindings));
        }

        return (expression, scope);
    }

    /// <summary>Calls <paramref name="read"/> once per value of the bound variables, each with its own frame.</summary>
    private void ForEachValue(ForallExpr forall, Scope scope, Action<Scope> read)
    {
        var bindings = new BoundVariables[forall.Bindings.Count];
        for (var i = 0; i < bindings.Length; i++)
        {
            bindings[i] = forall.Bindings[i];
        }

        var combinations = new Combinations(bindings, scope.Frame, Context, forall);
        while (combinations.MoveNext())
        {
            var source = scope.Frame;
            var copy = new Frame(source.Slots.Length, source.Parent);
            Array.Copy(source.Slots, copy.Slots, source.Slots.Length);
            var lazy = new LazyArgument[scope.LazyArguments.Length];
            for (var i = 0; i < lazy.Length; i++)
            {
                var l = scope.LazyArguments[i];
                lazy[i] = ReferenceEquals(l.Owner, source) ? l with { Owner = copy } : l;
            }

            read(new Scope(copy, lazy, Describe(scope.Bindings, bindings, copy)));
        }
    }

    private static string Describe(string outer, BoundVariables[] bindings, Frame frame)
    {
        var text = new StringBuilder(outer);
        foreach (var binding in bindings)
        {
            foreach (var slot in binding.Slots)
            {
                text.Append(text.Length == 0 ? "" : ", ").Append(frame.Slots[slot] is Value v ? v.ToString() : "?");
            }
        }

        return text.ToString();
    }

    private static BoundFormula Bind(Expr expression, Scope scope) => new(expression, scope.Frame, scope.LazyArguments);

    private bool TooDeep(Expr expression, int depth)
    {
        if (depth < MaxDepth)
        {
            return false;
        }

        diagnostics.Add(new Diagnostic(DiagnosticKind.Evaluation, "The temporal formula is nested too deeply.", expression.Span));
        return true;
    }

    private void Unsupported(Expr expression, string what) =>
        diagnostics.Add(new Diagnostic(DiagnosticKind.Evaluation,
            $"The liveness checker does not support {what}; supported are []P, <>P, []<>P, <>[]P, []<><<A>>_v, <>[][A]_v, disjunctions of the last four, P ~> Q, [][A]_v, WF_v(A) and SF_v(A).",
            expression.Span));

    private sealed record Scope(Frame Frame, LazyArgument[] LazyArguments, string Bindings);
}

/// <summary>The state and step formulas of a disjunction of <c>[]&lt;&gt;</c> and <c>&lt;&gt;[]</c> formulas.</summary>
internal sealed class CycleFormulas
{
    public List<BoundFormula> AlwaysEventually { get; } = [];

    public List<BoundFormula> EventuallyAlways { get; } = [];

    public List<BoundFormula> AlwaysEventuallySteps { get; } = [];

    public List<BoundFormula> EventuallyAlwaysSteps { get; } = [];

    public void Add(CycleFormulas other)
    {
        AlwaysEventually.AddRange(other.AlwaysEventually);
        EventuallyAlways.AddRange(other.EventuallyAlways);
        AlwaysEventuallySteps.AddRange(other.AlwaysEventuallySteps);
        EventuallyAlwaysSteps.AddRange(other.EventuallyAlwaysSteps);
    }

    public PropertyObligation ToObligation(SourceSpan span, string bindings) => new(
        PropertyObligationKind.InfinitelyOften, span, bindings,
        alwaysEventually: [.. AlwaysEventually], eventuallyAlways: [.. EventuallyAlways],
        alwaysEventuallySteps: [.. AlwaysEventuallySteps], eventuallyAlwaysSteps: [.. EventuallyAlwaysSteps]);
}

/// <summary>The parts of a SPECIFICATION formula, collected by <see cref="TemporalFormulaReader"/>.</summary>
internal sealed class SpecificationParts
{
    public List<Expr> InitPredicates { get; } = [];

    public List<BoxActionExpr> NextActions { get; } = [];

    public List<FairnessCondition> Fairness { get; } = [];
}
