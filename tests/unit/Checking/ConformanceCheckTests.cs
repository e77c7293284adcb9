using GraphSpec.Oracle.Checking;
using Xunit;

namespace GraphSpec.UnitTests.Checking;

/// <summary>
/// The acceptance test of the model checker: every conformance case, with one and with two
/// workers, gives TLC's outcome and violated name; ok cases give TLC's distinct states, states
/// generated and depth; safety violations give a counterexample of TLC's length.
/// </summary>
public class ConformanceCheckTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in TestPaths.CaseNames())
        {
            data.Add(name, 1);
            data.Add(name, 2);
        }

        return data;
    }

    /// <summary>Cases where TLC stops at a safety violation or an evaluation error (no liveness lasso, no front-end error).</summary>
    public static TheoryData<string, int> SafetyViolationCases()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in TestPaths.CaseNames())
        {
            var expected = ExpectedOutcome.Read(TestPaths.CaseFolder(name));
            if (expected.Outcome is "invariant" or "deadlock" or "assert" or "eval_error" or "property"
                && expected.TraceLength is not null && expected.TraceEnd is null or "initial_state")
            {
                data.Add(name, 1);
                data.Add(name, 2);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_agrees_with_TLC(string caseName, int workers)
    {
        var folder = TestPaths.CaseFolder(caseName);
        var expected = ExpectedOutcome.Read(folder);
        var result = ModelChecker.CheckFiles(
            Path.Combine(folder, "Spec.tla"), Path.Combine(folder, "Spec.cfg"), new CheckOptions { Workers = workers });

        Assert.True(expected.Outcome == result.Outcome.Name(), $"outcome {result.Outcome.Name()} ({result.Message}), TLC: {expected.Outcome}");
        Assert.Equal(expected.Violated, result.ViolatedName);
        if (expected.Outcome == "ok")
        {
            Assert.Equal(expected.Distinct, result.Statistics.Distinct);
            Assert.Equal(expected.Generated, result.Statistics.Generated);
            Assert.Equal(expected.Depth, result.Statistics.Depth);
        }
        else if (expected.TraceLength is { } length && expected.TraceEnd is null or "initial_state")
        {
            // Liveness lassos (trace_end stuttering / back_to_state) need not be TLC's; safety traces are shortest.
            Assert.Equal(length, result.Trace.Length);
            Assert.Equal(expected.TraceEnd == "initial_state", result.ViolatedByInitialState);
        }

        if (expected.Outcome is "eval_error" or "invariant" or "deadlock" or "assert" or "property")
        {
            Assert.Equal(expected.TlcExit, result.ExitCode);
        }
    }

    /// <summary>
    /// Beyond the acceptance criteria: for safety violations (not liveness lassos) the counts at
    /// the moment of the stop are TLC's too, since the search visits states in TLC's order.
    /// </summary>
    [Theory]
    [MemberData(nameof(SafetyViolationCases))]
    public void Counts_at_a_safety_violation_are_TLCs(string caseName, int workers)
    {
        var folder = TestPaths.CaseFolder(caseName);
        var expected = ExpectedOutcome.Read(folder);
        var result = ModelChecker.CheckFiles(
            Path.Combine(folder, "Spec.tla"), Path.Combine(folder, "Spec.cfg"), new CheckOptions { Workers = workers });
        Assert.Equal(expected.Distinct is not null, result.HasStatistics);
        if (expected.Distinct is not null)
        {
            Assert.Equal(expected.Distinct, result.Statistics.Distinct);
            Assert.Equal(expected.Generated, result.Statistics.Generated);
            Assert.Equal(expected.LeftOnQueue, result.Statistics.LeftOnQueue);
            Assert.Equal(expected.Depth, result.Statistics.Depth);
        }
    }
}
