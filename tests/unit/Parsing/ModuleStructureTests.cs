using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Parsing;

/// <summary>Module header and end, EXTENDS, declarations, definitions, INSTANCE, ASSUME, THEOREM.</summary>
public class ModuleStructureTests
{
    [Fact]
    public void Header_extends_and_end()
    {
        var module = Parse.Module("""
            -------------------------- MODULE Spec --------------------------
            EXTENDS Naturals, Sequences
            ==================================================================
            """);
        Assert.Equal("Spec", module.Name.Name);
        Assert.Equal(["Naturals", "Sequences"], module.Extends.Select(e => e.Name));
        Assert.Empty(module.Units);
    }

    [Fact]
    public void Text_before_the_header_and_after_the_end_is_ignored()
    {
        var module = Parse.Module("""
            This is not TLA+: ( " \ ==== 
            ---- MODULE M ----
            x == 1
            ====
            and neither is this " (*
            """);
        Assert.Equal("M", module.Name.Name);
        Assert.Single(module.Units);
    }

    [Fact]
    public void Header_may_span_lines_and_use_many_dashes()
    {
        var module = Parse.Module("-----------\nMODULE   Long\n---------------\n=========");
        Assert.Equal("Long", module.Name.Name);
    }

    [Fact]
    public void Comments_are_skipped_including_nested_block_comments()
    {
        var units = Parse.Units("""
            (* outer (* inner *) still a comment ==== *)
            x == 1 \* line comment with (* and ====
            (***************)
            y == (* inline *) 2
            """);
        Assert.Equal(["(def x 1)", "(def y 2)"], units);
    }

    [Fact]
    public void Separator_lines_between_units_are_skipped()
    {
        Assert.Equal(["(def x 1)", "(def y 2)"], Parse.Units("x == 1\n--------------\ny == 2\n----"));
    }

    [Fact]
    public void Constants_with_operator_arity_and_variables()
    {
        var units = Parse.Units("""
            CONSTANT N
            CONSTANTS A, F(_, _), G(_)
            VARIABLE x
            VARIABLES y, z
            """);
        Assert.Equal(["(CONSTANTS N)", "(CONSTANTS A F/2 G/1)", "(VARIABLES x)", "(VARIABLES y z)"], units);
    }

    [Fact]
    public void Assumptions_and_theorems_named_or_not()
    {
        var units = Parse.Units("""
            ASSUME N > 0
            ASSUME Pos == N > 0
            ASSUMPTION N < 10
            AXIOM TRUE
            THEOREM Spec => []Inv
            LEMMA L1 == TRUE
            PROPOSITION TRUE
            COROLLARY C == FALSE
            """);
        Assert.Equal(
            [
                "(ASSUME (> N 0))", "(ASSUME Pos (> N 0))", "(ASSUME (< N 10))", "(ASSUME TRUE)",
                "(THEOREM (=> Spec ([] Inv)))", "(THEOREM L1 TRUE)", "(THEOREM TRUE)", "(THEOREM C FALSE)",
            ],
            units);
        var module = Parse.Module(Parse.Wrap("ASSUME Pos == N > 0\nTHEOREM T == TRUE"));
        Assert.Equal("Pos", Assert.IsType<AssumeUnit>(module.Units[0]).Name!.Name);
        Assert.Equal("T", Assert.IsType<TheoremUnit>(module.Units[1]).Name!.Name);
    }

    [Fact]
    public void Operator_definitions_with_higher_order_parameters_and_LOCAL()
    {
        var units = Parse.Units("""
            Init == x = 0
            Move(dx, dy) == x' = x + dx
            Twice(F(_), x) == F(F(x))
            LOCAL Double(x) == x * 2
            RECURSIVE Fold(_, _, _), Other
            Fold(Op(_, _), base, seq) == Op(base, seq)
            """);
        Assert.Equal(
            [
                "(def Init (= x 0))", "(def Move (dx dy) (= (' x) (+ x dx)))", "(def Twice (F/1 x) (F (F x)))",
                "(LOCAL def Double (x) (* x 2))", "(RECURSIVE Fold/3 Other/0)", "(def Fold (Op/2 base seq) (Op base seq))",
            ],
            units);
    }

    [Fact]
    public void Function_definitions()
    {
        Assert.Equal(
            ["(fundef dist [a \\in R] [b \\in C] (- a b))", "(LOCAL fundef f [x y \\in S] x)"],
            Parse.Units("dist[a \\in R, b \\in C] == a - b\nLOCAL f[x, y \\in S] == x"));
    }

    [Fact]
    public void Infix_prefix_and_postfix_operator_definitions()
    {
        var units = Parse.Units("""
            a ++ b == a + b
            a (+) b == a
            a \prec b == a < b
            -. a == 0 - a
            x == 1
            -. b == b
            ~ a == a
            a ^+ == a
            """);
        Assert.Equal(
            [
                "(def ++ (a b) (+ a b))", "(def \\oplus (a b) a)", "(def \\prec (a b) (< a b))", "(def -. (a) (- 0 a))",
                "(def x 1)", "(def -. (b) b)", "(def ~ (a) a)", "(def ^+ (a) a)",
            ],
            units);
    }

    [Fact]
    public void Instances_unnamed_named_and_parameterized()
    {
        var units = Parse.Units("""
            INSTANCE Counter WITH Step <- 3, Limit <- N + 1
            INSTANCE Naturals
            LOCAL INSTANCE TLC
            I == INSTANCE Counter WITH count <- c
            J(p) == INSTANCE Counter WITH count <- p, + <- LAMBDA a, b : a
            LOCAL K == INSTANCE Counter
            Use == I!CInit /\ J(1)!CNext
            """);
        Assert.Equal(
            [
                "(INSTANCE Counter (<- Step 3) (<- Limit (+ N 1)))", "(INSTANCE Naturals)", "(LOCAL INSTANCE TLC)",
                "(def I INSTANCE Counter (<- count c))", "(def J (p) INSTANCE Counter (<- count p) (<- + (LAMBDA (a b) a)))",
                "(LOCAL def K INSTANCE Counter)", "(def Use (/\\ (! I CInit) (! (J 1) CNext)))",
            ],
            units);
        var module = Parse.Module(Parse.Wrap("I == INSTANCE Counter"));
        Assert.IsType<NamedInstanceUnit>(module.Units[0]);
    }

    [Fact]
    public void Unit_kinds_and_local_flags()
    {
        var module = Parse.Module(Parse.Wrap("""
            CONSTANT N
            VARIABLE x
            LOCAL Op == 1
            f[i \in 1..N] == i
            RECURSIVE R(_)
            INSTANCE M2
            ASSUME TRUE
            THEOREM TRUE
            """));
        Assert.Collection(module.Units,
            u => Assert.IsType<ConstantsUnit>(u),
            u => Assert.IsType<VariablesUnit>(u),
            u => Assert.True(Assert.IsType<OperatorDefinitionUnit>(u).IsLocal),
            u => Assert.False(Assert.IsType<FunctionDefinitionUnit>(u).IsLocal),
            u => Assert.IsType<RecursiveUnit>(u),
            u => Assert.False(Assert.IsType<InstanceUnit>(u).IsLocal),
            u => Assert.IsType<AssumeUnit>(u),
            u => Assert.IsType<TheoremUnit>(u));
    }

    [Fact]
    public void Nested_module_is_rejected_with_a_clear_message()
    {
        var error = Parse.ModuleError(Parse.Wrap("x == 1\n---- MODULE Inner ----\n====\ny == 2"));
        Assert.Equal("nested modules are not supported", error.Message);
        Assert.Equal(3, error.Span.StartLine);
    }

    [Fact]
    public void Missing_header_is_reported()
    {
        var error = Parse.ModuleError("x == 1\n");
        Assert.Contains("no module header", error.Message);
        Assert.Equal(1, error.Span.StartLine);
    }

    [Fact]
    public void Missing_end_is_reported_at_the_end_of_the_last_token()
    {
        var error = Parse.ModuleError("---- MODULE M ----\nx == 1 + 23\n\n");
        Assert.Equal("expected ==== at end of module, found end of file", error.Message);
        Assert.Equal((2, 12), (error.Span.StartLine, error.Span.StartColumn));
    }

    [Fact]
    public void EXTENDS_after_a_definition_is_an_error()
    {
        var error = Parse.ModuleError(Parse.Wrap("x == 1\nEXTENDS Naturals"));
        Assert.Contains("EXTENDS", error.Message);
        Assert.Equal(3, error.Span.StartLine);
    }
}
