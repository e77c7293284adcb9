using GraphSpec.Cli;
using GraphSpec.Cli.Conformance;
using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Conformance;

/// <summary>
/// The front end (parse, resolve, read and bind the cfg) on every conformance case, judged against
/// TLC's recorded outcome: parse_error and config_error cases must fail the same way, every other
/// case must load cleanly.
/// </summary>
public class ConformanceCaseTests
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

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Front_end_agrees_with_TLC(string caseName)
    {
        var verdict = ConformanceRunner.RunCase(TestPaths.CaseFolder(caseName), frontEndOnly: true, workers: 1);
        Assert.True(verdict.Agrees, $"{caseName}: {verdict.Reason}");
    }

    [Fact]
    public void There_are_cases_of_each_front_end_outcome()
    {
        var outcomes = TestPaths.CaseNames()
            .Select(name => ExpectedResult.Read(Path.Combine(TestPaths.CaseFolder(name), "expected.json")).Result!.Outcome)
            .ToList();
        Assert.Equal(55, outcomes.Count);
        Assert.Equal(7, outcomes.Count(o => o == "parse_error"));
        Assert.Equal(2, outcomes.Count(o => o == "config_error"));
    }

    private static BindResult LoadCase(string caseName)
    {
        var folder = TestPaths.CaseFolder(caseName);
        return ModelLoader.LoadFiles(Path.Combine(folder, "Spec.tla"), Path.Combine(folder, "Spec.cfg"));
    }

    [Fact]
    public void Case_069_unknown_invariant_points_at_the_cfg_line()
    {
        var result = LoadCase("069_cfg_unknown_invariant");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticKind.Config, error.Kind);
        Assert.Equal("The invariant NoSuchInvariant specified in the configuration file is not defined in the specification.", error.Message);
        Assert.EndsWith("Spec.cfg", error.Span.File);
        Assert.Equal((5, 11), (error.Span.StartLine, error.Span.StartColumn));
        Assert.Equal(ExitCodes.ConfigError, DiagnosticExitCodes.For(result.Diagnostics));
    }

    [Fact]
    public void Case_071_negative_literal_is_a_config_error_answered_with_151()
    {
        var result = LoadCase("071_cfg_negative_literal");
        var error = result.Diagnostics[0];
        Assert.Equal(DiagnosticKind.Config, error.Kind);
        Assert.Equal((2, 10), (error.Span.StartLine, error.Span.StartColumn));
        Assert.Equal(ExitCodes.ConfigError, DiagnosticExitCodes.For(result.Diagnostics));
    }

    [Fact]
    public void Case_030_ignores_the_undeclared_constant()
    {
        var model = LoadCase("030_cfg_undeclared_constant_ignored").Model!;
        Assert.Equal(["N", "Name", "Verbose"], model.ConstantValues.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Case_004_binds_the_substitution()
    {
        var model = LoadCase("004_integers_div_mod").Model!;
        Assert.Equal("MinusHi", model.ConstantSubstitutions["Lo"]);
        Assert.Equal("15", model.ConstantValues["Hi"].ToString());
    }

    [Fact]
    public void Case_066_undefined_identifier_is_a_semantic_error_on_line_8()
    {
        var result = LoadCase("066_sem_undefined_ident");
        Assert.Equal(DiagnosticKind.Semantic, result.Diagnostics[0].Kind);
        Assert.Equal(8, result.Diagnostics[0].Span.StartLine);
        Assert.Equal(ExitCodes.ParseError, DiagnosticExitCodes.For(result.Diagnostics));
    }
}
