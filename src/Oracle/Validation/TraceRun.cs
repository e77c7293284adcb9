using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;

namespace GraphSpec.Oracle.Validation;

/// <summary>
/// The validation of one trace against one model: the previous state, the evaluator (one per
/// trace, so traces validate in parallel), the resolved invariants. Each method returns the first
/// failure, or null.
/// </summary>
internal sealed class TraceRun
{
    private const int EnabledActionsShown = 16;

    private readonly SpecInstance spec;
    private readonly Evaluator evaluator;
    private readonly ValidationOptions options;
    private readonly List<OperatorDefinition> invariants;
    private readonly ConjunctExplainer explainer;
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

        if (FirstViolation(step, state) is { } failure)
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

    private ValidationFailure? CheckDeadlock(TraceFooter footer, Value[] last)
    {
        var (next, missing) = NextDefinition(footer);
        if (next is null)
        {
            return missing;
        }

        var collector = new SuccessorCollector(EnabledActionsShown);
        if (evaluator.EnumerateSuccessors(next, last, collector) is { } error)
        {
            return new ValidationFailure(ValidationOutcome.EvaluationError, error.Message) { Step = footer.Steps, After = [.. last], Location = error.Span };
        }

        if (collector.Successors.Count == 0)
        {
            return null;
        }

        return new ValidationFailure(ValidationOutcome.EndDisagreement,
            $"The implementation blocked where the spec can move: after step {footer.Steps} the implementation reports a deadlock, but {options.NextName} is enabled ({collector.Successors[0].Label}{(collector.Successors.Count > 1 ? ", ..." : "")}).")
        {
            Step = footer.Steps,
            After = [.. last],
            EnabledActions = Labels(collector),
            Location = footer.Location,
        };
    }

    private ValidationFailure? CheckDone(TraceFooter footer, Value[] last)
    {
        if (spec.Spec.TryGetDefinition(options.DoneName, out var done) && done.Parameters.IsEmpty && done.Level <= ExpressionLevel.State)
        {
            var result = evaluator.Evaluate(done, last);
            if (result.Error is { } error)
            {
                return new ValidationFailure(ValidationOutcome.EvaluationError, error.Message) { Step = footer.Steps, After = [.. last], Location = error.Span };
            }

            if (!result.IsTrue)
            {
                return new ValidationFailure(ValidationOutcome.EndDisagreement,
                    $"The run completed, but the last state (after step {footer.Steps}) is not terminal in the spec: {options.DoneName} is FALSE.")
                {
                    Step = footer.Steps,
                    After = [.. last],
                    Location = footer.Location,
                    Explanation = options.Explain ? explainer.Explain(FormulaInstance.Root(done), last, null) : [],
                    EnabledActions = EnabledNonStuttering(last),
                };
            }
        }

        var (next, missing) = NextDefinition(footer);
        if (next is null)
        {
            return missing;
        }

        var moves = EnabledNonStuttering(last);
        return moves.IsEmpty ? null : new ValidationFailure(ValidationOutcome.EndDisagreement,
            $"The run completed, but the spec can still move in the last state (after step {footer.Steps}): {moves[0]}{(moves.Length > 1 ? ", ..." : "")}.")
        {
            Step = footer.Steps,
            After = [.. last],
            EnabledActions = moves,
            Location = footer.Location,
        };
    }

    private ImmutableArray<string> EnabledNonStuttering(Value[] last)
    {
        if (!spec.Spec.TryGetDefinition(options.NextName, out var next) || !next.Parameters.IsEmpty)
        {
            return [];
        }

        var collector = new SuccessorCollector(EnabledActionsShown + 1);
        evaluator.EnumerateSuccessors(next, last, collector);
        var labels = ImmutableArray.CreateBuilder<string>();
        foreach (var (state, label) in collector.Successors)
        {
            if (!SameState(last, state))
            {
                labels.Add(label);
            }
        }

        return labels.ToImmutable();
    }

    private (OperatorDefinition? Next, ValidationFailure? Failure) NextDefinition(TraceFooter footer) =>
        spec.Spec.TryGetDefinition(options.NextName, out var next) && next.Parameters.IsEmpty
            ? (next, null)
            : (null, new ValidationFailure(ValidationOutcome.MalformedTrace, $"{spec.ModuleName} has no next-state relation {options.NextName} to check the end of the run against.") { Location = footer.Location });

    private static ImmutableArray<string> Labels(SuccessorCollector collector) => [.. collector.Successors.Select(s => s.Label)];

    private (Value[]? State, ValidationFailure? Failure) ToState(TraceStep step)
    {
        var names = spec.VariableNames;
        var named = step.State!;
        var state = new Value[names.Length];
        if (named.Count == names.Length)
        {
            var inOrder = true;
            for (var i = 0; i < names.Length && inOrder; i++)
            {
                inOrder = named[i].Name == names[i];
                state[i] = named[i].Value;
            }

            if (inOrder)
            {
                return (state, null);
            }

            Array.Clear(state);
        }

        foreach (var (name, value) in named)
        {
            var index = names.IndexOf(name);
            if (index < 0)
            {
                return (null, Malformed(step, $"The state of step {step.Index} has the variable {name}, which {spec.ModuleName} does not declare."));
            }

            state[index] = value;
        }

        for (var i = 0; i < state.Length; i++)
        {
            if (state[i] is null)
            {
                return (null, Malformed(step, $"The state of step {step.Index} gives no value to the variable {names[i]}."));
            }
        }

        return (state, null);
    }

    private ImmutableArray<VariableDifference> Closest(List<(Value[] State, string Label)> successors, Value[] after)
    {
        Value[]? best = null;
        var bestCount = int.MaxValue;
        foreach (var (state, _) in successors)
        {
            var count = 0;
            for (var i = 0; i < state.Length; i++)
            {
                count += state[i].Equals(after[i]) ? 0 : 1;
            }

            if (count < bestCount)
            {
                (best, bestCount) = (state, count);
            }
        }

        if (best is null)
        {
            return [];
        }

        var differences = ImmutableArray.CreateBuilder<VariableDifference>();
        for (var i = 0; i < best.Length; i++)
        {
            if (!best[i].Equals(after[i]))
            {
                differences.Add(new VariableDifference(spec.VariableNames[i], after[i], best[i]));
            }
        }

        return differences.ToImmutable();
    }

    private ImmutableArray<string> Changed(Value[] before, Value[] after)
    {
        var changed = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < before.Length; i++)
        {
            if (!before[i].Equals(after[i]))
            {
                changed.Add(spec.VariableNames[i]);
            }
        }

        return changed.ToImmutable();
    }

    private static bool SameState(Value[] before, Value[] after)
    {
        for (var i = 0; i < before.Length; i++)
        {
            if (!ReferenceEquals(before[i], after[i]) && !before[i].Equals(after[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Label(string action, Value[] arguments) =>
        arguments.Length == 0 ? action : $"{action}({string.Join(", ", arguments.Select(a => a.ToString()))})";

    private static ValidationFailure Malformed(TraceStep step, string message) =>
        new(ValidationOutcome.MalformedTrace, message) { Step = step.Index, Thread = step.Thread, Action = step.Action, Location = step.Location };

    private static ValidationFailure EvaluationFailure(TraceStep step, EvaluationError error) =>
        new(ValidationOutcome.EvaluationError, $"Evaluating step {step.Index} failed: {error.Message}")
        { Step = step.Index, Thread = step.Thread, Action = step.Action, Location = error.Span };
}
