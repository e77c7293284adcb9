using System.Text.Json.Nodes;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tlc.Output;
using Xunit;

namespace GraphSpec.UnitTests.Tlc;

/// <summary>
/// The smoke transcripts (tests/fixtures/tlc/smoke): each <c>-tool</c> transcript maps to what TLC
/// reported for that run. Exit codes are the ones its README records; outcome, violated name,
/// counts, depth and trace length are what TLC printed in the same run without <c>-tool</c>.
/// </summary>
public class SmokeTranscriptTests
{
    // name, exit, outcome, violated, generated, distinct, depth, trace length (a "Stuttering" line is not a state), trace end
    public static TheoryData<string, int, string, string?, long?, long?, int?, int, string?> Runs() => new()
    {
        { "Counter", 0, "ok", null, 11, 11, 11, 0, null },
        { "Peterson", 0, "ok", null, 35, 20, 7, 0, null },
        { "DeadlockMutex", 11, "deadlock", null, 9, 7, 4, 3, null },
        { "NaiveMutex", 12, "invariant", "MutualExclusion", 13, 9, 5, 5, null },
        { "InitInv", 12, "invariant", "Positive", null, null, null, 1, null },
        { "LivenessLasso", 13, "property", "ReachTwo", 3, 2, 2, 2, "back_to_state_1" },
        { "LivenessStutter", 13, "property", "EventuallyOne", 3, 2, 2, 1, "stuttering" },
        { "AssertErr", 14, "assert", null, 4, 4, 4, 4, null },
        { "RuntimeErr", 75, "eval_error", null, 3, 3, 3, 3, null },
        { "ParseErr", 150, "parse_error", null, null, null, null, 0, null },
        { "SemErr", 150, "parse_error", null, null, null, null, 0, null },
        { "CfgErr", 151, "config_error", null, null, null, null, 0, null },
    };

    private static string Transcript(string name) => File.ReadAllText(Path.Combine(TlcTranscripts.SmokeFolder, name + ".tool.out"));

    [Fact]
    public void Every_smoke_transcript_is_in_the_table()
    {
        var names = Directory.GetFiles(TlcTranscripts.SmokeFolder, "*.tool.out").Select(f => Path.GetFileName(f)[..^".tool.out".Length]).Order(StringComparer.Ordinal);
        Assert.Equal(names, Runs().Select(r => (string)r[0]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Smoke_transcript_maps_to_TLC_s_result(string name, int exit, string outcome, string? violated, long? generated, long? distinct, int? depth, int traceLength, string? traceEnd)
    {
        var (result, error) = TlcOutputParser.Parse(Transcript(name), exit);

        Assert.True(result is not null, error);
        Assert.Equal(outcome, result.Outcome.Name());
        Assert.Equal(exit, result.ExitCode);
        Assert.Equal(violated, result.ViolatedName);
        Assert.Equal(generated is not null, result.HasStatistics);
        if (generated is not null)
        {
            Assert.Equal(new CheckStatistics(generated.Value, distinct!.Value, result.Statistics.LeftOnQueue, depth!.Value), result.Statistics);
        }

        Assert.Equal(traceLength, result.Trace.Length);
        Assert.Equal(traceEnd, result.TraceEnd.Name);
        Assert.Equal(outcome is "parse_error" or "config_error", !result.Diagnostics.IsEmpty && result.Trace.IsEmpty);
    }

    [Fact]
    public void Naive_mutex_states_are_the_values_of_TLC_s_JSON_trace()
    {
        // NaiveMutex.tool.dumptrace.out is the -tool run that wrote trace_tool.json.
        var output = File.ReadAllText(Path.Combine(TlcTranscripts.SmokeFolder, "NaiveMutex.tool.dumptrace.out"));
        var json = File.ReadAllText(Path.Combine(TlcTranscripts.SmokeFolder, "trace_tool.json"));
        var (result, error) = TlcOutputParser.Parse(output, 12);
        Assert.True(result is not null, error);

        var states = JsonNode.Parse(json)!["counterexample"]!["state"]!.AsArray();
        Assert.Equal(states.Count, result.Trace.Length);
        for (var i = 0; i < states.Count; i++)
        {
            foreach (var name in result.VariableNames)
            {
                var value = result.Trace[i].Values[result.VariableNames.IndexOf(name)];
                Assert.True(JsonNode.DeepEquals(states[i]![1]![name], TlcTranscripts.TlcJson(value)), $"state {i + 1}, {name}");
            }
        }
    }

    [Fact]
    public void Runtime_error_message_is_the_nested_Java_override_failure()
    {
        var (result, _) = TlcOutputParser.Parse(Transcript("RuntimeErr"), 75);
        Assert.NotNull(result);
        Assert.StartsWith("Attempted to apply the operator overridden by the Java method", result.Message, StringComparison.Ordinal);
        Assert.EndsWith("Cannot cast tlc2.value.impl.StringValue to tlc2.value.impl.IntValue", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cfg_error_names_the_undefined_invariant()
    {
        var (result, _) = TlcOutputParser.Parse(Transcript("CfgErr"), 151);
        Assert.NotNull(result);
        Assert.Equal("The invariant NoSuchInv specified in the configuration file\nis not defined in the specification.", result.Message);
        Assert.Equal(Oracle.Tla.Syntax.DiagnosticKind.Config, Assert.Single(result.Diagnostics).Kind);
    }
}
