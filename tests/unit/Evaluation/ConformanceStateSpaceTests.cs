using System.Text.Json;
using GraphSpec.Oracle.Tla.Evaluation;
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

    private static void Check(string caseName, (string, Value)[] constants, params string[] invariants) =>
        CheckWithSubstitutions(caseName, constants, [], invariants);

    private static void CheckWithSubstitutions(string caseName, (string, Value)[] constants, (string, string)[] substitutions, params string[] invariants)
    {
        var load = SpecLoader.LoadFile(ConformanceCases.SpecPath(caseName));
        Assert.True(load.Spec is not null, string.Join("\n", load.Diagnostics));
        var values = constants.ToDictionary(c => c.Item1, c => c.Item2);
        var substituted = substitutions.ToDictionary(c => c.Item1, c => c.Item2);
        var modelResult = ModelContext.Create(load.Spec!, values, substituted);
        Assert.True(modelResult.Model is not null, string.Join("\n", modelResult.Diagnostics));
        var model = modelResult.Model!;
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

    [Fact]
    public void Case002_clock_spec() => Check("002_clock_spec_invariants", [], "TypeOK", "MinuteRange", "NoTwelve");

    [Fact]
    public void Case004_integers_div_mod() =>
        CheckWithSubstitutions("004_integers_div_mod", [("Hi", Int(15))], [("Lo", "MinusHi")], "DivModOK", "NegOK", "TypeOK");

    [Fact]
    public void Case007_case_if_strings() => Check("007_case_if_strings", [("Limit", Int(60))], "Inv");

    [Fact]
    public void Case019_enabled_invariant() => Check("019_enabled_invariant", [("N", Int(5)), ("Producers", ModelValues("a", "b", "c"))], "EnabledInv");

    [Fact]
    public void Case021_large_ints() => Check("021_large_ints", [("N", Int(300))], "Inv");

    [Fact]
    public void Case026_sort() => Check("026_sort_no_deadlock_check", [("N", Int(5))], "TypeOK", "Progress");

    [Fact]
    public void Case031_sliding_puzzle() => Check("031_sliding_puzzle_large", [], "BlankOK");

    [Fact]
    public void Case033_wf_sort() => Check("033_liveness_wf_sort_ok", [("N", Int(5))]);

    [Fact]
    public void Case036_sf() => Check("036_liveness_sf_ok", [("Procs", IntSet(1, 2))], "Mutex");

    [Fact]
    public void Case039_peterson() => Check("039_peterson_liveness", [], "Mutex");

    [Fact]
    public void Case044_drain_quiesce() =>
        Check("044_drain_quiesce", [("Clients", ModelValues("c1", "c2", "c3")), ("Drainers", ModelValues("d1", "d2"))], "InflightOK", "QuiesceOK", "DrainedMeansEmpty");
}
