using GraphSpec.Impl.Scenarios;
using Xunit;

namespace GraphSpec.UnitTests.Impl;

/// <summary>Scenario files: round trip, and one clear message with line:col for each problem.</summary>
public class ScenarioJsonTests
{
    [Fact]
    public void Stored_scenarios_round_trip_to_the_same_bytes()
    {
        foreach (var name in ImplScenarios.Names())
        {
            var text = File.ReadAllText(ImplScenarios.PathOf(name)).Replace("\r\n", "\n", StringComparison.Ordinal);
            Assert.Equal(text, ScenarioJson.Write(ImplScenarios.Load(name)));
        }
    }

    [Fact]
    public void Random_scenarios_round_trip_through_json()
    {
        for (ulong seed = 0; seed < 300; seed++)
        {
            var scenario = RandomScenarios.Generate(seed) with { Seed = seed, Schedule = ["Main", "Submit(r1)"] };
            var text = ScenarioJson.Write(scenario);
            var (back, errors) = ScenarioJson.Parse(text);
            Assert.Empty(errors);
            Assert.Equal(text, ScenarioJson.Write(back!));
            Assert.Equal(scenario.MainOps.ToArray(), back!.MainOps.ToArray());
            Assert.Equal(scenario.Requests.ToArray(), back.Requests.ToArray());
            Assert.Equal(scenario.Edges.ToArray(), back.Edges.ToArray());
            Assert.Equal(seed, back.Seed);
        }
    }

    [Fact]
    public void The_builder_and_the_json_reader_agree()
    {
        var built = ScenarioBuilder.Named("B8").Describe("d").Protocol("drain").AioLock(true).IoThread("IoThread", "X").Chain("X")
            .Request("r1", "eBacking").Main(Operation.EditOf("eBacking", "nBase", "nNew")).Exposes("B8", "deadlock").Seed(0).Build();
        var stored = ImplScenarios.Load("B8") with { Description = "d" };
        Assert.Equal(ScenarioJson.Write(stored), ScenarioJson.Write(built));
    }

    private static string Only(string text)
    {
        var (scenario, errors) = ScenarioJson.Parse(text, "s.json");
        Assert.Null(scenario);
        Assert.Single(errors);
        return errors[0].ToString();
    }

    private const string Valid = """
        {
          "name": "t",
          "protocol": "drain",
          "iothreads": { "IoThread": "X" },
          "nodes": { "nTop": "X", "nBase": "X" },
          "edges": [
            { "name": "eRoot", "parent": "Blk", "child": "nTop" },
            { "name": "eBacking", "parent": "nTop", "child": "nBase" }
          ],
          "requests": [ { "name": "r1", "edge": "eBacking" } ],
          "mainOps": [ { "op": "edit", "edge": "eBacking", "from": "nBase", "to": null } ]
        }
        """;

    [Fact]
    public void A_valid_file_parses()
    {
        var (scenario, errors) = ScenarioJson.Parse(Valid);
        Assert.Empty(errors);
        Assert.Equal(Operation.EditOf("eBacking", "nBase", null), scenario!.MainOps[0]);
        Assert.True(scenario.AioLock);
    }

    [Fact]
    public void A_syntax_error_names_its_line_and_column()
    {
        Assert.Equal("s.json:3:14: invalid JSON: '}' is invalid after a property name. Expected a ':'.",
            Only("{\n  \"name\": \"t\",\n  \"protocol\" }"));
    }

    [Fact]
    public void An_unknown_node_is_reported_where_it_is_used()
    {
        Assert.Equal("s.json:8:54: edges[1].child: unknown node 'nBsae'",
            Only(Valid.Replace("\"child\": \"nBase\"", "\"child\": \"nBsae\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unknown_operation_lists_the_known_ones()
    {
        Assert.Equal("s.json:11:24: mainOps[0].op: unknown operation 'edti' (expected one of acquire, release, drainBegin, drainEnd, quiesceParent, pollIdle, wrlock, wrunlock, replace, edit, scheduleBh)",
            Only(Valid.Replace("\"op\": \"edit\"", "\"op\": \"edti\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_reported()
    {
        Assert.Equal("s.json:3:15: 'protocol' must be a string, not a number",
            Only(Valid.Replace("\"protocol\": \"drain\"", "\"protocol\": 3", StringComparison.Ordinal)));
        // An unknown key is reported at its value.
        Assert.Equal("s.json:3:14: unknown key 'protocl' (expected one of name, description, exposes, expect, protocol, aioLock, nestedRead, iothreads, nodes, edges, requests, mainOps, bhOps, seed, schedule)",
            Only(Valid.Replace("\"protocol\": \"drain\"", "\"protocl\": \"drain\", \"protocol\": \"drain\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Spec_assumptions_are_checked()
    {
        Assert.Equal("s.json:3:15: protocol: the \"aiolock\" protocol needs \"aioLock\": true",
            Only(Valid.Replace("\"protocol\": \"drain\"", "\"protocol\": \"aiolock\", \"aioLock\": false", StringComparison.Ordinal)));
        Assert.Equal("s.json:10:41: requests[0].edge: edge 'eBacking' is detached at start; a request needs an attached edge",
            Only(Valid.Replace("\"child\": \"nBase\"", "\"child\": null", StringComparison.Ordinal)));
        Assert.Equal("s.json:4:30: iothreads.IoThread: the name 'MainCtx' is used twice (or is reserved: Main, MainCtx, None, Blk)",
            Only(Valid.Replace("\"IoThread\": \"X\"", "\"IoThread\": \"MainCtx\"", StringComparison.Ordinal).Replace("\"X\"", "\"MainCtx\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_graph_that_splits_contexts_is_rejected()
    {
        var twoThreads = Valid.Replace("\"IoThread\": \"X\"", "\"IoThread\": \"X\", \"IoThread2\": \"Y\"", StringComparison.Ordinal);
        Assert.Equal("s.json:8:54: edges[1].child: node 'nBase' is in context 'Y' but its parent 'nTop' is in 'X'; QEMU keeps a parent and its children in one AioContext",
            Only(twoThreads.Replace("\"nBase\": \"X\"", "\"nBase\": \"Y\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_problem_gets_its_own_message()
    {
        var text = Valid.Replace("\"child\": \"nBase\"", "\"child\": \"nB\"", StringComparison.Ordinal).Replace("\"edge\": \"eBacking\" }", "\"edge\": \"eB\" }", StringComparison.Ordinal);
        var (scenario, errors) = ScenarioJson.Parse(text, "s.json");
        Assert.Null(scenario);
        Assert.Equal(2, errors.Count);
    }
}
