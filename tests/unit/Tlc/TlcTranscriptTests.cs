using System.Text.Json.Nodes;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Tlc.Output;
using GraphSpec.UnitTests.Checking;
using Xunit;

namespace GraphSpec.UnitTests.Tlc;

/// <summary>
/// Every recorded TLC transcript maps to the result TLC reported for its case (expected.json):
/// outcome, exit code, violated name, statistics, counterexample length and end; the states of the
/// counterexample are the values TLC printed and wrote to its JSON trace.
/// </summary>
public class TlcTranscriptTests
{
    public static TheoryData<string> Cases() => [.. TlcTranscripts.ConformanceCases()];

    public static TheoryData<string> CasesWithJsonTrace() => [.. TlcTranscripts.ConformanceCases().Where(c => TlcTranscripts.JsonTrace(c) is not null)];

    [Fact]
    public void Every_conformance_case_has_a_transcript()
    {
        Assert.Equal(TestPaths.CaseNames().Count, TlcTranscripts.ConformanceCases().Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Transcript_maps_to_TLC_s_recorded_result(string caseName)
    {
        var expected = ExpectedOutcome.Read(TestPaths.CaseFolder(caseName));
        var (result, error) = TlcOutputParser.Parse(TlcTranscripts.Output(caseName), TlcTranscripts.Exit(caseName), TlcTranscripts.JsonTrace(caseName));

        Assert.True(result is not null, error);
        Assert.Equal(expected.Outcome, result.Outcome.Name());
        Assert.Equal(expected.TlcExit, result.ExitCode);
        Assert.Equal(expected.Violated, result.ViolatedName);
        if (expected.Distinct is { } distinct)
        {
            Assert.True(result.HasStatistics);
            Assert.Equal(distinct, result.Statistics.Distinct);
            Assert.Equal(expected.Generated, result.Statistics.Generated);
            Assert.Equal(expected.Depth, result.Statistics.Depth);
            Assert.Equal(expected.LeftOnQueue, result.Statistics.LeftOnQueue);
        }

        Assert.Equal(expected.TraceLength ?? 0, result.Trace.Length);
        if (expected.TraceEnd is "stuttering" or null)
        {
            Assert.Equal(expected.TraceEnd, result.TraceEnd.Name);
        }
        else if (expected.TraceEnd.StartsWith("back_to_state", StringComparison.Ordinal))
        {
            Assert.Equal(expected.TraceEnd, result.TraceEnd.Name);
        }

        Assert.Equal(expected.TraceEnd == "initial_state", result.ViolatedByInitialState);
        for (var i = 0; i < result.Trace.Length; i++)
        {
            Assert.Equal(i + 1, result.Trace[i].Number);
            Assert.Equal(result.VariableNames.Length, result.Trace[i].Values.Length);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Printed_states_are_the_values_of_TLC_s_JSON_trace(string caseName)
    {
        // Read the printed text alone (no JSON file), then compare each value with TLC's own JSON encoding of it.
        var json = TlcTranscripts.JsonTrace(caseName);
        var (result, error) = TlcOutputParser.Parse(TlcTranscripts.Output(caseName), TlcTranscripts.Exit(caseName));
        Assert.True(result is not null, error);
        var printed = TlcTranscripts.PrintedStates(TlcTranscripts.Output(caseName));
        Assert.Equal(printed.Count + (result.ViolatedByInitialState ? 1 : 0), result.Trace.Length);
        if (json is null)
        {
            return;
        }

        var states = JsonNode.Parse(json)!["counterexample"]!["state"]!.AsArray();
        Assert.Equal(states.Count, result.Trace.Length);
        for (var i = 0; i < states.Count; i++)
        {
            var tlcState = states[i]![1]!.AsObject();
            Assert.Equal(tlcState.Count, result.VariableNames.Length);
            for (var v = 0; v < result.VariableNames.Length; v++)
            {
                var name = result.VariableNames[v];
                Assert.True(JsonNode.DeepEquals(tlcState[name], TlcTranscripts.TlcJson(result.Trace[i].Values[v])), $"state {i + 1}, {name}: TLC {tlcState[name]?.ToJsonString()}, parsed {result.Trace[i].Values[v]}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(CasesWithJsonTrace))]
    public void JSON_trace_and_printed_trace_give_equal_states(string caseName)
    {
        var json = TlcTranscripts.JsonTrace(caseName)!;
        var output = TlcTranscripts.Output(caseName);
        var (fromText, _) = TlcOutputParser.Parse(output, TlcTranscripts.Exit(caseName));
        var (fromJson, error) = TlcOutputParser.Parse(output, TlcTranscripts.Exit(caseName), json);
        Assert.True(fromJson is not null, error);
        Assert.Equal(fromText!.Trace.Length, fromJson.Trace.Length);
        for (var i = 0; i < fromJson.Trace.Length; i++)
        {
            for (var v = 0; v < fromJson.VariableNames.Length; v++)
            {
                var textIndex = fromText.VariableNames.IndexOf(fromJson.VariableNames[v]);
                Assert.Equal(fromText.Trace[i].Values[textIndex], fromJson.Trace[i].Values[v]);
            }

            Assert.Equal(fromText.Trace[i].Action.Name, fromJson.Trace[i].Action.Name);
        }
    }

    [Fact]
    public void Naive_mutex_trace_has_TLC_s_values_and_actions()
    {
        const string caseName = "050_inv_naive_mutex";
        var (result, error) = TlcOutputParser.Parse(TlcTranscripts.Output(caseName), 12, TlcTranscripts.JsonTrace(caseName));
        Assert.True(result is not null, error);

        // vars in declaration order (from the JSON file): pc, flag.
        Assert.Equal(["pc", "flag"], result.VariableNames.ToArray());
        var p1 = ModelValue.Of("p1");
        var p2 = ModelValue.Of("p2");
        var p3 = ModelValue.Of("p3");
        var last = result.Trace[^1];
        var pc = FunctionValue.FromPairs([p1, p2, p3], [StringValue.Of("cs"), StringValue.Of("cs"), StringValue.Of("idle")]);
        Assert.Equal(pc, last.Values[0]);
        Assert.IsType<ModelValue>(((FunctionValue)last.Values[0]).KeyAt(0));
        Assert.Equal(BoolValue.True, last.Values[1]);
        Assert.Equal("Set", last.Action.Name);
        Assert.Equal([p2], last.Action.Arguments.ToArray());
        Assert.Equal(["p"], last.Action.ParameterNames.ToArray());
        Assert.Equal(18, last.Action.Span.StartLine);
        Assert.Equal(11, last.Action.Span.StartColumn);
        Assert.Equal(20, last.Action.Span.EndLine);
        Assert.Equal(42, last.Action.Span.EndColumn);
        Assert.Equal("Spec", last.Action.Module);
        Assert.True(result.Trace[0].Action.IsInitial);
        Assert.Equal(1, result.InitialStates);
        Assert.Equal(6, result.Statistics.LeftOnQueue);
        Assert.Equal(TimeSpan.FromMilliseconds(317), result.Elapsed);
    }

    [Fact]
    public void Lasso_ends_back_at_state_four_with_the_loop_action()
    {
        var (result, _) = TlcOutputParser.Parse(TlcTranscripts.Output("035_liveness_wf_starvation"), 13);
        Assert.NotNull(result);
        Assert.Equal(new TraceEnd(TraceEndKind.BackToState, 4), result.TraceEnd);
        Assert.Equal("Enter", result.LoopAction!.Name);
        Assert.Equal([IntValue.Of(2)], result.LoopAction.Arguments.ToArray());
        Assert.Equal("NoStarvation", result.ViolatedName);
        Assert.Equal(CheckOutcome.Property, result.Outcome);
    }

    [Fact]
    public void Initial_state_violation_has_one_state_and_no_statistics()
    {
        var (result, _) = TlcOutputParser.Parse(TlcTranscripts.Output("048_inv_initial_state"), 12);
        Assert.NotNull(result);
        Assert.True(result.ViolatedByInitialState);
        Assert.False(result.HasStatistics);
        Assert.Equal("Small", result.ViolatedName);
        Assert.Equal(["x", "y"], result.VariableNames.ToArray());
        Assert.Equal([IntValue.Of(4), StringValue.Of("b")], result.Trace[0].Values.ToArray());
    }

    [Fact]
    public void Evaluation_error_keeps_TLC_s_message_and_nested_positions()
    {
        var (result, _) = TlcOutputParser.Parse(TlcTranscripts.Output("054_eval_choose_empty"), 75);
        Assert.NotNull(result);
        Assert.Equal(CheckOutcome.EvalError, result.Outcome);
        Assert.StartsWith("Attempted to compute the value of an expression of form", result.Message);
        Assert.Equal(12, result.Diagnostics[0].Span.StartLine);
        Assert.Equal(18, result.Diagnostics[0].Span.StartColumn);

        // TLC lists five nested positions, the innermost being the CHOOSE at line 12, col 18.
        var nested = result.Diagnostics.Skip(1).ToList();
        Assert.Equal(5, nested.Count);
        Assert.Equal((13, 12), (nested[0].Span.StartLine, nested[0].Span.StartColumn));
        Assert.Equal((12, 49), (nested[^1].Span.EndLine, nested[^1].Span.EndColumn));
        Assert.Equal("Spec.tla", nested[^1].Span.File);
        Assert.Equal(4, result.Trace.Length);
        Assert.Equal(FiniteSetValue.Of(IntValue.Of(1), IntValue.Of(2), IntValue.Of(3)), result.Trace[^1].Values[0]);
    }

    [Fact]
    public void Semantic_error_is_a_diagnostic_at_SANY_s_position()
    {
        var (result, _) = TlcOutputParser.Parse(TlcTranscripts.Output("066_sem_undefined_ident"), 150);
        Assert.NotNull(result);
        Assert.Equal(CheckOutcome.ParseError, result.Outcome);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(Oracle.Tla.Syntax.DiagnosticKind.Semantic, diagnostic.Kind);
        Assert.Equal("Unknown operator: `y'.", diagnostic.Message);
        Assert.Equal((8, 19), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
    }

    [Fact]
    public void Parse_error_is_a_diagnostic_at_SANY_s_position()
    {
        var (result, _) = TlcOutputParser.Parse(TlcTranscripts.Output("059_parse_missing_end"), 150);
        Assert.NotNull(result);
        var diagnostic = result.Diagnostics[0];
        Assert.Equal(Oracle.Tla.Syntax.DiagnosticKind.Parse, diagnostic.Kind);
        Assert.Equal("Was expecting \"==== or more Module body\" Encountered \"<EOF>\" at line 8, column 25 and token \"3\"", diagnostic.Message);
        Assert.Equal((8, 25), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Equal("Spec.tla", diagnostic.Span.File);
    }

    [Fact]
    public void Nested_cfg_error_is_a_config_error_with_TLC_s_exit_code()
    {
        var (result, _) = TlcOutputParser.Parse(TlcTranscripts.Output("071_cfg_negative_literal"), 255);
        Assert.NotNull(result);
        Assert.Equal(CheckOutcome.ConfigError, result.Outcome);
        Assert.Equal(255, result.ExitCode);
        Assert.Equal("TLC found an error in the configuration file at line 3\nIt was expecting = or <-, but did not find it.", result.Message);
        Assert.Equal(3, result.Diagnostics[0].Span.StartLine);
    }
}
