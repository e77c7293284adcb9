using System.Text;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Impl.Simulation;
using GraphSpec.Oracle.Traces;
using GraphSpec.UnitTests.Impl;
using Xunit;

namespace GraphSpec.UnitTests.Validation;

/// <summary>
/// Most state lines of an implementation trace take the reader's fast path (a value matched by
/// its text on the line before, or met earlier in the trace, is not parsed again). Every line read
/// that way must hold what the full parser makes of the line on its own.
/// </summary>
public class TraceReaderFastPathTests
{
    [Fact]
    public void Every_state_of_an_implementation_trace_is_what_the_line_alone_parses_to()
    {
        for (ulong seed = 0; seed < 300; seed++)
        {
            var (_, trace) = ImplScenarios.RunTraced(RandomScenarios.Generate(seed, 8), MutantSet.None, new RunOptions(seed));
            var read = TraceReader.ReadText(trace);
            Assert.True(read.Succeeded, read.Error?.ToString());
            var lines = trace.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (var step in read.Document!.Steps)
            {
                var alone = (TraceStep)TraceLineParser.Parse(Encoding.UTF8.GetBytes(lines[step.Index + 1]));
                Assert.Equal(alone.State!.Select(v => v.Name), step.State!.Select(v => v.Name));
                Assert.Equal(alone.State!.Select(v => v.Value), step.State!.Select(v => v.Value));
                Assert.Equal(alone.Parameters, step.Parameters);
                Assert.Equal((alone.Thread, alone.Action), (step.Thread, step.Action));
            }
        }
    }
}
