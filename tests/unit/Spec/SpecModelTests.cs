using GraphSpec.Cli.ModelSuite;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tla.Values;
using Xunit;

namespace GraphSpec.UnitTests.Spec;

/// <summary>
/// The project's own TLA+ models (spec/tla/models): each one's outcome under the embedded checker
/// must be the one its cfg declares, and together the safe models must exercise every action of
/// BlockLayer except the mutated code paths that exist only when a Bug constant is on.
/// </summary>
public sealed class SpecModelTests
{
    private static readonly string ModelsFolder = Path.Combine(TestPaths.RepositoryRoot, "spec", "tla", "models");

    // Lazily checked once for the whole class: the coverage test reuses the verdicts.
    private static readonly Lazy<IReadOnlyList<ModelVerdict>> Verdicts = new(() =>
        SuiteRunner.Run(
            SuiteRunner.FindModels(ModelsFolder, null),
            new CheckOptions { Workers = 1, Coverage = true },
            null,
            CancellationToken.None));

    public static TheoryData<string> ModelNames()
    {
        var data = new TheoryData<string>();
        foreach (var cfg in SuiteRunner.FindModels(ModelsFolder, null))
        {
            data.Add(Path.GetFileNameWithoutExtension(cfg));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Model_outcome_is_the_declared_expectation(string model)
    {
        var verdict = Verdicts.Value.Single(v => v.Model.Name == model);
        Assert.True(verdict.Matches, $"{model}: {verdict.Reason}");
    }

    [Fact]
    public void There_is_a_model_for_every_shared_catalog_mutant_and_a_safe_model_per_protocol()
    {
        var names = Verdicts.Value.Select(v => v.Model.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var id in new[] { "B2", "B3", "B4", "B7", "B8", "B10", "B11", "B14", "B16", "H1", "H2", "H4" })
        {
            Assert.Contains(names, n => n == id || n.StartsWith(id + "_", StringComparison.Ordinal));
        }

        foreach (var protocol in new[] { "aiolock", "drain", "rwlock", "drainrw" })
        {
            Assert.Contains($"safe_{protocol}_io", names);
            Assert.Contains($"safe_{protocol}_main", names);
        }
    }

    // Actions that only a mutant reaches: the second half of B7's swapped decrement (ReqNodeDec,
    // ReqBlkDec), H1's late has_writer store (WrLockLateSet), and the slow path of a nested read
    // section (ReqNestedSlow), which only the hazard models reach: where a nested read section
    // can meet a waiting writer at all, it can hang it (hazard_nested_read_*).
    private static readonly string[] MutantOnlyActions = ["ReqNodeDec", "ReqBlkDec", "WrLockLateSet", "ReqNestedSlow"];

    [Fact]
    public void Every_action_fires_in_a_safe_model_except_the_mutated_paths()
    {
        var coverage = SuiteCoverage.Of(Verdicts.Value);
        var spec = Assert.Single(coverage.Specs);
        var neverFired = spec.Actions.Where(a => a.GeneratedInOkModels == 0).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(MutantOnlyActions.Order(StringComparer.Ordinal), neverFired.Order(StringComparer.Ordinal));

        // ... and each of those does fire in some model: none is dead code.
        var firedAnywhere = Verdicts.Value
            .Where(v => v.Result is not null)
            .SelectMany(v => v.Result!.Coverage)
            .Where(a => a.Generated > 0)
            .Select(a => a.Name)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Superset(MutantOnlyActions.ToHashSet(StringComparer.Ordinal), firedAnywhere);
    }

    [Fact]
    public void B8_counterexample_ends_with_main_asleep_owning_the_lock_the_iothread_needs()
    {
        var result = Verdicts.Value.Single(v => v.Model.Name == "B8").Result!;
        Assert.Equal(CheckOutcome.Deadlock, result.Outcome);
        var last = result.Trace[^1];
        Value Var(string name) => last.Values[result.VariableNames.IndexOf(name)];
        static Value At(Value function, Value key) => ((FunctionValue)function).Apply(key);
        static Value Field(Value record, string name) => At(record, StringValue.Of(name));
        var main = ModelValue.Of("Main");
        var ioThread = ModelValue.Of("IoThread");
        var x = ModelValue.Of("X");

        // Main still owns X at depth 1 after AIO_WAIT_WHILE released one of its two levels ...
        Assert.Equal(main, At(Var("lockOwner"), x));
        Assert.Equal(IntValue.Of(1), At(At(Var("heldDepth"), main), x));

        // ... and sleeps in the poll of its Wait frame, while the IOThread's callback waits to
        // take X before it can enter the request coroutine.
        var mainStack = (FunctionValue)At(Var("stack"), main);
        var mainTop = mainStack.ValueAt(mainStack.Count - 1);
        Assert.Equal(StringValue.Of("Wait"), Field(mainTop, "fn"));
        Assert.Equal(StringValue.Of("poll"), Field(mainTop, "pc"));
        var ioStack = (FunctionValue)At(Var("stack"), ioThread);
        var ioTop = ioStack.ValueAt(ioStack.Count - 1);
        Assert.Equal(StringValue.Of("Wake"), Field(ioTop, "fn"));
        Assert.Equal(StringValue.Of("start"), Field(ioTop, "pc"));

        // Nothing can wake Main: its context has no pending bottom half.
        Assert.Equal(0, ((FunctionValue)At(Var("bh"), ModelValue.Of("MainCtx"))).Count);
    }
}
