using GraphSpec.Cli;
using Xunit;

namespace GraphSpec.UnitTests.Cli;

public class EvalCommandTests
{
    private static string CaseFile(string caseName, string file) => Path.Combine(TestPaths.CaseFolder(caseName), file);

    [Theory]
    [InlineData("1 + 2", "3")]
    [InlineData("-7 \\div 2", "-3")]
    [InlineData("(-7) \\div 2", "-4")]
    [InlineData("{3, 1} \\cup {2}", "{1, 2, 3}")]
    [InlineData("<<1, \"a\", TRUE>>", "<<1, \"a\", TRUE>>")]
    [InlineData("[a |-> 1, b |-> 2]", "[a |-> 1, b |-> 2]")]
    [InlineData("Len(Append(<<1>>, 2))", "2")]
    [InlineData("Cardinality(SUBSET {1, 2, 3})", "8")]
    [InlineData("(1 :> \"a\" @@ 1 :> \"b\")[1]", "\"a\"")]
    [InlineData("2^100", "1267650600228229401496703205376")]
    public void Evaluates_constant_expressions_with_the_standard_modules(string expression, string printed)
    {
        var result = CliResult.Run("eval", expression);
        Assert.Equal((0, printed + "\n", ""), (result.Exit, result.Out, result.Error));
    }

    [Fact]
    public void Print_output_comes_before_the_value()
    {
        // TLC's Print(out, val) prints both operands, two spaces apart, and returns val.
        var result = CliResult.Run("eval", "Print(\"hello\", 42)");
        Assert.Equal((0, "\"hello\"  42\n42\n"), (result.Exit, result.Out));
    }

    [Fact]
    public void Evaluation_error_exits_75_with_a_position()
    {
        var result = CliResult.Run("eval", "1 + CHOOSE x \\in {} : TRUE");
        Assert.Equal(ExitCodes.EvaluationError, result.Exit);
        Assert.StartsWith("<expr>:1:5: ", result.Out);
    }

    [Fact]
    public void Comparing_an_integer_with_a_string_is_an_error_as_in_TLC()
    {
        var result = CliResult.Run("eval", "2 = \"a\"");
        Assert.Equal(ExitCodes.EvaluationError, result.Exit);
        Assert.StartsWith("<expr>:1:", result.Out);
    }

    [Fact]
    public void Failed_assert_exits_14()
    {
        var result = CliResult.Run("eval", "Assert(1 = 2, \"boom\")");
        Assert.Equal(ExitCodes.AssertFailed, result.Exit);
        Assert.StartsWith("<expr>:1:", result.Out);
    }

    [Fact]
    public void Syntax_error_exits_150()
    {
        var result = CliResult.Run("eval", "1 +");
        Assert.Equal(ExitCodes.ParseError, result.Exit);
        Assert.StartsWith("<expr>:1:", result.Out);
    }

    [Fact]
    public void Undefined_name_exits_150()
    {
        var result = CliResult.Run("eval", "1 + y");
        Assert.Equal(ExitCodes.ParseError, result.Exit);
        Assert.StartsWith("<expr>:1:5: ", result.Out);
    }

    [Fact]
    public void Module_definitions_and_cfg_constants_are_visible()
    {
        var result = CliResult.Run("eval", "N + 1",
            "--module", CaseFile("001_counters_init_next", "Spec.tla"),
            "--config", CaseFile("001_counters_init_next", "Spec.cfg"));
        Assert.Equal((0, "21\n"), (result.Exit, result.Out));
    }

    [Fact]
    public void Substituted_constant_takes_the_definitions_value()
    {
        var result = CliResult.Run("eval", "<<Lo, Hi>>",
            "--module", CaseFile("004_integers_div_mod", "Spec.tla"),
            "--config", CaseFile("004_integers_div_mod", "Spec.cfg"));
        Assert.Equal((0, "<<-15, 15>>\n"), (result.Exit, result.Out));
    }

    [Fact]
    public void Model_values_from_the_cfg_print_bare()
    {
        var result = CliResult.Run("eval", "<<First, Greeting>>",
            "--module", CaseFile("013_model_values", "Spec.tla"),
            "--config", CaseFile("013_model_values", "Spec.cfg"));
        Assert.Equal((0, "<<p1, \"hello\">>\n"), (result.Exit, result.Out));
    }

    [Fact]
    public void Module_without_cfg_but_with_constants_is_a_config_error()
    {
        var result = CliResult.Run("eval", "1", "--module", CaseFile("001_counters_init_next", "Spec.tla"));
        Assert.Equal(ExitCodes.ConfigError, result.Exit);
        Assert.Contains("--config", result.Out);
    }

    [Fact]
    public void Module_without_constants_needs_no_cfg()
    {
        var result = CliResult.Run("eval", "Cardinality({1, 2})", "--module", CaseFile("012_tlc_module_ops", "Spec.tla"));
        Assert.Equal((0, "2\n"), (result.Exit, result.Out));
    }

    [Fact]
    public void State_level_expression_is_refused()
    {
        var result = CliResult.Run("eval", "x",
            "--module", CaseFile("001_counters_init_next", "Spec.tla"),
            "--config", CaseFile("001_counters_init_next", "Spec.cfg"));
        Assert.Equal(ExitCodes.ParseError, result.Exit);
        Assert.Contains("constant expressions only", result.Out);
    }

    [Fact]
    public void Cfg_errors_exit_151()
    {
        var unknown = CliResult.Run("eval", "N",
            "--module", CaseFile("069_cfg_unknown_invariant", "Spec.tla"),
            "--config", CaseFile("069_cfg_unknown_invariant", "Spec.cfg"));
        Assert.Equal(ExitCodes.ConfigError, unknown.Exit);
        Assert.Contains("Spec.cfg:5:11: The invariant NoSuchInvariant", unknown.Out);

        var negative = CliResult.Run("eval", "Lo",
            "--module", CaseFile("071_cfg_negative_literal", "Spec.tla"),
            "--config", CaseFile("071_cfg_negative_literal", "Spec.cfg"));
        Assert.Equal(ExitCodes.ConfigError, negative.Exit);
        Assert.Contains("Spec.cfg:2:10: negative numbers", negative.Out);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(ExitCodes.Usage, CliResult.Run("eval").Exit);
        Assert.Equal(ExitCodes.Usage, CliResult.Run("eval", "1", "2").Exit);
        var configOnly = CliResult.Run("eval", "1", "--config", "x.cfg");
        Assert.Equal(ExitCodes.Usage, configOnly.Exit);
        Assert.Contains("--config needs --module", configOnly.Error);
        var missing = CliResult.Run("eval", "1", "--module", "missing.tla");
        Assert.Equal(ExitCodes.Usage, missing.Exit);
        Assert.Contains("cannot read 'missing.tla'", missing.Error);
    }
}

public class EvalCommandRobustnessTests
{
    [Fact]
    public void Deeply_nested_expression_is_a_diagnostic_not_a_crash()
    {
        var expression = new string('(', 100_000) + "1" + new string(')', 100_000);
        var result = CliResult.Run("eval", expression);
        Assert.Equal(ExitCodes.ParseError, result.Exit);
        Assert.StartsWith("<expr>:1:", result.Out);
    }

    [Fact]
    public void Negative_literal_as_an_expression_is_fine()
    {
        var result = CliResult.Run("eval", "-3");
        Assert.Equal((0, "-3\n"), (result.Exit, result.Out));
    }
}
