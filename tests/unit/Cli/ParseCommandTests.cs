using GraphSpec.Cli;
using Xunit;

namespace GraphSpec.UnitTests.Cli;

public class ParseCommandTests
{
    private static string CaseSpec(string caseName) => Path.Combine(TestPaths.CaseFolder(caseName), "Spec.tla");

    [Fact]
    public void Good_module_prints_ok()
    {
        var result = CliResult.Run("parse", CaseSpec("001_counters_init_next"));
        Assert.Equal((0, "ok\n", ""), (result.Exit, result.Out, result.Error));
    }

    [Fact]
    public void Module_with_instance_of_a_sibling_module_parses()
    {
        var result = CliResult.Run("parse", CaseSpec("017_instance_unnamed_extends"));
        Assert.Equal((0, "ok\n"), (result.Exit, result.Out));
    }

    [Fact]
    public void Semantic_error_prints_file_line_col_and_exits_150()
    {
        var path = CaseSpec("066_sem_undefined_ident");
        var result = CliResult.Run("parse", path);
        Assert.Equal(ExitCodes.ParseError, result.Exit);
        Assert.StartsWith($"{path}:8:19: ", result.Out);
        Assert.Contains("y", result.Out);
    }

    [Fact]
    public void Parse_error_exits_150()
    {
        var path = CaseSpec("062_parse_precedence_conflict");
        var result = CliResult.Run("parse", path);
        Assert.Equal(ExitCodes.ParseError, result.Exit);
        Assert.StartsWith($"{path}:11:", result.Out);
    }

    [Fact]
    public void Missing_file_is_a_usage_error()
    {
        var result = CliResult.Run("parse", "no/such/Spec.tla");
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Equal("graphspec: parse: cannot read 'no/such/Spec.tla': no such file\n", result.Error);
    }

    [Fact]
    public void Wrong_number_of_arguments_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, CliResult.Run("parse").Exit);
        Assert.Equal(ExitCodes.Usage, CliResult.Run("parse", "a.tla", "b.tla").Exit);
    }

    [Fact]
    public void Garbage_file_gives_diagnostics_not_a_crash()
    {
        var path = Path.Combine(Path.GetTempPath(), $"graphspec-garbage-{Guid.NewGuid():N}.tla");
        File.WriteAllText(path, "---- MODULE X ----\n" + new string('(', 50_000) + "\n====\n");
        try
        {
            var result = CliResult.Run("parse", path);
            Assert.Equal(ExitCodes.ParseError, result.Exit);
            Assert.StartsWith(path + ":", result.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
