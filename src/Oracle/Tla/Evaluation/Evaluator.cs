using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// Evaluates definitions, actions and state enumerations of one model, on one thread. Every
/// method returns errors as values (never throws for problems in the spec).
/// </summary>
public sealed class Evaluator
{
    private readonly EvalContext context;
    private readonly Value?[] scratchNext;

    internal Evaluator(EvalContext context)
    {
        this.context = context;
        scratchNext = new Value?[context.Next.Length];
    }

    public ModelContext Model => context.Model;

    public BuiltinContext Builtins => context.Builtins;

    /// <summary>The variables the last evaluation read (see <see cref="EvalContext.VariablesRead"/>).</summary>
    internal ulong VariablesRead => context.VariablesRead;

    /// <summary>The value of a zero-arity definition, in <paramref name="state"/> when given.</summary>
    public EvaluationResult Evaluate(OperatorDefinition definition, IReadOnlyList<Value>? state = null) =>
        Evaluate(definition, [], state, null);

    /// <summary>
    /// The value of <c>definition(arguments)</c> in the step <paramref name="state"/> →
    /// <paramref name="next"/> (either may be null when the definition does not need it).
    /// </summary>
    public EvaluationResult Evaluate(OperatorDefinition definition, ReadOnlySpan<Value> arguments, IReadOnlyList<Value>? state, IReadOnlyList<Value>? next)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (arguments.Length != definition.Parameters.Length)
        {
            return Failure($"{definition.Name} takes {definition.Parameters.Length} arguments, {arguments.Length} given.", definition);
        }

        Prepare(state, next, initMode: false, enumerating: false);
        try
        {
            if (definition.CacheIndex >= 0 && context.Cache[definition.CacheIndex] is Value cached)
            {
                return new EvaluationResult(cached, null);
            }

            var frame = Frame.Create(definition.FrameSize, null);
            for (var i = 0; i < arguments.Length; i++)
            {
                frame.Slots[i] = arguments[i];
            }

            var value = definition.Body!.Eval(frame, context);
            if (definition.CacheIndex >= 0)
            {
                context.Cache[definition.CacheIndex] = value;
            }

            return new EvaluationResult(value, null);
        }
        catch (TlaEvaluationException e)
        {
            return new EvaluationResult(null, e.ToError());
        }
        catch (EvaluationException e)
        {
            return Failure(e.Message, definition);
        }
        catch (AssertionFailedException e)
        {
            return Failure(e.Message, definition, assert: true);
        }
        catch (Exception e) when (IsInternalFailure(e))
        {
            return Internal(e);
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>
    /// Whether the action <c>definition(arguments)</c> holds for the step <paramref name="state"/> →
    /// <paramref name="next"/> (both complete). Used to validate traces.
    /// </summary>
    public EvaluationResult EvaluateAction(OperatorDefinition definition, ReadOnlySpan<Value> arguments, IReadOnlyList<Value> state, IReadOnlyList<Value> next)
    {
        var result = Evaluate(definition, arguments, state, next);
        if (result.Error is null && result.Value is not BoolValue)
        {
            return Failure($"The action {definition.Name} evaluated to the non-Boolean value {result.Value}.", definition);
        }

        return result;
    }

    /// <summary>Every state satisfying the initial predicate, in TLC's order.</summary>
    public EvaluationError? EnumerateInitialStates(OperatorDefinition init, IStateSink sink)
    {
        ArgumentNullException.ThrowIfNull(init);
        return Enumerate(init, [], null, sink, initMode: true);
    }

    /// <summary>
    /// Every successor of <paramref name="state"/> under the action <paramref name="next"/>,
    /// labelled with the named action (disjunct) that produced it. Duplicates are reported as
    /// often as TLC generates them.
    /// </summary>
    public EvaluationError? EnumerateSuccessors(OperatorDefinition next, IReadOnlyList<Value> state, IStateSink sink) =>
        Enumerate(next, [], state, sink, initMode: false);

    /// <summary>Successors under an action with parameters, <c>Step(p1)</c>.</summary>
    public EvaluationError? EnumerateSuccessors(OperatorDefinition action, ReadOnlySpan<Value> arguments, IReadOnlyList<Value> state, IStateSink sink) =>
        Enumerate(action, arguments, state, sink, initMode: false);

    /// <summary>
    /// Initial states satisfying a sub-formula of <paramref name="owner"/>'s body (for example the
    /// Init part of a SPECIFICATION). The sub-formula must not lie under a binder of the body.
    /// </summary>
    public EvaluationError? EnumerateInitialStates(OperatorDefinition owner, Expr predicate, IStateSink sink) =>
        Enumerate(owner, predicate, [], null, sink, initMode: true);

    /// <summary>
    /// Successors under a sub-formula of <paramref name="owner"/>'s body, such as the action A of
    /// <c>[][A]_v</c> in a SPECIFICATION. The sub-formula must not lie under a binder of the body.
    /// </summary>
    public EvaluationError? EnumerateSuccessors(OperatorDefinition owner, Expr action, IReadOnlyList<Value> state, IStateSink sink) =>
        Enumerate(owner, action, [], state, sink, initMode: false);

    /// <summary>
    /// The value of a sub-formula of <paramref name="owner"/>'s body (a fairness action, the state
    /// predicate of <c>[]P</c>) in a state or step. The sub-formula must not lie under a binder.
    /// </summary>
    public EvaluationResult Evaluate(OperatorDefinition owner, Expr formula, IReadOnlyList<Value>? state, IReadOnlyList<Value>? next)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(formula);
        Prepare(state, next, initMode: false, enumerating: false);
        try
        {
            return new EvaluationResult(formula.Eval(new Frame(owner.FrameSize, null), context), null);
        }
        catch (TlaEvaluationException e)
        {
            return new EvaluationResult(null, e.ToError());
        }
        catch (EvaluationException e)
        {
            return new EvaluationResult(null, new EvaluationError(EvaluationErrorKind.Evaluation, e.Message, formula.Span));
        }
        catch (AssertionFailedException e)
        {
            return new EvaluationResult(null, new EvaluationError(EvaluationErrorKind.AssertFailed, e.Message, formula.Span));
        }
        catch (Exception e) when (IsInternalFailure(e))
        {
            return Internal(e);
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>The value of a formula instance in a state or step (either may be null when unused).</summary>
    public EvaluationResult Evaluate(FormulaInstance formula, IReadOnlyList<Value>? state, IReadOnlyList<Value>? next)
    {
        ArgumentNullException.ThrowIfNull(formula);
        Prepare(state, next, initMode: false, enumerating: false);
        try
        {
            return new EvaluationResult(formula.Formula.Eval(formula.Frame, context), null);
        }
        catch (TlaEvaluationException e)
        {
            return new EvaluationResult(null, e.ToError());
        }
        catch (EvaluationException e)
        {
            return new EvaluationResult(null, new EvaluationError(EvaluationErrorKind.Evaluation, e.Message, formula.Formula.Span));
        }
        catch (AssertionFailedException e)
        {
            return new EvaluationResult(null, new EvaluationError(EvaluationErrorKind.AssertFailed, e.Message, formula.Formula.Span));
        }
        catch (Exception e) when (IsInternalFailure(e))
        {
            return Internal(e);
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>Successors of <paramref name="state"/> under an action given as a formula instance.</summary>
    public EvaluationError? EnumerateSuccessors(FormulaInstance action, IReadOnlyList<Value> state, IStateSink sink)
    {
        ArgumentNullException.ThrowIfNull(action);
        return EnumerateIn(action.Owner, action.Formula, action.Frame, state, sink, initMode: false);
    }

    /// <summary>Initial states satisfying a formula instance.</summary>
    public EvaluationError? EnumerateInitialStates(FormulaInstance predicate, IStateSink sink)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return EnumerateIn(predicate.Owner, predicate.Formula, predicate.Frame, null, sink, initMode: true);
    }

    /// <summary>
    /// The body of the definition a <see cref="CallExpr"/> instance applies, with its arguments
    /// bound (<c>Fairness</c> in <c>Init /\ [][Next]_v /\ Fairness</c>, <c>WF_v(Proc(p))</c>'s <c>Proc(p)</c>).
    /// </summary>
    public FormulaInstance Expand(FormulaInstance call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Formula is not CallExpr expression)
        {
            throw new ArgumentException("Only an operator application can be expanded.", nameof(call));
        }

        var callee = expression.CreateFrame(call.Frame, context);
        return new FormulaInstance(expression.Definition.Body!, callee, expression.Definition);
    }

    /// <summary>
    /// The body of a <c>LET ... IN body</c> instance with its definitions bound in the instance's
    /// frame (lazily, as evaluation binds them), so that parts of the body can be evaluated alone.
    /// </summary>
    public FormulaInstance ExpandLet(FormulaInstance let)
    {
        ArgumentNullException.ThrowIfNull(let);
        if (let.Formula is not LetExpr expression)
        {
            throw new ArgumentException("Only a LET expression can be expanded by ExpandLet.", nameof(let));
        }

        expression.Bind(let.Frame);
        return let.Child(expression.Body);
    }

    /// <summary>
    /// One instance of the body of <c>\A x \in S : F</c> per element of S (in TLC's order), in a
    /// state when S depends on it. Null with an error when S cannot be evaluated.
    /// </summary>
    public (IReadOnlyList<FormulaInstance>? Instances, EvaluationError? Error) Instantiate(FormulaInstance quantifier, IReadOnlyList<Value>? state = null)
    {
        ArgumentNullException.ThrowIfNull(quantifier);
        if (quantifier.Formula is not ForallExpr forall)
        {
            throw new ArgumentException("Only \\A can be instantiated.", nameof(quantifier));
        }

        Prepare(state, null, initMode: false, enumerating: false);
        try
        {
            var instances = new List<FormulaInstance>();
            var source = quantifier.Frame;
            var combinations = new Combinations([.. forall.Bindings], source, context, forall);
            while (combinations.MoveNext())
            {
                // Each instance gets its own copy of the frame, holding this combination.
                var copy = new Frame(source.Slots.Length, source.Parent);
                Array.Copy(source.Slots, copy.Slots, source.Slots.Length);
                instances.Add(new FormulaInstance(forall.Body, copy, quantifier.Owner));
            }

            return (instances, null);
        }
        catch (TlaEvaluationException e)
        {
            return (null, e.ToError());
        }
        catch (EvaluationException e)
        {
            return (null, new EvaluationError(EvaluationErrorKind.Evaluation, e.Message, forall.Span));
        }
        finally
        {
            Reset();
        }
    }

    private EvaluationError? Enumerate(OperatorDefinition definition, ReadOnlySpan<Value> arguments, IReadOnlyList<Value>? state, IStateSink sink, bool initMode) =>
        Enumerate(definition, definition.Body!, arguments, state, sink, initMode);

    private EvaluationError? Enumerate(OperatorDefinition definition, Expr body, ReadOnlySpan<Value> arguments, IReadOnlyList<Value>? state, IStateSink sink, bool initMode)
    {
        if (arguments.Length != definition.Parameters.Length)
        {
            return Failure($"{definition.Name} takes {definition.Parameters.Length} arguments, {arguments.Length} given.", definition).Error;
        }

        var frame = new Frame(definition.FrameSize, null);
        for (var i = 0; i < arguments.Length; i++)
        {
            frame.Slots[i] = arguments[i];
        }

        return EnumerateIn(definition, body, frame, state, sink, initMode);
    }

    private EvaluationError? EnumerateIn(OperatorDefinition definition, Expr body, Frame frame, IReadOnlyList<Value>? state, IStateSink sink, bool initMode)
    {
        Prepare(state, null, initMode, enumerating: true);
        try
        {
            context.ActionDefinition = definition;
            context.ActionFrame = frame;
            context.ActionSpan = body.Span;
            body.Enumerate(frame, context, new Emit(sink, definition));
            return null;
        }
        catch (TlaEvaluationException e)
        {
            return e.ToError();
        }
        catch (EvaluationException e)
        {
            return Failure(e.Message, definition).Error;
        }
        catch (AssertionFailedException e)
        {
            return Failure(e.Message, definition, assert: true).Error;
        }
        catch (Exception e) when (IsInternalFailure(e))
        {
            return Internal(e).Error;
        }
        finally
        {
            Reset();
        }
    }

    private void Prepare(IReadOnlyList<Value>? state, IReadOnlyList<Value>? next, bool initMode, bool enumerating)
    {
        var count = scratchNext.Length;
        if (state is Value[] array && array.Length == count && !initMode)
        {
            context.State = array; // read-only outside Init enumeration: no copy needed
        }
        else
        {
            var current = new Value?[count];
            if (state is not null)
            {
                for (var i = 0; i < count && i < state.Count; i++)
                {
                    current[i] = state[i];
                }
            }

            context.State = current;
        }

        Array.Clear(scratchNext);
        if (next is not null)
        {
            for (var i = 0; i < count && i < next.Count; i++)
            {
                scratchNext[i] = next[i];
            }
        }

        context.Next = scratchNext;
        context.InitMode = initMode;
        context.Enumerating = enumerating;
        context.StopRequested = false;
        context.LabelLocked = false;
        context.PrimeDepth = 0;
        context.VariablesRead = 0;
    }

    private void Reset()
    {
        context.InitMode = false;
        context.Enumerating = false;
        context.StopRequested = false;
        context.ActionDefinition = null;
        context.ActionFrame = null;
        context.PrimeDepth = 0;
        context.CallDepth = 0;
        Array.Clear(scratchNext);
    }

    /// <summary>A bug in the engine must not escape as an exception: it becomes an evaluation error.</summary>
    private static bool IsInternalFailure(Exception e) =>
        e is InvalidCastException or IndexOutOfRangeException or NullReferenceException or InvalidOperationException
            or ArgumentException or KeyNotFoundException or InsufficientExecutionStackException or NotSupportedException;

    private static EvaluationResult Internal(Exception e) =>
        new(null, new EvaluationError(EvaluationErrorKind.Evaluation, $"Internal error in the evaluator ({e.GetType().Name}): {e.Message}", Syntax.SourceSpan.None));

    private static EvaluationResult Failure(string message, OperatorDefinition at, bool assert = false) =>
        new(null, new EvaluationError(assert ? EvaluationErrorKind.AssertFailed : EvaluationErrorKind.Evaluation, message, at.Body?.Span ?? at.Span));

    /// <summary>The end of one enumeration branch: a complete state goes to the sink.</summary>
    private sealed class Emit(IStateSink sink, OperatorDefinition root) : Continuation
    {
        public override void Run(EvalContext context)
        {
            var source = context.InitMode ? context.State : context.Next;
            var state = new Value[source.Length];
            for (var i = 0; i < source.Length; i++)
            {
                state[i] = source[i] ?? throw Incomplete(context, i);
            }

            var action = context.InitMode ? default : new ActionInfo(context.ActionDefinition, context.ActionFrame, context, context.ActionSpan);
            if (!sink.OnState(state, action))
            {
                context.StopRequested = true;
            }
        }

        private TlaEvaluationException Incomplete(EvalContext context, int variable)
        {
            var name = context.Model.Spec.Variables[variable].Name;
            var definition = context.ActionDefinition ?? root;
            var message = context.InitMode
                ? $"The initial predicate {root.Name} does not assign a value to the variable {name}."
                : $"Successor state is not completely specified by action {definition.Name}: the variable {name} is not assigned a value.";
            return new TlaEvaluationException(EvaluationErrorKind.Evaluation, message, definition.Body?.Span ?? definition.Span);
        }
    }
}
