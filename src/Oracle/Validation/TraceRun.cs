using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;

namespace GraphSpec.Oracle.Validation;

/// <summary>
/// The validation of one trace against one model: the previous state, the evaluator (one per
/// trace, so traces validate in parallel), the resolved invariants. Each method returns the first
/// failure, or null.
/// </summary>
internal sealed partial class TraceRun
{
    private const int EnabledActionsShown = 16;

    private readonly SpecInstance spec;
    private readonly Evaluator evaluator;
    private readonly ValidationOptions options;
    private readonly List<OperatorDefinition> invariants;
    private readonly ConjunctExplainer explainer;
    private readonly IncrementalInvariants incremental;
    private readonly ImmutableArray<string>.Builder notes = ImmutableArray.CreateBuilder<string>();
    private readonly VerifiedResults? verified;
    private readonly long invariantsKey;
    private Value[]? current;

    private TraceRun(SpecInstance spec, ModelContext model, VerifiedResults? verified, ValidationOptions options, List<OperatorDefinition> invariants)
    {
        this.spec = spec;
        this.options = options;
        this.invariants = invariants;
        this.verified = options.ReuseVerifiedResults ? verified : null;
        var hasher = new FingerprintHasher();
        foreach (var invariant in invariants)
        {
            hasher.Add(invariant.Name);
        }

        invariantsKey = hasher.Finish();
        evaluator = model.CreateEvaluator();
        incremental = new IncrementalInvariants(evaluator, invariants);
        explainer = new ConjunctExplainer(evaluator, spec.Sources);
    }

    public int StepsChecked { get; private set; }

    public ImmutableArray<string> Notes => notes.ToImmutable();

    public static (TraceRun? Run, ValidationFailure? Failure) Start(SpecInstance spec, IReadOnlyDictionary<string, Value> constants, ValidationOptions options)
    {
        var (model, verified, failure) = spec.BindWithResults(constants);
        if (model is null)
        {
            return (null, failure);
        }

        var invariants = new List<OperatorDefinition>();
        foreach (var name in options.Invariants ?? options.DefaultInvariants)
        {
            if (!spec.Spec.TryGetDefinition(name, out var definition))
            {
                if (options.Invariants is null)
                {
                    continue; // a default candidate this spec does not define
                }

                return (null, new ValidationFailure(ValidationOutcome.MalformedTrace, $"The invariant {name} is not defined in {spec.ModuleName}."));
            }

            if (!definition.Parameters.IsEmpty || definition.Level > ExpressionLevel.State)
            {
                return (null, new ValidationFailure(ValidationOutcome.MalformedTrace, $"{name} is not a state predicate without parameters, so it cannot be an invariant.") { Location = definition.Span });
            }

            invariants.Add(definition);
        }

        return (new TraceRun(spec, model, verified, options, invariants), null);
    }

    /// <summary>Step 0: the state must satisfy Init and the invariants.</summary>
    public ValidationFailure? Initial(TraceStep step)
    {
        if (step.State is null)
        {
            return Malformed(step, "The initial state line must give the state.");
        }

        var (state, malformed) = ToState(step);
        if (state is null)
        {
            return malformed;
        }

        if (!spec.Spec.TryGetDefinition(options.InitName, out var init) || !init.Parameters.IsEmpty)
        {
            return Malformed(step, $"{spec.ModuleName} has no initial predicate {options.InitName}.");
        }

        var result = evaluator.Evaluate(init, state);
        if (result.Error is { } error)
        {
            return EvaluationFailure(step, error) with { After = [.. state] };
        }

        if (!result.IsTrue)
        {
            return new ValidationFailure(ValidationOutcome.StepNotAllowed, $"The initial state does not satisfy {options.InitName}.")
            {
                Step = 0,
                Action = options.InitName,
                Explanation = options.Explain ? explainer.Explain(FormulaInstance.Root(init), state, null) : [],
                After = [.. state],
                Location = step.Location,
            };
        }

        current = state;
        return CheckInvariants(step, state);
    }

    /// <summary>One step: the labelled action (or a stutter for "internal") from the current state to the step's state.</summary>
    public ValidationFailure? Step(TraceStep step)
    {
        var before = current ?? throw new InvalidOperationException("Initial must come first.");
        Value[] after;
        if (step.State is null)
        {
            var (computed, failure) = Successor(step, before);
            if (computed is null)
            {
                return failure;
            }

            after = computed;
        }
        else
        {
            var (state, malformed) = ToState(step);
            if (state is null)
            {
                return malformed;
            }

            after = state;
            if (CheckStep(step, before, after) is { } failure)
            {
                return failure;
            }
        }

        StepsChecked++;
        var invariantFailure = SameState(before, after) ? null : CheckInvariants(step, after);
        current = after;
        return invariantFailure;
    }

    /// <summary>The footer: a deadlock must be one in the spec, a finished run must end in a terminal state.</summary>
    public ValidationFailure? End(TraceFooter footer)
    {
        var last = current ?? throw new InvalidOperationException("Initial must come first.");
        switch (footer.End)
        {
            case RunEnd.Assert:
                return new ValidationFailure(ValidationOutcome.ImplementationAssert,
                    $"The implementation stopped on its own assertion: {footer.Message ?? "(no message)"}")
                { Step = footer.Steps, After = [.. last], Location = footer.Location };
            case RunEnd.Deadlock:
                return CheckDeadlock(footer, last);
            default:
                return CheckDone(footer, last);
        }
    }

    private ValidationFailure? CheckStep(TraceStep step, Value[] before, Value[] after)
    {
        if (step.IsInternal)
        {
            return SameState(before, after) ? null : new ValidationFailure(ValidationOutcome.StepNotAllowed,
                $"Step {step.Index} is labelled \"{TraceStep.InternalAction}\" but changes the state: an internal step must be a stuttering step.")
            {
                Step = step.Index,
                Thread = step.Thread,
                Action = step.Action,
                Before = [.. before],
                After = [.. after],
                ChangedVariables = Changed(before, after),
                Location = step.Location,
            };
        }

        var (definition, arguments, failure) = ResolveAction(step, before, after);
        if (definition is null)
        {
            return failure;
        }

        var key = verified is null ? 0 : VerifiedResults.StepKey(before, definition.Name, arguments, after);
        if (verified is not null && verified.Contains(key))
        {
            return null;
        }

        var result = evaluator.EvaluateAction(definition, arguments, before, after);
        if (result.Error is { } error)
        {
            return EvaluationFailure(step, error) with { Before = [.. before], After = [.. after], ChangedVariables = Changed(before, after) };
        }

        if (!result.IsTrue)
        {
            return NotAllowed(step, definition, arguments, before, after);
        }

        verified?.Add(key);
        return null;
    }

    private ValidationFailure NotAllowed(TraceStep step, OperatorDefinition definition, Value[] arguments, Value[] before, Value[] after)
    {
        var label = Label(step.Action, arguments);
        var failure = new ValidationFailure(ValidationOutcome.StepNotAllowed,
            $"Step {step.Index} ({step.Thread}: {label}) is not a step of the spec: {label} does not hold between the state before and the state after.")
        {
            Step = step.Index,
            Thread = step.Thread,
            Action = label,
            Before = [.. before],
            After = [.. after],
            ChangedVariables = Changed(before, after),
            Location = step.Location,
        };
        if (!options.Explain)
        {
            return failure;
        }

        var collector = new SuccessorCollector(64);
        var enumerated = evaluator.EnumerateSuccessors(definition, arguments, before, collector);
        return failure with
        {
            Explanation = explainer.Explain(FormulaInstance.Apply(definition, arguments), before, after),
            SpecDifferences = enumerated is null ? Closest(collector.Successors, after) : [],
        };
    }

    // Label-only step: the spec computes the state; the first successor in enumeration order is taken.
    private (Value[]? State, ValidationFailure? Failure) Successor(TraceStep step, Value[] before)
    {
        if (step.IsInternal)
        {
            return (before, null);
        }

        var (definition, arguments, failure) = ResolveAction(step, before, null);
        if (definition is null)
        {
            return (null, failure);
        }

        var collector = new SuccessorCollector();
        if (evaluator.EnumerateSuccessors(definition, arguments, before, collector) is { } error)
        {
            return (null, EvaluationFailure(step, error) with { Before = [.. before] });
        }

        var label = Label(step.Action, arguments);
        if (collector.Successors.Count == 0)
        {
            return (null, new ValidationFailure(ValidationOutcome.StepNotAllowed,
                $"Step {step.Index} ({step.Thread}: {label}): the action {label} is not enabled in the state before.")
            {
                Step = step.Index,
                Thread = step.Thread,
                Action = label,
                Before = [.. before],
                Location = step.Location,
                Explanation = options.Explain ? explainer.Explain(FormulaInstance.Apply(definition, arguments), before, null) : [],
            });
        }

        if (collector.Successors.Count > 1)
        {
            notes.Add($"step {step.Index}: {label} has {collector.Successors.Count} distinct successors; the first in enumeration order was taken");
        }

        return (collector.Successors[0].State, null);
    }

    private (OperatorDefinition? Definition, Value[] Arguments, ValidationFailure? Failure) ResolveAction(TraceStep step, Value[] before, Value[]? after)
    {
        ValidationFailure Fail(string message) => new(ValidationOutcome.StepNotAllowed, message)
        {
            Step = step.Index,
            Thread = step.Thread,
            Action = step.Action,
            Location = step.Location,
            Before = [.. before],
            After = after is null ? [] : [.. after],
            ChangedVariables = after is null ? [] : Changed(before, after),
        };

        if (!spec.Spec.TryGetDefinition(step.Action, out var definition) || definition.Level < ExpressionLevel.Action)
        {
            return (null, [], Fail($"Step {step.Index}: {spec.ModuleName} has no action named {step.Action}."));
        }

        var parameters = definition.Parameters;
        var arguments = new Value[parameters.Length];
        foreach (var (name, value) in step.Parameters)
        {
            var index = ParameterIndex(parameters, name);
            if (index < 0)
            {
                return (null, [], Fail($"Step {step.Index}: the action {step.Action} has no parameter {name} (its parameters: {string.Join(", ", parameters.Select(p => p.Name))})."));
            }

            arguments[index] = value;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            if (arguments[i] is null)
            {
                return (null, [], Fail($"Step {step.Index}: the parameter {parameters[i].Name} of {step.Action} has no value in \"params\"."));
            }
        }

        return (definition, arguments, null);
    }

    private static int ParameterIndex(ImmutableArray<ParameterInfo> parameters, string name)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private ValidationFailure? CheckInvariants(TraceStep step, Value[] state)
    {
        var key = verified is null ? 0 : VerifiedResults.StateKey(state, invariantsKey);
        if (verified is not null && verified.Contains(key))
        {
            return null;
        }

        // The incremental check decides success; a failure is found and reported by the full evaluation.
        if (!incremental.AllHold(state) && FirstViolation(step, state) is { } failure)
        {
            return failure;
        }

        verified?.Add(key);
        return null;
    }

    private ValidationFailure? FirstViolation(TraceStep step, Value[] state)
    {
        foreach (var invariant in invariants)
        {
            var result = evaluator.Evaluate(invariant, state);
            if (result.Error is { } error)
            {
                return EvaluationFailure(step, error) with { Invariant = invariant.Name, After = [.. state] };
            }

            if (!result.IsTrue)
            {
                return new ValidationFailure(ValidationOutcome.InvariantViolated,
                    $"Invariant {invariant.Name} is violated in the state after step {step.Index}{(step.Index == 0 ? " (the initial state)" : $" ({step.Thread}: {step.Action})")}.")
                {
                    Step = step.Index,
                    Thread = step.Thread,
                    Action = step.Action,
                    Invariant = invariant.Name,
                    Explanation = options.Explain ? explainer.Explain(FormulaInstance.Root(invariant), state, null) : [],
                    Before = step.Index == 0 || current is null ? [] : [.. current],
                    After = [.. state],
                    ChangedVariables = step.Index == 0 || current is null ? [] : Changed(current, state),
                    Location = step.Location,
                };
            }
        }

        return null;
    }
}
