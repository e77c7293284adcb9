using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Semantics;

public class ResolutionDiagnosticsTests
{
    private static SpecLoadResult LoadText(string body, params (string Name, string Text)[] others)
    {
        return SpecLoader.LoadText(body, "Spec.tla", name =>
        {
            foreach (var (n, t) in others)
            {
                if (n == name)
                {
                    return t;
                }
            }

            return null;
        });
    }

    private static Diagnostic SingleSemanticError(SpecLoadResult result)
    {
        Assert.Null(result.Spec);
        var errors = result.Diagnostics.Where(d => d.Kind == DiagnosticKind.Semantic).ToList();
        Assert.True(errors.Count == 1, string.Join("\n", result.Diagnostics));
        return errors[0];
    }

    [Fact]
    public void Case066_unknown_identifier_is_reported_at_the_identifier()
    {
        var result = SpecLoader.LoadFile(ConformanceCases.SpecPath("066_sem_undefined_ident"));
        var error = SingleSemanticError(result);
        Assert.Equal("Unknown operator: `y'.", error.Message);
        Assert.Equal((8, 19, 8, 19), (error.Span.StartLine, error.Span.StartColumn, error.Span.EndLine, error.Span.EndColumn));
        Assert.EndsWith("Spec.tla", error.Span.File);
    }

    [Fact]
    public void Case068_rebinding_a_bound_variable_is_a_multiply_defined_symbol()
    {
        var result = SpecLoader.LoadFile(ConformanceCases.SpecPath("068_sem_rebound_variable"));
        var error = SingleSemanticError(result);
        Assert.Equal(
            "Multiply-defined symbol 'i': this definition or declaration conflicts with the one at line 13, col 14 to line 13, col 14 of module Spec.",
            error.Message);
        Assert.Equal((14, 17), (error.Span.StartLine, error.Span.StartColumn));
    }

    [Fact]
    public void Int_is_unknown_without_extends_Integers()
    {
        var result = LoadText("""
            ---- MODULE Spec ----
            EXTENDS Naturals
            X == 3 \in Int
            ====
            """);
        var error = SingleSemanticError(result);
        Assert.Equal("Unknown operator: `Int'.", error.Message);
        Assert.Equal((3, 12), (error.Span.StartLine, error.Span.StartColumn));
    }

    [Fact]
    public void Plus_is_unknown_without_extends_Naturals()
    {
        var error = SingleSemanticError(LoadText("""
            ---- MODULE Spec ----
            X == 1 + 2
            ====
            """));
        Assert.Equal("Unknown operator: `+'.", error.Message);
    }

    [Fact]
    public void Prefix_minus_needs_Integers()
    {
        var error = SingleSemanticError(LoadText("""
            ---- MODULE Spec ----
            EXTENDS Naturals
            X == -3
            ====
            """));
        Assert.Equal("Unknown operator: `-'.", error.Message);
    }

    [Fact]
    public void Integers_also_provides_Naturals_operators()
    {
        var result = LoadText("""
            ---- MODULE Spec ----
            EXTENDS Integers
            X == -3 + 4 \in Nat
            ====
            """);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Wrong_number_of_arguments_is_reported()
    {
        var error = SingleSemanticError(LoadText("""
            ---- MODULE Spec ----
            Op(a, b) == a
            X == Op(1)
            ====
            """));
        Assert.Contains("requires 2 arguments", error.Message);
        Assert.Equal((3, 6), (error.Span.StartLine, error.Span.StartColumn));
    }

    [Fact]
    public void Definition_conflicting_with_a_variable_is_multiply_defined()
    {
        var error = SingleSemanticError(LoadText("""
            ---- MODULE Spec ----
            VARIABLE x
            x == 1
            ====
            """));
        Assert.StartsWith("Multiply-defined symbol 'x'", error.Message);
        Assert.Contains("line 2, col 10 to line 2, col 10 of module Spec", error.Message);
    }

    [Fact]
    public void Bound_variable_shadowing_an_operator_parameter_is_multiply_defined()
    {
        var error = SingleSemanticError(LoadText("""
            ---- MODULE Spec ----
            Op(s) == \E s \in {1} : TRUE
            ====
            """));
        Assert.StartsWith("Multiply-defined symbol 's'", error.Message);
    }

    [Fact]
    public void Use_before_definition_is_unknown()
    {
        var error = SingleSemanticError(LoadText("""
            ---- MODULE Spec ----
            A == B
            B == 1
            ====
            """));
        Assert.Equal("Unknown operator: `B'.", error.Message);
    }

    [Fact]
    public void Prime_in_ASSUME_is_an_error()
    {
        var result = LoadText("""
            ---- MODULE Spec ----
            VARIABLE x
            ASSUME x' = 1
            ====
            """);
        var error = SingleSemanticError(result);
        Assert.Contains("prime", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Double_prime_is_an_error()
    {
        var result = LoadText("""
            ---- MODULE Spec ----
            VARIABLE x
            A == (x')' = 1
            ====
            """);
        Assert.Null(result.Spec);
        Assert.Contains(result.Diagnostics, d => d.Kind == DiagnosticKind.Semantic);
    }

    [Fact]
    public void Local_definitions_of_an_extended_module_are_not_inherited()
    {
        var result = LoadText(
            """
            ---- MODULE Spec ----
            EXTENDS Lib
            X == Hidden
            ====
            """,
            ("Lib", """
            ---- MODULE Lib ----
            LOCAL Hidden == 1
            Shown == Hidden
            ====
            """));
        var error = SingleSemanticError(result);
        Assert.Equal("Unknown operator: `Hidden'.", error.Message);
    }

    [Fact]
    public void Cyclic_extends_is_reported()
    {
        var result = LoadText(
            """
            ---- MODULE Spec ----
            EXTENDS A
            ====
            """,
            ("A", "---- MODULE A ----\nEXTENDS B\n====\n"),
            ("B", "---- MODULE B ----\nEXTENDS A\n====\n"));
        Assert.Null(result.Spec);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("Circular dependency", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_module_is_reported_at_the_extends_clause()
    {
        var result = LoadText("""
            ---- MODULE Spec ----
            EXTENDS Nowhere
            ====
            """);
        var error = SingleSemanticError(result);
        Assert.Contains("Nowhere", error.Message);
        Assert.Equal(2, error.Span.StartLine);
    }

    [Fact]
    public void Parse_errors_are_passed_through_and_stop_resolution()
    {
        var result = LoadText("""
            ---- MODULE Spec ----
            X == (1
            ====
            """);
        Assert.Null(result.Spec);
        Assert.Contains(result.Diagnostics, d => d.Kind == DiagnosticKind.Parse);
    }

    [Fact]
    public void Instance_without_substitution_target_is_reported()
    {
        var result = LoadText(
            """
            ---- MODULE Spec ----
            INSTANCE M
            ====
            """,
            ("M", "---- MODULE M ----\nCONSTANT K\nOp == K\n====\n"));
        var error = SingleSemanticError(result);
        Assert.Contains("K", error.Message);
    }

    [Fact]
    public void Assume_over_a_state_variable_is_a_level_error()
    {
        var error = SingleSemanticError(LoadText("""
            ---- MODULE Spec ----
            VARIABLE x
            ASSUME x = 1
            ====
            """));
        Assert.StartsWith("Level error", error.Message);
        Assert.Equal((3, 8), (error.Span.StartLine, error.Span.StartColumn));
    }
}
