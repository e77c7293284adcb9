using System.Numerics;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;
using Xunit;

namespace GraphSpec.UnitTests.Validation;

/// <summary>The trace format: canonical values, line structure, and one positioned diagnostic per malformed trace.</summary>
public class TraceReaderTests
{
    private const string Header = """{"trace":"graphspec/1","spec":"M","constants":{"N":3},"scenario":"s","mutants":["B8"],"seed":12,"schedule":["a","b"]}""";

    private static string Trace(params string[] lines) => string.Join("\n", [Header, .. lines]) + "\n";

    private static Value ReadValue(string json)
    {
        var read = TraceReader.ReadText(Trace("""{"i":0,"action":"Init","state":{"x":""" + json + "}}", """{"end":"done","steps":0}"""));
        Assert.True(read.Succeeded, read.Error?.ToString());
        return read.Document!.Steps[0].State![0].Value;
    }

    private static TraceDiagnostic ReadError(string text)
    {
        var read = TraceReader.ReadText(text, "t.jsonl");
        Assert.False(read.Succeeded);
        return read.Error!;
    }

    [Fact]
    public void Values_decode_to_their_TLA_values()
    {
        Assert.Equal(BoolValue.True, ReadValue("true"));
        Assert.Equal(IntValue.Of(-42), ReadValue("-42"));
        Assert.Equal(IntValue.Of(BigInteger.Parse("123456789012345678901234567890")), ReadValue("""{"#bigint":"123456789012345678901234567890"}"""));
        Assert.Equal(StringValue.Of("abc"), ReadValue("\"abc\""));
        Assert.Equal(ModelValue.Of("p1"), ReadValue("""{"#mv":"p1"}"""));
        Assert.Equal(FunctionValue.Sequence(IntValue.Of(1), StringValue.Of("a")), ReadValue("""[1,"a"]"""));
        Assert.Equal(FunctionValue.Record(["f", "g"], [IntValue.Of(1), BoolValue.False]), ReadValue("""{"g":false,"f":1}"""));
        Assert.Equal(FiniteSetValue.Of(IntValue.Of(1), IntValue.Of(2)), ReadValue("""{"#set":[2,1,2]}"""));
        Assert.Equal(
            FunctionValue.FromPairs([ModelValue.Of("a"), ModelValue.Of("b")], [IntValue.Of(1), IntValue.Of(2)]),
            ReadValue("""{"#map":[[{"#mv":"b"},2],[{"#mv":"a"},1]]}"""));
    }

    [Fact]
    public void The_empty_function_has_several_spellings()
    {
        Assert.Equal(FunctionValue.EmptySequence, ReadValue("[]"));
        Assert.Equal(FunctionValue.EmptySequence, ReadValue("""{"#map":[]}"""));
        Assert.Equal(FunctionValue.EmptySequence, ReadValue("{}"));
        Assert.Equal(FiniteSetValue.Empty, ReadValue("""{"#set":[]}"""));
    }

    [Fact]
    public void A_map_with_domain_one_to_n_is_the_sequence()
    {
        Assert.Equal(FunctionValue.Sequence(StringValue.Of("x"), StringValue.Of("y")), ReadValue("""{"#map":[[2,"y"],[1,"x"]]}"""));
    }

    [Fact]
    public void Header_steps_and_footer_are_read()
    {
        var read = TraceReader.ReadText(Trace(
            """{"i":0,"action":"Init","state":{"x":0}}""",
            """{"i":1,"thread":"Main","action":"Inc","params":{"t":{"#mv":"Main"}},"state":{"x":1}}""",
            """{"i":2,"thread":"env","action":"Submit","params":{"r":{"#mv":"r1"}}}""",
            """{"end":"deadlock","steps":2,"waitFor":[{"thread":"IoThread","waitsFor":"lock","ctx":"X","owner":"Main"}]}"""), "t.jsonl");
        Assert.True(read.Succeeded, read.Error?.ToString());
        var trace = read.Document!;
        Assert.Equal("M", trace.Header.Spec);
        Assert.Equal(IntValue.Of(3), trace.Header.ConstantsByName()["N"]);
        Assert.Equal(("s", 12L), (trace.Header.Scenario, trace.Header.Seed));
        Assert.Equal(["B8"], trace.Header.Mutants.ToArray());
        Assert.Equal(["a", "b"], trace.Header.Schedule!.Value.ToArray());
        Assert.Equal(3, trace.Steps.Length);
        Assert.Equal(("Main", "Inc"), (trace.Steps[1].Thread, trace.Steps[1].Action));
        Assert.Equal(new NamedValue("t", ModelValue.Of("Main")), trace.Steps[1].Parameters[0]);
        Assert.Equal(3, trace.Steps[1].Location.StartLine);
        Assert.Null(trace.Steps[2].State);
        Assert.True(trace.IsLabelOnly);
        Assert.Equal(RunEnd.Deadlock, trace.Footer.End);
        Assert.Equal(new WaitForEdge("IoThread", "lock", "X", "Main"), trace.Footer.WaitFor[0]);
    }

    [Fact]
    public void Writing_then_reading_a_model_trace_gives_the_same_trace_and_the_same_bytes()
    {
        var trace = ModelTraces.Load("safe_rwlock_io").RandomWalk(3);
        var text = TraceWriter.Write(trace);
        var read = TraceReader.ReadText(text);
        Assert.True(read.Succeeded, read.Error?.ToString());
        var again = read.Document!;
        Assert.Equal(trace.Header.Constants.ToArray(), again.Header.Constants.ToArray());
        Assert.Equal(trace.Steps.Length, again.Steps.Length);
        for (var i = 0; i < trace.Steps.Length; i++)
        {
            Assert.Equal(trace.Steps[i].State!.ToArray(), again.Steps[i].State!.ToArray());
            Assert.Equal(trace.Steps[i].Parameters.ToArray(), again.Steps[i].Parameters.ToArray());
        }

        Assert.Equal(text, TraceWriter.Write(again));
        Assert.DoesNotContain("\r", text);
        Assert.EndsWith("}\n", text);
    }

    [Fact]
    public void The_writer_uses_the_documented_key_order_and_encodings()
    {
        var header = new TraceHeader("BlockLayer", [new NamedValue("Nodes", FiniteSetValue.Of(ModelValue.Of("n1")))]);
        Assert.Equal("""{"trace":"graphspec/1","spec":"BlockLayer","constants":{"Nodes":{"#set":[{"#mv":"n1"}]}},"scenario":null,"mutants":[],"seed":null,"schedule":null}""", TraceWriter.HeaderLine(header));
        var step = new TraceStep(1, "Main", "ReqGate", [new NamedValue("t", ModelValue.Of("IoThread"))],
            [new NamedValue("f", FunctionValue.FromPairs([IntValue.Of(2)], [StringValue.Of("a<b")]))]);
        Assert.Equal("""{"i":1,"thread":"Main","action":"ReqGate","params":{"t":{"#mv":"IoThread"}},"state":{"f":{"#map":[[2,"a<b"]]}}}""", TraceWriter.StepLine(step));
        Assert.Equal("""{"end":"assert","steps":4,"message":"boom"}""", TraceWriter.FooterLine(new TraceFooter(RunEnd.Assert, 4, Message: "boom")));
    }

    [Theory]
    [InlineData("""{"i":0,"action":"Init","state":{"x":1.5}}""", 2, 37, "1.5 is not an integer")]
    [InlineData("""{"i":0,"action":"Init","state":{"x":99999999999999999999}}""", 2, 37, "beyond the 64-bit range")]
    [InlineData("""{"i":0,"action":"Init","state":{"x":null}}""", 2, 37, "null is not a TLA+ value")]
    [InlineData("""{"i":0,"action":"Init","state":{"x":{"#tup":[]}}}""", 2, 38, "unknown tag \"#tup\"")]
    [InlineData("""{"i":0,"action":"Init","state":{"x":{"#mv":"a","y":1}}}""", 2, 48, "must have no other key")]
    [InlineData("""{"i":0,"action":"Init","state":{"x":{"#map":[[1,2],[1,3]]}}}""", 2, 38, "occurs multiple times in the function domain")]
    [InlineData("""{"i":0,"action":"Init","state":{"x":{"#map":[[1]]}}}""", 2, 46, "[key, value] pair")]
    [InlineData("""{"i":0,"action":"Init","state":{"x":1,"x":2}}""", 2, 39, "\"x\" occurs twice")]
    [InlineData("""{"i":0,"action":"Init","state":{"x":1}""", 2, 39, "malformed JSON")]
    [InlineData("""{"i":0,"action":"Init","stat":{}}""", 2, 24, "unknown key \"stat\"")]
    [InlineData("""{"i":1,"thread":"Main","action":"A","state":{}}""", 2, 1, "expected the state line \"i\":0, found \"i\":1")]
    [InlineData("""{"i":0,"action":"Go","state":{}}""", 2, 1, "the initial state line has the action \"Init\"")]
    [InlineData("""{"end":"done","steps":0}""", 2, 1, "the footer comes before the initial state line")]
    public void A_malformed_line_gives_one_diagnostic_at_its_position(string line, int expectedLine, int expectedColumn, string message)
    {
        var error = ReadError(Trace(line, """{"end":"done","steps":0}"""));
        Assert.Equal(("t.jsonl", expectedLine, expectedColumn), (error.Span.File, error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains(message, error.Message);
        Assert.StartsWith($"t.jsonl:{expectedLine}:{expectedColumn}: ", error.ToString());
    }

    [Fact]
    public void Structural_problems_are_reported_at_their_line()
    {
        const string Init = """{"i":0,"action":"Init","state":{"x":0}}""";
        Assert.Contains("the first line must be the header", ReadError(Init + "\n").Message);
        Assert.Contains("the footer says 3 steps, the trace has 0", ReadError(Trace(Init, """{"end":"done","steps":3}""")).Message);
        var missingFooter = ReadError(Trace(Init));
        Assert.Contains("no footer line", missingFooter.Message);
        Assert.Equal(2, missingFooter.Span.StartLine);
        var afterFooter = ReadError(Trace(Init, """{"end":"done","steps":0}""", Init));
        Assert.Equal(4, afterFooter.Span.StartLine);
        Assert.Contains("\"end\" is \"done\", \"deadlock\" or \"assert\"", ReadError(Trace(Init, """{"end":"crash","steps":0}""")).Message);
        Assert.Contains("unsupported trace format", ReadError("""{"trace":"graphspec/2","spec":"M","constants":{}}""" + "\n").Message);
        Assert.Contains("the key \"thread\" is missing", ReadError(Trace(Init, """{"i":1,"action":"A","params":{}}""", """{"end":"done","steps":1}""")).Message);
        Assert.Contains("cannot read the trace", TraceReader.ReadFile("/nonexistent/t.jsonl").Error!.Message);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_a_diagnostic_not_a_crash()
    {
        var deep = new string('[', 5000) + new string(']', 5000);
        var error = ReadError(Trace("""{"i":0,"action":"Init","state":{"x":""" + deep + "}}", """{"end":"done","steps":0}"""));
        Assert.Equal(2, error.Span.StartLine);
    }

    [Fact]
    public void Blank_lines_a_byte_order_mark_and_CRLF_are_accepted()
    {
        var text = "\uFEFF" + Header + "\r\n\r\n" + """{"i":0,"action":"Init","state":{"x":0}}""" + "\r\n" + """{"end":"done","steps":0}""" + "\r\n";
        var read = TraceReader.ReadText(text);
        Assert.True(read.Succeeded, read.Error?.ToString());
        Assert.Equal(3, read.Document!.Steps[0].Location.StartLine);
    }

    [Fact]
    public void The_writer_orders_sets_and_maps_independently_of_the_name_table()
    {
        // Interned in this order, the engine (TLC) order puts wZebra first; the written order does not.
        var zebra = ModelValue.Of("wZebra");
        var ant = ModelValue.Of("wAnt");
        var step = new TraceStep(0, null, "Init", [], [
            new NamedValue("s", FiniteSetValue.Of(zebra, ant)),
            new NamedValue("f", FunctionValue.FromPairs([zebra, ant], [IntValue.Of(1), IntValue.Of(2)])),
        ]);
        Assert.Equal("""{"i":0,"action":"Init","state":{"s":{"#set":[{"#mv":"wAnt"},{"#mv":"wZebra"}]},"f":{"#map":[[{"#mv":"wAnt"},2],[{"#mv":"wZebra"},1]]}}}""", TraceWriter.StepLine(step));
    }

    [Fact]
    public void State_lines_may_name_their_variables_in_any_order_and_escape_them()
    {
        var read = TraceReader.ReadText(Trace(
            """{"i":0,"action":"Init","state":{"x":1,"y":[2]}}""",
            """{"i":1,"thread":"T","action":"A","params":{"t":{"#mv":"T"}},"state":{"y":[2],"x":3}}""",
            """{"i":2,"thread":"T","action":"A","params":{"t":{"#mv":"T"}},"state":{"\u0078":3,"y":[4],"z":true}}""",
            """{"end":"done","steps":2}"""));
        Assert.True(read.Succeeded, read.Error?.ToString());
        var states = read.Document!.Steps.Select(s => string.Join(" ", s.State!.Select(v => $"{v.Name}={v.Value}"))).ToArray();
        Assert.Equal(["x=1 y=<<2>>", "y=<<2>> x=3", "x=3 y=<<4>> z=TRUE"], states);
    }

    [Theory]
    [InlineData("""{"x":3,"y":[2],"x":1}""", 57, "\"x\" occurs twice")]
    [InlineData("""{"y":[2],"x":3,"y":1}""", 57, "\"y\" occurs twice")]
    [InlineData("""{"x":3,"\u0078":1}""", 49, "\"x\" occurs twice")]
    public void A_name_repeated_after_the_names_of_the_line_before_is_refused(string state, int column, string message)
    {
        var error = ReadError(Trace(
            """{"i":0,"action":"Init","state":{"x":1,"y":[2]}}""",
            """{"i":1,"thread":"T","action":"A","state":""" + state + "}",
            """{"end":"done","steps":1}"""));
        Assert.Equal((3, column), (error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_value_text_met_earlier_in_the_trace_is_the_same_value_object()
    {
        var read = TraceReader.ReadText(Trace(
            """{"i":0,"action":"Init","state":{"x":{"#set":[1,2]},"y":[]}}""",
            """{"i":1,"thread":"T","action":"A","state":{"x":{"#set":[3]},"y":{"#set":[1,2]}}}""",
            """{"i":2,"thread":"T","action":"A","state":{"x":{"#set":[1,2]},"y":[]}}""",
            """{"end":"done","steps":2}"""));
        Assert.True(read.Succeeded, read.Error?.ToString());
        var steps = read.Document!.Steps;
        Assert.Same(steps[0].State![0].Value, steps[2].State![0].Value);
        Assert.Same(steps[0].State![0].Value, steps[1].State![1].Value);
        Assert.Same(steps[0].State![1].Value, steps[2].State![1].Value);
        Assert.Equal(FiniteSetValue.Of(IntValue.Of(3)), steps[1].State![0].Value);
    }

    [Theory]
    [InlineData("""{"x":123,"y":"a]\"}"}""", "x=123 y=\"a]\\\"}\"")]
    [InlineData("""{ "x" : 12 , "y" : [ "b" , {"#set":[]} ] }""", "x=12 y=<<\"b\", {}>>")]
    [InlineData("""{"x":12,"y":["b",{"#set":[]}]} """, "x=12 y=<<\"b\", {}>>")]
    public void A_state_line_after_the_first_is_read_whatever_its_spacing_and_strings(string state, string expected)
    {
        var read = TraceReader.ReadText(Trace(
            """{"i":0,"action":"Init","state":{"x":12,"y":["b",{"#set":[]}]}}""",
            """{"i":1,"thread":"T","action":"A","state":""" + state + "}",
            """{"end":"done","steps":1}"""));
        Assert.True(read.Succeeded, read.Error?.ToString());
        Assert.Equal(expected, string.Join(" ", read.Document!.Steps[1].State!.Select(v => $"{v.Name}={v.Value}")));
    }

    [Fact]
    public void Keys_after_the_state_are_read_too()
    {
        var read = TraceReader.ReadText(Trace(
            """{"i":0,"action":"Init","state":{"x":1}}""",
            """{"i":1,"state":{"x":1},"thread":"T","action":"A"}""",
            """{"end":"done","steps":1}"""));
        Assert.True(read.Succeeded, read.Error?.ToString());
        Assert.Equal(("T", "A"), (read.Document!.Steps[1].Thread, read.Document.Steps[1].Action));
    }

    [Theory]
    [InlineData("""{"x":1.5,"y":[2]}""", 47, "1.5 is not an integer")]
    [InlineData("""{"x":1,"y":[2}""", 55, "malformed JSON")]
    [InlineData("""{"x":1,"y":[2]}}""", 58, "is invalid after a single JSON value")]
    [InlineData("""{"x":1 2,"y":[2]}""", 49, "malformed JSON")]
    [InlineData("""{"x":1,"y":[2],}""", 57, "malformed JSON")]
    public void A_malformed_state_after_the_first_is_reported_as_on_the_first(string state, int column, string message)
    {
        var error = ReadError(Trace(
            """{"i":0,"action":"Init","state":{"x":1,"y":[2]}}""",
            """{"i":1,"thread":"T","action":"A","state":""" + state + "}",
            """{"end":"done","steps":1}"""));
        Assert.Equal((3, column), (error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains(message, error.Message);
    }
}
