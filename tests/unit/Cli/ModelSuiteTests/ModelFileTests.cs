using GraphSpec.Cli.ModelSuite;
using GraphSpec.Oracle.Checking;
using Xunit;

namespace GraphSpec.UnitTests.Cli.ModelSuiteTests;

public class ModelFileTests
{
    private static readonly string Config = Path.Combine(Path.GetTempPath(), "models", "m.cfg");

    private static readonly string ExpectedSpec = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "Spec.tla"));

    private static ModelFile Parse(params string[] lines) => ModelFile.Parse("m", Config, lines, path => path == ExpectedSpec);

    [Fact]
    public void Expect_on_line_1_and_spec_among_the_leading_comments()
    {
        var model = Parse(@"\* expect: invariant Safe (witness)", @"\* a note", "", @"\*   spec:  ../Spec.tla", "INIT Init");
        Assert.Null(model.Problem);
        Assert.Equal(new ModelExpectation(CheckOutcome.Invariant, "Safe"), model.Expectation);
        Assert.Equal(ExpectedSpec, model.SpecPath);
        Assert.Equal("m", model.Name);
    }

    [Fact]
    public void A_spec_line_after_the_header_does_not_count()
    {
        var model = Parse(@"\* expect: ok", "INIT Init", @"\* spec: ../Spec.tla");
        Assert.Null(model.SpecPath);
        Assert.Equal($"{Config}:1: no '\\* spec: <path>' line among the leading comment lines", model.Problem);
    }

    [Fact]
    public void Line_1_must_be_the_expectation()
    {
        var model = Parse(@"\* spec: ../Spec.tla", @"\* expect: ok");
        Assert.Null(model.Expectation);
        Assert.StartsWith($"{Config}:1: the first line must be '\\* expect: ", model.Problem);
        Assert.Equal(ExpectedSpec, model.SpecPath);
    }

    [Fact]
    public void An_unknown_expectation_is_reported_at_line_1()
    {
        var model = Parse(@"\* expect: fine", @"\* spec: ../Spec.tla");
        Assert.Equal($"{Config}:1: unknown expectation 'fine' (expected ok | deadlock | invariant <Name> | property <Name>)", model.Problem);
    }

    [Fact]
    public void A_missing_spec_file_is_reported_at_its_line()
    {
        var model = Parse(@"\* expect: ok", @"\* the model", @"\* spec: ../Other.tla");
        Assert.Null(model.SpecPath);
        Assert.StartsWith($"{Config}:3: spec file '../Other.tla' not found", model.Problem);
    }

    [Fact]
    public void An_empty_spec_line_is_reported()
    {
        var model = Parse(@"\* expect: ok", @"\* spec:");
        Assert.StartsWith($"{Config}:2: '\\* spec:' needs the path", model.Problem);
    }

    [Fact]
    public void An_empty_file_is_a_problem_not_an_exception()
    {
        var model = Parse();
        Assert.NotNull(model.Problem);
        Assert.Null(model.Expectation);
    }
}
