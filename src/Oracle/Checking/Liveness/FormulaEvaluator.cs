using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>
/// Evaluates the state and action formulas of temporal properties and fairness conditions in a
/// given state or step. The public <see cref="Evaluator"/> evaluates whole definitions only; these
/// formulas are sub-expressions with their own frames, so this class drives the expression nodes
/// directly (same assembly), setting up the evaluation context the way the evaluator does.
/// Failures surface as <see cref="TlaEvaluationException"/>, caught by <see cref="LivenessChecker"/>.
/// Not thread-safe.
/// </summary>
internal sealed class FormulaEvaluator
{
    private readonly EvalContext context;
    private readonly Value?[] current;
    private readonly Value?[] next;
    private readonly Func<BoundFormula, EvalContext, bool> angleStep;
    private readonly Func<BoundFormula, EvalContext, bool> angleEnabled;

    // The subscript v of the <<A>>_v being evaluated (saves a closure per evaluation).
    private UnchangedExpr? subscript;

    public FormulaEvaluator(ModelContext model)
    {
        context = new EvalContext(model, new BuiltinContext());
        current = new Value?[model.Spec.Variables.Length];
        next = new Value?[model.Spec.Variables.Length];
        angleStep = AngleStep;
        angleEnabled = AngleEnabled;
    }

    /// <summary>The context used while reading formulas (quantifier bounds, operator frames).</summary>
    public EvalContext Context => context;

    /// <summary>The value of a state predicate in <paramref name="state"/>.</summary>
    public bool Holds(BoundFormula formula, Value[] state) => Run(formula, state, null, static (f, c) => f.Expression.EvalBool(f.Frame, c));

    /// <summary>The value of an action formula for the step <paramref name="state"/> → <paramref name="successor"/>.</summary>
    public bool HoldsForStep(BoundFormula formula, Value[] state, Value[] successor) =>
        Run(formula, state, successor, static (f, c) => f.Expression.EvalBool(f.Frame, c));

    /// <summary>Whether <c>&lt;&lt;A&gt;&gt;_v</c> holds for the step: A holds and v changes.</summary>
    public bool IsAngleStep(BoundFormula action, UnchangedExpr subscript, Value[] state, Value[] successor)
    {
        this.subscript = subscript;
        return Run(action, state, successor, angleStep);
    }

    /// <summary>
    /// <c>ENABLED &lt;&lt;A&gt;&gt;_v</c> in <paramref name="state"/>: enumerates the successors of A until
    /// one changes v.
    /// </summary>
    public bool IsAngleEnabled(BoundFormula action, UnchangedExpr subscript, Value[] state)
    {
        this.subscript = subscript;
        return Run(action, state, null, angleEnabled);
    }

    private bool AngleStep(BoundFormula formula, EvalContext c) =>
        !subscript!.EvalBool(formula.Frame, c) && formula.Expression.EvalBool(formula.Frame, c);

    private bool AngleEnabled(BoundFormula formula, EvalContext c)
    {
        c.Enumerating = true;
        c.LabelLocked = true;
        var probe = new ChangingSuccessorProbe(subscript!, formula.Frame);
        formula.Expression.Enumerate(formula.Frame, c, probe);
        return probe.Found;
    }

    private bool Run(BoundFormula formula, Value[] state, Value[]? successor, Func<BoundFormula, EvalContext, bool> body)
    {
        Array.Copy(state, current, current.Length);
        if (successor is null)
        {
            Array.Clear(next);
        }
        else
        {
            Array.Copy(successor, next, next.Length);
        }

        context.State = current;
        context.Next = next;
        context.InitMode = false;
        context.Enumerating = false;
        context.StopRequested = false;
        context.LabelLocked = false;
        context.PrimeDepth = 0;
        formula.ResetLazyArguments();
        try
        {
            return body(formula, context);
        }
        catch (EvaluationException e)
        {
            throw formula.Expression.Wrap(e);
        }
        catch (AssertionFailedException e)
        {
            throw new TlaEvaluationException(EvaluationErrorKind.AssertFailed, e.Message, formula.Expression.Span);
        }
        finally
        {
            context.Enumerating = false;
            context.StopRequested = false;
            context.LabelLocked = false;
            context.PrimeDepth = 0;
            context.ActionDefinition = null;
            context.ActionFrame = null;
        }
    }

    /// <summary>Stops at the first complete successor that changes the subscript.</summary>
    private sealed class ChangingSuccessorProbe(UnchangedExpr subscript, Frame frame) : Continuation
    {
        public bool Found { get; private set; }

        public override void Run(EvalContext context)
        {
            foreach (var value in context.Next)
            {
                if (value is null)
                {
                    return;
                }
            }

            if (!subscript.EvalBool(frame, context))
            {
                Found = true;
                context.StopRequested = true;
            }
        }
    }
}
