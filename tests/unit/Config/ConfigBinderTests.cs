using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;
using Xunit;

namespace GraphSpec.UnitTests.Config;

public class ConfigBinderTests
{
    private const string Spec = """
        ---- MODULE M ----
        EXTENDS Naturals
        CONSTANTS N, Procs, F(_)
        VARIABLE x
        Init == x = 0
        Next == x' = (x + 1) % N
        Spec == Init /\ [][Next]_x
        TypeOK == x \in 0..N
        Double(a) == 2 * a
        Three == 3
        Bump(a) == a + 1
        ====
        """;

    private static ResolvedSpec Load(string text = Spec)
    {
        var loaded = SpecLoader.LoadText(text, "M.tla", _ => null);
        Assert.Empty(loaded.Diagnostics);
        return loaded.Spec!;
    }

    private static BindResult Bind(string cfg, string spec = Spec, bool requireBehaviour = true)
    {
        var parsed = CfgParser.Parse(cfg, "M.cfg");
        Assert.Empty(parsed.Diagnostics);
        return ConfigBinder.Bind(Load(spec), parsed.Config!, requireBehaviour);
    }

    private static Diagnostic BindError(string cfg, string spec = Spec)
    {
        var result = Bind(cfg, spec);
        Assert.Null(result.Model);
        var first = result.Diagnostics[0];
        Assert.Equal(DiagnosticKind.Config, first.Kind);
        return first;
    }

    private const string Constants = "CONSTANTS N = 3 Procs = {p1, p2} F <- Bump\n";

    [Fact]
    public void Binds_every_name_and_converts_values()
    {
        var result = Bind(Constants + "INIT Init\nNEXT Next\nINVARIANT TypeOK\nCHECK_DEADLOCK FALSE\n");
        Assert.Empty(result.Diagnostics);
        var model = result.Model!;
        Assert.Equal(IntValue.Of(3), model.ConstantValues["N"]);
        Assert.Equal(FiniteSetValue.Of(ModelValue.Of("p1"), ModelValue.Of("p2")), model.ConstantValues["Procs"]);
        Assert.Equal("Bump", model.ConstantSubstitutions["F"]);
        Assert.Equal("Init", model.Init?.Name);
        Assert.Equal("Next", model.Next?.Name);
        Assert.Equal(["TypeOK"], model.Invariants.Select(d => d.Name).ToArray());
        Assert.False(model.CheckDeadlock);
    }

    [Fact]
    public void Unknown_invariant_is_reported_at_its_cfg_position_with_TLCs_message()
    {
        var error = BindError(Constants + "INIT Init\nNEXT Next\nINVARIANT TypeOK\nINVARIANT NoSuchInvariant\n");
        Assert.Equal("The invariant NoSuchInvariant specified in the configuration file is not defined in the specification.", error.Message);
        Assert.Equal(new SourceSpan("M.cfg", 5, 11, 5, 25), error.Span);
    }

    [Theory]
    [InlineData("INIT Nope\nNEXT Next", "initial predicate")]
    [InlineData("INIT Init\nNEXT Nope", "next-state relation")]
    [InlineData("SPECIFICATION Nope", "specification")]
    [InlineData("SPECIFICATION Spec\nPROPERTY Nope", "property")]
    [InlineData("SPECIFICATION Spec\nCONSTRAINT Nope", "constraint")]
    [InlineData("SPECIFICATION Spec\nACTION_CONSTRAINT Nope", "action constraint")]
    [InlineData("SPECIFICATION Spec\nSYMMETRY Nope", "symmetry")]
    [InlineData("SPECIFICATION Spec\nVIEW Nope", "view")]
    [InlineData("SPECIFICATION Spec\nALIAS Nope", "alias")]
    [InlineData("SPECIFICATION Spec\nPOSTCONDITION Nope", "postcondition")]
    public void Every_named_definition_must_exist(string cfg, string role)
    {
        var error = BindError(Constants + cfg);
        Assert.Equal($"The {role} Nope specified in the configuration file is not defined in the specification.", error.Message);
        var lineInCfg = Array.FindIndex(cfg.Split('\n'), line => line.Contains("Nope", StringComparison.Ordinal)) + 1;
        Assert.Equal(Constants.Count(c => c == '\n') + lineInCfg, error.Span.StartLine);
    }

    [Fact]
    public void A_declared_constant_is_not_a_definition()
    {
        var error = BindError(Constants + "SPECIFICATION Spec\nINVARIANT N\n");
        Assert.Contains("invariant N", error.Message);
    }

    [Fact]
    public void Named_definitions_must_take_no_arguments()
    {
        var error = BindError(Constants + "SPECIFICATION Spec\nINVARIANT Double\n");
        Assert.Contains("takes 1 argument", error.Message);
    }

    [Fact]
    public void Assignment_to_an_undeclared_constant_is_ignored()
    {
        var result = Bind(Constants + "CONSTANT Unused = 42\nSPECIFICATION Spec\n");
        Assert.Empty(result.Diagnostics);
        Assert.False(result.Model!.ConstantValues.ContainsKey("Unused"));
    }

    [Fact]
    public void Unassigned_constant_is_a_config_error_at_its_declaration()
    {
        var error = BindError("CONSTANTS N = 3 F <- Bump\nSPECIFICATION Spec\n");
        Assert.Equal("The constant parameter Procs is not assigned a value by the configuration file M.cfg.", error.Message);
        Assert.Equal("M.tla", error.Span.File);
        Assert.Equal(3, error.Span.StartLine);
    }

    [Fact]
    public void Substitution_must_name_a_definition()
    {
        var error = BindError("CONSTANTS N <- Nope Procs = {} F <- Bump\nSPECIFICATION Spec\n");
        Assert.Contains("Nope", error.Message);
        Assert.Contains("not defined in the specification", error.Message);
        Assert.Equal(new SourceSpan("M.cfg", 1, 16, 1, 19), error.Span);
    }

    [Fact]
    public void Substitution_of_a_value_constant_by_a_constant_definition()
    {
        var result = Bind("CONSTANTS N <- Three Procs = {} F <- Bump\nSPECIFICATION Spec\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Three", result.Model!.ConstantSubstitutions["N"]);
    }

    [Fact]
    public void Substitution_arity_must_match()
    {
        var error = BindError("CONSTANTS N = 1 Procs = {} F <- Three\nSPECIFICATION Spec\n");
        Assert.Contains("takes 1 argument(s) but Three takes 0", error.Message);
    }

    [Fact]
    public void Operator_constant_cannot_get_a_value()
    {
        var error = BindError("CONSTANTS N = 1 Procs = {} F = 3\nSPECIFICATION Spec\n");
        Assert.Contains("F <- Def", error.Message);
    }

    [Fact]
    public void Constant_given_twice_is_an_error()
    {
        var error = BindError(Constants + "CONSTANT N = 4\nSPECIFICATION Spec\n");
        Assert.Contains("twice", error.Message);
        Assert.Equal(2, error.Span.StartLine);
    }

    [Fact]
    public void Overriding_a_definition_is_reported_not_ignored()
    {
        var error = BindError(Constants + "CONSTANT Three = 4\nSPECIFICATION Spec\n");
        Assert.Contains("Three is a definition", error.Message);
    }

    [Fact]
    public void Specification_and_init_together_are_an_error()
    {
        var error = BindError(Constants + "SPECIFICATION Spec\nINIT Init\nNEXT Next\n");
        Assert.Contains("both SPECIFICATION Spec and INIT Init", error.Message);
    }

    [Fact]
    public void Missing_init_and_next_are_errors_unless_only_constants_are_wanted()
    {
        var result = Bind(Constants);
        Assert.Null(result.Model);
        Assert.Equal(2, result.Diagnostics.Length);
        Assert.Contains("initial state predicate", result.Diagnostics[0].Message);
        Assert.Contains("next-state relation", result.Diagnostics[1].Message);
        Assert.True(Bind(Constants, requireBehaviour: false).Succeeded);
    }

    [Fact]
    public void Model_values_named_like_the_constant()
    {
        const string spec = "---- MODULE M ----\nCONSTANT None\nVARIABLE x\nInit == x = None\nNext == x' = x\n====\n";
        var model = Bind("CONSTANTS None = None\nINIT Init\nNEXT Next\n", spec).Model!;
        Assert.Equal(ModelValue.Of("None"), model.ConstantValues["None"]);
    }
}
