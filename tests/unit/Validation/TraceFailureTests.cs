using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;
using GraphSpec.Oracle.Validation;
using Xunit;
using static GraphSpec.UnitTests.Validation.TraceMutations;

namespace GraphSpec.UnitTests.Validation;

/// <summary>Damaged traces: the validator names the failing step, thread, action and what was false.</summary>
public class TraceFailureTests
{
    private static readonly Lazy<(ModelTraces Traces, TraceDocument Trace)> Walk = new(() =>
    {
        // A finished walk with an IOThread, long enough to damage in the middle.
        var traces = ModelTraces.Load("safe_drain_io");
        for (var seed = 1; ; seed++)
        {
            var trace = traces.RandomWalk(seed);
            if (trace.Footer.End == RunEnd.Done && trace.Steps.Length > 25)
            {
                return (traces, trace);
            }
        }
    });

    private static TraceDocument Valid => Walk.Value.Trace;

    private static ValidationResult Validate(TraceDocument trace) =>
        TraceValidator.Validate(ModelTraces.BlockLayer, trace, Walk.Value.Traces.Options);

    private static void AssertStepFailure(ValidationResult result, TraceDocument trace, int step)
    {
        Assert.Equal(ValidationOutcome.StepNotAllowed, result.Outcome);
        Assert.Equal(12, result.ExitCode);
        var failure = result.Failure!;
        Assert.Equal(step, failure.Step);
        Assert.Equal(trace.Steps[step].Thread, failure.Thread);
        Assert.StartsWith(trace.Steps[step].Action, failure.Action);
        Assert.Equal(step - 1, result.StepsChecked);
    }

    [Fact]
    public void The_undamaged_walk_is_valid()
    {
        var result = Validate(Valid);
        Assert.True(result.Succeeded, ValidationReport.Format(result));
    }

    [Fact]
    public void A_variable_changed_in_one_state_fails_that_step_and_shows_the_spec_value()
    {
        var k = Valid.Steps.Length / 2;
        var original = Variable(Valid.Steps[k], "numWaiters");
        var trace = SetVariable(Valid, k, "numWaiters", IntValue.Of(7));
        var result = Validate(trace);
        AssertStepFailure(result, trace, k);
        var failure = result.Failure!;
        Assert.Contains("numWaiters", failure.ChangedVariables);
        var difference = Assert.Single(failure.SpecDifferences);
        Assert.Equal("numWaiters", difference.Variable);
        Assert.Equal(IntValue.Of(7), difference.Trace);
        Assert.Equal(original, difference.Spec);
        Assert.NotEmpty(failure.Explanation);
        Assert.Contains("numWaiters", ValidationReport.Format(result));
    }

    [Fact]
    public void Two_swapped_steps_fail_at_the_first_of_them()
    {
        // Two consecutive steps that change the state differently.
        var k = FirstStep(Valid, s => s.Index + 1 < Valid.Steps.Length && s.Action != Valid.Steps[s.Index + 1].Action, 3);
        var trace = Swap(Valid, k);
        var result = Validate(trace);
        AssertStepFailure(result, trace, k);
    }

    [Fact]
    public void A_dropped_step_fails_where_it_is_missing()
    {
        var k = Valid.Steps.Length / 3;
        var trace = Drop(Valid, k);
        var result = Validate(trace);
        AssertStepFailure(result, trace, k);
    }

    [Fact]
    public void A_wrong_label_reports_the_first_false_conjunct_of_the_named_action_with_its_position()
    {
        // A step of the main thread that is not a program step: ProgRelease's first conjunct is false.
        var k = FirstStep(Valid, s => s.Thread == "Main" && s.Action.StartsWith("Wait", StringComparison.Ordinal));
        var trace = ReplaceStep(Valid, k, Valid.Steps[k] with { Action = "ProgRelease" });
        var result = Validate(trace);
        AssertStepFailure(result, trace, k);
        Assert.Equal("ProgRelease(Main)", result.Failure!.Action);
        var conjunct = result.Failure.Explanation[0];
        Assert.Equal("AtOp(t, \"release\")", conjunct.Text);
        var (line, column) = Position("BlockLayer.tla", "ProgRelease(t) ==", "AtOp(t, \"release\")");
        Assert.EndsWith("BlockLayer.tla", conjunct.Span.File);
        Assert.Equal((line, column), (conjunct.Span.StartLine, conjunct.Span.StartColumn));

        // Deeper: AtOp -> InProg -> TopIs(t, "Prog") -> the top frame is a Wait frame, not "Prog".
        Assert.Contains(result.Failure.Explanation, c => c.Text == "Top(t).fn = fn" && c.Note == "left side = \"Wait\", right side = \"Prog\"");
    }

    [Fact]
    public void Wrong_parameters_fail_the_step()
    {
        var k = FirstStep(Valid, s => s.Thread == "Main");
        var step = Valid.Steps[k];
        var trace = ReplaceStep(Valid, k, step with { Parameters = [new NamedValue("t", ModelValue.Of("IoThread"))] });
        var result = Validate(trace);
        AssertStepFailure(result, trace, k);
        Assert.Equal($"{step.Action}(IoThread)", result.Failure!.Action);
    }

    [Fact]
    public void An_unknown_action_or_parameter_name_fails_the_step()
    {
        var k = FirstStep(Valid, s => s.Thread == "Main");
        var unknown = Validate(ReplaceStep(Valid, k, Valid.Steps[k] with { Action = "Frobnicate" }));
        Assert.Equal(ValidationOutcome.StepNotAllowed, unknown.Outcome);
        Assert.Equal(k, unknown.Failure!.Step);
        Assert.Contains("no action named Frobnicate", unknown.Failure.Message);

        var parameter = Validate(ReplaceStep(Valid, k, Valid.Steps[k] with { Parameters = [new NamedValue("thread", ModelValue.Of("Main"))] }));
        Assert.Equal(ValidationOutcome.StepNotAllowed, parameter.Outcome);
        Assert.Contains("has no parameter thread", parameter.Failure!.Message);
    }

    [Fact]
    public void An_initial_state_that_is_not_initial_names_the_false_conjunct_of_Init()
    {
        var trace = SetVariable(Valid, 0, "numWaiters", IntValue.Of(5));
        var result = Validate(trace);
        Assert.Equal(ValidationOutcome.StepNotAllowed, result.Outcome);
        Assert.Equal(0, result.Failure!.Step);
        Assert.Equal("Init", result.Failure.Action);
        Assert.Equal("InitAio", result.Failure.Explanation[0].Text);
        var leaf = result.Failure.Explanation[^1];
        Assert.Equal("numWaiters = 0", leaf.Text);
        Assert.Equal("left side = 5, right side = 0", leaf.Note);
    }

    [Fact]
    public void A_deadlock_claimed_where_the_spec_can_move_is_an_end_disagreement()
    {
        var k = Valid.Steps.Length / 2;
        var trace = Truncate(Valid, k, RunEnd.Deadlock);
        trace = trace with { Footer = trace.Footer with { WaitFor = [new WaitForEdge("IoThread", "lock", "X", "Main")] } };
        var result = Validate(trace);
        Assert.Equal(ValidationOutcome.EndDisagreement, result.Outcome);
        Assert.Equal(11, result.ExitCode);
        Assert.Contains("blocked where the spec can move", result.Failure!.Message);
        Assert.EndsWith("The implementation's wait-for graph: IoThread waits for lock X held by Main.", result.Failure.Message);
        var next = Valid.Steps[k + 1];
        Assert.Contains($"{next.Action}({next.Parameters[0].Value})", result.Failure.EnabledActions);
    }

    [Fact]
    public void Done_claimed_in_a_state_that_is_not_terminal_is_an_end_disagreement()
    {
        var k = Valid.Steps.Length / 2;
        var result = Validate(Truncate(Valid, k, RunEnd.Done));
        Assert.Equal(ValidationOutcome.EndDisagreement, result.Outcome);
        Assert.Equal(11, result.ExitCode);
        Assert.Contains("Done is FALSE", result.Failure!.Message);
        Assert.Equal(k, result.Failure.Step);
        Assert.NotEmpty(result.Failure.Explanation);
    }

    [Fact]
    public void A_finished_run_claimed_as_deadlock_in_a_terminal_state_is_an_end_disagreement()
    {
        // In a Done state the spec's only move is the Terminated stutter: Next is enabled.
        var result = Validate(Valid with { Footer = Valid.Footer with { End = RunEnd.Deadlock } });
        Assert.Equal(ValidationOutcome.EndDisagreement, result.Outcome);
        Assert.Equal("Terminated", Assert.Single(result.Failure!.EnabledActions));
    }

    [Fact]
    public void An_implementation_assertion_is_reported_with_its_message()
    {
        var result = Validate(Valid with { Footer = Valid.Footer with { End = RunEnd.Assert, Message = "released a lock it does not hold" } });
        Assert.Equal(ValidationOutcome.ImplementationAssert, result.Outcome);
        Assert.Equal(14, result.ExitCode);
        Assert.Contains("released a lock it does not hold", result.Failure!.Message);
    }

    [Fact]
    public void The_label_only_trace_is_valid_and_checks_every_step()
    {
        var result = Validate(LabelOnly(Valid));
        Assert.True(result.Succeeded, ValidationReport.Format(result));
        Assert.Equal(Valid.Steps.Length - 1, result.StepsChecked);
    }

    [Fact]
    public void A_label_only_step_whose_action_is_not_enabled_fails_with_its_false_guard()
    {
        var k = FirstStep(Valid, s => s.Thread == "Main" && s.Action.StartsWith("Wait", StringComparison.Ordinal));
        var trace = LabelOnly(ReplaceStep(Valid, k, Valid.Steps[k] with { Action = "ProgRelease" }));
        var result = Validate(trace);
        AssertStepFailure(result, trace, k);
        Assert.Contains("not enabled", result.Failure!.Message);
        Assert.Equal("AtOp(t, \"release\")", result.Failure.Explanation[0].Text);
    }

    [Fact]
    public void Internal_steps_must_not_change_the_state()
    {
        var k = Valid.Steps.Length / 2;
        var stutter = InsertInternal(Valid, k, Valid.Steps[k].State);
        Assert.True(Validate(stutter).Succeeded);
        Assert.True(Validate(InsertInternal(LabelOnly(Valid), k, null)).Succeeded);

        var moving = InsertInternal(Valid, k, Valid.Steps[k + 1].State);
        var result = Validate(moving);
        AssertStepFailure(result, moving, k + 1);
        Assert.Contains("stuttering", result.Failure!.Message);
        Assert.NotEmpty(result.Failure.ChangedVariables);
    }

    [Fact]
    public void A_state_with_a_missing_or_unknown_variable_is_a_malformed_trace()
    {
        var k = 3;
        var missing = ReplaceStep(Valid, k, Valid.Steps[k] with { State = [.. Valid.Steps[k].State!.Where(v => v.Name != "kernel")] });
        var result = Validate(missing);
        Assert.Equal(ValidationOutcome.MalformedTrace, result.Outcome);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("gives no value to the variable kernel", result.Failure!.Message);

        var extra = ReplaceStep(Valid, k, Valid.Steps[k] with { State = [.. Valid.Steps[k].State!, new NamedValue("pc", IntValue.Of(1))] });
        Assert.Contains("the variable pc, which BlockLayer does not declare", Validate(extra).Failure!.Message);
    }

    [Fact]
    public void Constants_that_are_missing_unknown_or_violate_an_assumption_fail_before_any_step()
    {
        var constants = Valid.Header.Constants;
        var missing = Validate(Valid with { Header = Valid.Header with { Constants = constants.RemoveAll(c => c.Name == "Protocol") } });
        Assert.Equal(ValidationOutcome.MalformedTrace, missing.Outcome);
        Assert.Contains("no value to the constant Protocol", missing.Failure!.Message);

        var unknown = Validate(Valid with { Header = Valid.Header with { Constants = constants.Add(new NamedValue("Colour", StringValue.Of("red"))) } });
        Assert.Contains("Colour is not a constant of BlockLayer", unknown.Failure!.Message);

        var bogus = constants.Select(c => c.Name == "Protocol" ? new NamedValue("Protocol", StringValue.Of("bogus")) : c).ToImmutableArray();
        var assumption = Validate(Valid with { Header = Valid.Header with { Constants = bogus } });
        Assert.Equal(ValidationOutcome.AssumptionFalse, assumption.Outcome);
        Assert.Equal(10, assumption.ExitCode);
    }

    [Fact]
    public void A_trace_of_another_module_is_rejected()
    {
        var result = Validate(Valid with { Header = Valid.Header with { Spec = "Other" } });
        Assert.Equal(ValidationOutcome.MalformedTrace, result.Outcome);
        Assert.Contains("trace of Other, not of BlockLayer", result.Failure!.Message);
    }

    /// <summary>The line and column of <paramref name="text"/> on the line after <paramref name="definition"/> in a spec module.</summary>
    private static (int Line, int Column) Position(string module, string definition, string text)
    {
        var lines = File.ReadAllLines(Path.Combine(ModelTraces.SpecFolder, module));
        var at = Array.FindIndex(lines, l => l.StartsWith(definition, StringComparison.Ordinal)) + 1;
        return (at + 1, lines[at].IndexOf(text, StringComparison.Ordinal) + 1);
    }
}
