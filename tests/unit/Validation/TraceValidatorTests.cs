using GraphSpec.Oracle.Traces;
using GraphSpec.Oracle.Validation;
using Xunit;

namespace GraphSpec.UnitTests.Validation;

/// <summary>Behaviours of the spec's own models validate; the checker's counterexamples validate up to their violation.</summary>
public class TraceValidatorTests
{
    [Theory]
    [InlineData("safe_drain_main")]
    [InlineData("safe_drain_io")]
    [InlineData("safe_rwlock_io")]
    [InlineData("safe_drainrw_io")]
    [InlineData("safe_aiolock_io")]
    [InlineData("safe_rwlock_nested_read")]
    [InlineData("safe_nested_poll_edit")]
    [InlineData("safe_drain_detach_attach")]
    public void Random_walks_of_a_safe_model_are_valid(string model)
    {
        var traces = ModelTraces.Load(model);
        for (var seed = 1; seed <= 10; seed++)
        {
            var trace = traces.RandomWalk(seed);
            var result = TraceValidator.Validate(ModelTraces.BlockLayer, trace, traces.Options);
            Assert.True(result.Succeeded, $"{model} seed {seed}:\n{ValidationReport.Format(result)}");
            Assert.Equal(trace.Steps.Length - 1, result.StepsChecked);
        }
    }

    [Theory]
    [InlineData("B8")]
    [InlineData("B3")]
    [InlineData("B7")]
    [InlineData("H2")]
    [InlineData("B11")]
    [InlineData("B4_hang")]
    [InlineData("B14_hang")]
    public void A_deadlock_counterexample_is_a_valid_deadlocking_trace(string model)
    {
        var traces = ModelTraces.Load(model);
        var trace = traces.Counterexample(RunEnd.Deadlock);
        var result = TraceValidator.Validate(ModelTraces.BlockLayer, trace, traces.Options);
        Assert.True(result.Succeeded, ValidationReport.Format(result));
    }

    [Theory]
    [InlineData("B14", "InFlightAccounting")]
    [InlineData("B10", "DrainedMeansIdle")]
    [InlineData("H1", "ReaderWriterExclusion")]
    [InlineData("B8_rule", "AioWaitDepthOne")]
    [InlineData("B16", "NoIoThroughReplacedEdge")]
    public void An_invariant_counterexample_fails_on_its_last_state_with_that_invariant(string model, string invariant)
    {
        var traces = ModelTraces.Load(model);
        var trace = traces.Counterexample(RunEnd.Done);
        var result = TraceValidator.Validate(ModelTraces.BlockLayer, trace, traces.Options);
        Assert.Equal(ValidationOutcome.InvariantViolated, result.Outcome);
        Assert.Equal(12, result.ExitCode);
        Assert.Equal(invariant, result.Failure!.Invariant);
        Assert.Equal(trace.Steps.Length - 1, result.Failure.Step);
        Assert.Equal(trace.Steps[^1].Thread, result.Failure.Thread);
        Assert.Equal(trace.Steps[^1].Action, result.Failure.Action);
    }

    [Fact]
    public void An_invariant_failure_names_the_false_instance_and_values()
    {
        var traces = ModelTraces.Load("B8_rule");
        var result = TraceValidator.Validate(ModelTraces.BlockLayer, traces.Counterexample(RunEnd.Done), traces.Options);
        Assert.Equal("AioWaitDepthOne", result.Failure!.Invariant);
        Assert.Equal("for t = Main", result.Failure.Explanation[0].Note);
        // B8: the main thread is about to enter AIO_WAIT_WHILE(X, ...) holding X twice.
        var leaf = result.Failure.Explanation[^1];
        Assert.Equal("heldDepth[t][Top(t).ctx] = 1", leaf.Text);
        Assert.Equal("left side = 2, right side = 1", leaf.Note);
        Assert.EndsWith("AioContext.tla", leaf.Span.File);
    }
}
