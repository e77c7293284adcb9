using System.Text.Json;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.UnitTests.Semantics;
using Xunit;
using static GraphSpec.UnitTests.Evaluation.TestSpecs;

namespace GraphSpec.UnitTests.Evaluation;

/// <summary>
/// Explores the full state space of conformance cases with a tiny BFS and compares the counts with
/// what TLC reported (expected.json): an end-to-end check of resolution, evaluation and successor
/// enumeration in TLC's way (duplicates and stuttering successors count as generated).
/// </summary>
public class ConformanceStateSpaceTests
{
    private static (long Distinct, long Generated, int Depth) Expected(string caseName)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ConformanceCases.CaseFolder(caseName), "expected.json")));
        var root = json.RootElement;
        return (root.GetProperty("distinct_states").GetInt64(), root.GetProperty("states_generated").GetInt64(), root.GetProperty("depth").GetInt32());
    }

    private static void Check(string caseName, (string, Value)[] constants, params string[] invariants)
    {
        var load = SpecLoader.LoadFile(ConformanceCases.SpecPath(caseName));
        Assert.True(load.Spec is not null, string.Join("\n", load.Diagnostics));
        var model = Model(load.Spec!, constants);
        var checker = TinyModelChecker.Run(load.Spec!, model, "Init", "Next", invariants);
        var (distinct, generated, depth) = Expected(caseName);
        Assert.Equal(distinct, checker.Distinct);
        Assert.Equal(generated, checker.Generated);
        Assert.Equal(depth, checker.Depth);
    }

    [Fact]
    public void Case001_counters() => Check("001_counters_init_next", [("N", Int(20))], "TypeOK", "Bounded");

    [Fact]
    public void Case003_bullet_layout() => Check("003_bullet_layout", [], "Inv", "DReachable");

    [Fact]
    public void Case005_set_operations() => Check("005_set_operations", [("N", Int(9))], "TypeOK", "SetInv");

    [Fact]
    public void Case008_functions() => Check("008_functions", [("Keys", IntSet(1, 2, 3, 4)), ("MaxVal", Int(3))], "TypeOK", "Inv");

    [Fact]
    public void Case009_multiarg_functions() => Check("009_multiarg_functions", [("Size", Int(3))], "Inv");

    [Fact]
    public void Case011_sequences_fifo() =>
        Check("011_sequences_fifo", [("Msgs", FiniteSetValue.Of(Str("a"), Str("b"), Str("x"))), ("Cap", Int(4))], "TypeOK", "Inv");

    [Fact]
    public void Case012_tlc_module_ops() => Check("012_tlc_module_ops", [], "Inv");

    [Fact]
    public void Case013_model_values() => Check(
        "013_model_values",
        [("Procs", ModelValues("p1", "p2", "p3")), ("None", ModelValue.Of("None")), ("First", ModelValue.Of("p1")), ("Greeting", Str("hello"))],
        "TypeOK",
        "Inv");

    [Fact]
    public void Case015_higher_order_local() => Check("015_higher_order_local", [("Len0", Int(3)), ("MaxV", Int(5))], "Inv");

    [Fact]
    public void Case017_instance_unnamed_extends() => Check("017_instance_unnamed_extends", [("Limit", Int(10))], "Inv");

    [Fact]
    public void Case018_action_composition() => Check("018_action_composition", [("Procs", ModelValues("p1", "p2", "p3", "p4")), ("K", Int(2))], "TypeOK", "AtMostK", "Conservation");

    [Fact]
    public void Case020_boolean_logic() => Check("020_boolean_logic", [], "Laws", "TypeOK");

    [Fact]
    public void Case022_record_subset_init() => Check("022_record_subset_init", [], "TypeOK", "Inv");

    [Fact]
    public void Case032_two_phase_commit() => Check("032_two_phase_commit", [("RM", ModelValues("r1", "r2", "r3", "r4"))], "TypeOK", "Consistent", "CommitNeedsAll");

    [Fact]
    public void Case042_recursive_mutex() => Check(
        "042_recursive_mutex",
        [("Threads", ModelValues("t1", "t2")), ("None", ModelValue.Of("None")), ("MaxDepth", Int(3))],
        "OwnerDepth", "DepthMatches", "OthersHoldNothing", "Mutex", "NoLostUpdate", "DepthBound");
}
