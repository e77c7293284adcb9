using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Semantics;
using Xunit;

namespace GraphSpec.UnitTests.Checking;

/// <summary>Options and behaviours of the checker beyond the conformance cases: small specs written here.</summary>
public class CheckerBehaviourTests
{
    private const string Counter = """
        ---- MODULE Counter ----
        EXTENDS Naturals
        VARIABLE x
        Init == x = 0
        Up == x < 5 /\ x' = x + 1
        Reset == x = 5 /\ x' = 0
        Never == x > 10 /\ x' = 0
        Next == Up \/ Reset \/ Never
        Small == x < 4
        ====
        """;

    private static CheckResult Check(string module, string cfg, CheckOptions? options = null, CancellationToken cancellation = default)
    {
        var spec = SpecLoader.LoadText(module, "Counter.tla", _ => null);
        Assert.True(spec.Spec is not null, string.Join("\n", spec.Diagnostics));
        var config = CfgParser.Parse(cfg, "Counter.cfg");
        Assert.True(config.Config is not null, string.Join("\n", config.Diagnostics));
        var bound = ConfigBinder.Bind(spec.Spec!, config.Config!);
        Assert.True(bound.Model is not null, string.Join("\n", bound.Diagnostics));
        return ModelChecker.Check(bound.Model!, options, cancellation);
    }

    [Fact]
    public void A_cycle_of_six_states_is_explored_completely()
    {
        var result = Check(Counter, "INIT Init\nNEXT Next\n");
        Assert.Equal(CheckOutcome.Ok, result.Outcome);

        // 1 initial state + one successor from each of the 6 states.
        Assert.Equal(new CheckStatistics(7, 6, 0, 6), result.Statistics);
    }

    [Fact]
    public void The_shortest_counterexample_ends_in_the_first_violating_state()
    {
        var result = Check(Counter, "INIT Init\nNEXT Next\nINVARIANT Small\n", new CheckOptions { Workers = 2 });
        Assert.Equal(CheckOutcome.Invariant, result.Outcome);
        Assert.Equal(12, result.ExitCode);
        Assert.Equal("Small", result.ViolatedName);
        Assert.Equal(5, result.Trace.Length);
        Assert.Equal("4", result.Trace[^1].Values[0].ToString());
        Assert.True(result.Trace[0].Action.IsInitial);
        Assert.Equal("Up", result.Trace[^1].Action.Name);
        Assert.Equal("Up line 5, col 7 to line 5, col 25 of module Counter", result.Trace[^1].Action.ToTlcString());
    }

    [Fact]
    public void Max_states_stops_the_search()
    {
        var result = Check(Counter, "INIT Init\nNEXT Next\n", new CheckOptions { MaxStates = 3 });
        Assert.Equal(CheckOutcome.MaxStates, result.Outcome);
        Assert.True(result.HasStatistics);
        Assert.Equal(3, result.Statistics.Distinct);
    }

    [Fact]
    public void A_cancelled_run_stops_with_statistics()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var result = Check(Counter, "INIT Init\nNEXT Next\n", cancellation: cancellation.Token);
        Assert.Equal(CheckOutcome.Stopped, result.Outcome);
        Assert.True(result.HasStatistics);
        Assert.Equal(1, result.Statistics.Distinct);
    }

    [Fact]
    public void Deadlock_checking_can_be_turned_off()
    {
        const string stops = """
            ---- MODULE Counter ----
            EXTENDS Naturals
            VARIABLE x
            Init == x = 0
            Next == x < 3 /\ x' = x + 1
            ====
            """;
        var deadlock = Check(stops, "INIT Init\nNEXT Next\n");
        Assert.Equal(CheckOutcome.Deadlock, deadlock.Outcome);
        Assert.Equal(11, deadlock.ExitCode);
        Assert.Equal(4, deadlock.Trace.Length);

        var off = Check(stops, "INIT Init\nNEXT Next\n", new CheckOptions { CheckDeadlock = false });
        Assert.Equal(CheckOutcome.Ok, off.Outcome);
        Assert.Equal(new CheckStatistics(4, 4, 0, 4), off.Statistics);
    }

    [Fact]
    public void Coverage_counts_each_action_and_lists_actions_that_never_fire()
    {
        var result = Check(Counter, "INIT Init\nNEXT Next\n", new CheckOptions { Coverage = true });
        var byName = result.Coverage.ToDictionary(c => c.Name);
        Assert.Equal(["Up", "Reset", "Never"], result.Coverage.Select(c => c.Name));
        Assert.Equal((5L, 5L), (byName["Up"].Generated, byName["Up"].Distinct));
        Assert.Equal((1L, 0L), (byName["Reset"].Generated, byName["Reset"].Distinct));
        Assert.Equal((0L, 0L), (byName["Never"].Generated, byName["Never"].Distinct));
    }

    [Fact]
    public void A_false_assumption_exits_with_10()
    {
        const string assumes = """
            ---- MODULE Counter ----
            EXTENDS Naturals
            VARIABLE x
            ASSUME 1 > 2
            Init == x = 0
            Next == x' = x
            ====
            """;
        var result = Check(assumes, "INIT Init\nNEXT Next\n");
        Assert.Equal(CheckOutcome.AssumptionFalse, result.Outcome);
        Assert.Equal(10, result.ExitCode);
    }

    [Fact]
    public void Results_do_not_depend_on_the_worker_count_on_a_larger_model()
    {
        const string grid = """
            ---- MODULE Counter ----
            EXTENDS Naturals
            VARIABLES a, b
            Init == a = 0 /\ b = 0
            Next == \/ a < 60 /\ a' = a + 1 /\ b' = b
                    \/ b < 60 /\ b' = b + 1 /\ a' = a
                    \/ a + b > 100 /\ a' = 0 /\ b' = 0
            Inv == a + b # 115
            ====
            """;
        var one = Check(grid, "INIT Init\nNEXT Next\nINVARIANT Inv\n", new CheckOptions { Workers = 1 });
        var four = Check(grid, "INIT Init\nNEXT Next\nINVARIANT Inv\n", new CheckOptions { Workers = 4 });
        Assert.Equal(CheckOutcome.Invariant, one.Outcome);
        Assert.Equal(one.Statistics, four.Statistics);
        Assert.Equal(116, one.Trace.Length);
        Assert.Equal(one.Trace.Select(s => string.Join(",", s.Values)), four.Trace.Select(s => string.Join(",", s.Values)));
    }

    [Fact]
    public void Progress_reports_growing_statistics()
    {
        var reports = new List<CheckStatistics>();
        var result = Check(Counter, "INIT Init\nNEXT Next\n", new CheckOptions { Progress = reports.Add, ProgressInterval = TimeSpan.Zero });
        Assert.Equal(CheckOutcome.Ok, result.Outcome);
        Assert.NotEmpty(reports);
        for (var i = 1; i < reports.Count; i++)
        {
            Assert.True(reports[i].Distinct >= reports[i - 1].Distinct && reports[i].Generated >= reports[i - 1].Generated);
        }

        Assert.True(reports[^1].Distinct <= result.Statistics.Distinct);
    }

    [Fact]
    public void TLCGet_level_is_the_BFS_level_during_the_search_and_in_the_trace()
    {
        const string levels = """
            ---- MODULE Counter ----
            EXTENDS Naturals, TLC
            VARIABLE x
            Init == x = 1
            Next == x' = TLCGet("level") + 1
            Inv == x < 4
            ====
            """;
        var result = Check(levels, "INIT Init\nNEXT Next\nINVARIANT Inv\n");
        Assert.Equal(CheckOutcome.Invariant, result.Outcome);
        Assert.Equal(["1", "2", "3", "4"], result.Trace.Select(s => s.Values[0].ToString()));
    }
}
