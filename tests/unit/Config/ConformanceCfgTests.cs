using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Config;

/// <summary>Every cfg file of the conformance cases parses as TLC parses it.</summary>
public class ConformanceCfgTests
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in TestPaths.CaseNames())
        {
            data.Add(name);
        }
        return data;
    }

    private static CfgParseResult ParseCase(string caseName)
    {
        var path = Path.Combine(TestPaths.CaseFolder(caseName), "Spec.cfg");
        return CfgParser.Parse(File.ReadAllText(path), path);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Cfg_parses_unless_it_is_the_negative_literal_case(string caseName)
    {
        var result = ParseCase(caseName);
        if (caseName.StartsWith("071_", StringComparison.Ordinal))
        {
            Assert.Null(result.Config);
            var first = result.Diagnostics[0];
            Assert.Equal(DiagnosticKind.Config, first.Kind);
            // TLC reports line 3, where its parser gave up; the cause, '-3', is on line 2.
            Assert.Equal(new SourceSpan(first.Span.File, 2, 10, 2, 10), first.Span);
        }
        else
        {
            Assert.Empty(result.Diagnostics);
            var config = Assert.IsType<ModelConfig>(result.Config);
            Assert.True(config.Specification is not null || (config.Init is not null && config.Next is not null));
        }
    }

    [Fact]
    public void Case_002_invariants_span_two_lines()
    {
        var config = ParseCase("002_clock_spec_invariants").Config!;
        Assert.Equal("Spec", config.Specification?.Name);
        Assert.Equal(["TypeOK", "MinuteRange", "NoTwelve"], config.Invariants.Select(i => i.Name).ToArray());
    }

    [Fact]
    public void Case_013_model_values_and_string()
    {
        var config = ParseCase("013_model_values").Config!;
        var values = config.Constants.Cast<ConstantAssignment>().ToDictionary(c => c.Name.Name, c => c.Value);
        Assert.Equal(3, Assert.IsType<ConfigSet>(values["Procs"]).Elements.Length);
        Assert.Equal("None", Assert.IsType<ConfigModelValue>(values["None"]).Name);
        Assert.Equal("p1", Assert.IsType<ConfigModelValue>(values["First"]).Name);
        Assert.Equal("hello", Assert.IsType<ConfigString>(values["Greeting"]).Value);
    }

    [Fact]
    public void Case_030_several_assignments_on_one_line()
    {
        var config = ParseCase("030_cfg_undeclared_constant_ignored").Config!;
        Assert.Equal(["N", "Verbose", "Name", "Unused"], config.Constants.Select(c => c.Name.Name).ToArray());
    }

    [Fact]
    public void Case_033_properties_and_check_deadlock()
    {
        var config = ParseCase("033_liveness_wf_sort_ok").Config!;
        Assert.Equal(["EventuallySorted", "StaysSorted", "FirstSmall"], config.Properties.Select(p => p.Name).ToArray());
        Assert.False(config.ShouldCheckDeadlock);
    }

    [Fact]
    public void Case_023_constraint_028_symmetry_029_view()
    {
        Assert.Equal("Bound", Assert.Single(ParseCase("023_state_constraint").Config!.Constraints).Name);
        Assert.Equal("Perms", ParseCase("028_symmetry_on").Config!.Symmetry?.Name);
        Assert.Equal("View", ParseCase("029_view").Config!.View?.Name);
    }

    [Fact]
    public void Case_004_substitution()
    {
        var config = ParseCase("004_integers_div_mod").Config!;
        var lo = Assert.IsType<ConstantSubstitution>(config.Constants[0]);
        Assert.Equal(("Lo", "MinusHi"), (lo.Name.Name, lo.Definition.Name));
    }
}
