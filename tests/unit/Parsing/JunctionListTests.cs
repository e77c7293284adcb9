using Xunit;

namespace GraphSpec.UnitTests.Parsing;

/// <summary>
/// Bullet lists are delimited by layout exactly as SANY does it. The shapes come from conformance
/// case 003 (whose state count depends on them); (AND ...) and (OR ...) are bullet lists,
/// (/\ a b) and (\/ a b) infix operators.
/// </summary>
public class JunctionListTests
{
    [Fact]
    public void Disjunction_of_conjunctions_with_a_nested_disjunction_holding_a_conjunction()
    {
        const string text = """
            A == \/ /\ x < 4
                    /\ x' = x + 1
                    /\ \/ y' = y
                       \/ /\ y < 2
                          /\ y' = y + 1
                    /\ z' = z
                 \/ /\ x = 4
                    /\ x' = 0
            """;
        Assert.Equal(
            "(OR (AND (< x 4) (= (' x) (+ x 1)) (OR (= (' y) y) (AND (< y 2) (= (' y) (+ y 1)))) (= (' z) z))"
            + " (AND (= x 4) (= (' x) 0)))",
            Parse.Body(text, "A"));
    }

    [Fact]
    public void Infix_conjunction_inside_an_item_and_a_nested_list_ending_at_the_next_outer_bullet()
    {
        const string text = """
            B == /\ y = 2 /\ z = 2
                 /\ \/ x' = x
                    \/ x' = 4
                 /\ y' = 0
            """;
        Assert.Equal("(AND (/\\ (= y 2) (= z 2)) (OR (= (' x) x) (= (' x) 4)) (= (' y) 0))", Parse.Body(text, "B"));
    }

    [Fact]
    public void Quantifier_body_ends_at_the_next_bullet_of_the_enclosing_list()
    {
        const string text = """
            C == /\ \E i \in 0..1 :
                      x' = (x + i) % 5
                 /\ y' = y
            """;
        Assert.Equal("(AND (\\E [i \\in (.. 0 1)] (= (' x) (% (+ x i) 5))) (= (' y) y))", Parse.Body(text, "C"));
    }

    [Fact]
    public void Operator_left_of_the_bullets_ends_the_list_and_takes_it_as_left_operand()
    {
        const string text = """
            D ==    /\ x = 3
                    /\ y = 1
                  \/ /\ z = 2
                     /\ x = 0
            """;
        Assert.Equal("(\\/ (AND (= x 3) (= y 1)) (AND (= z 2) (= x 0)))", Parse.Body(text, "D"));
    }

    [Fact]
    public void Lists_inside_parentheses_and_inside_IF()
    {
        const string text = """
            E == /\ (\/ x = 0
                     \/ y = 0) => (z < 3)
                 /\ IF x > 2
                      THEN \/ y \in 0..2
                           \/ FALSE
                      ELSE /\ TRUE
                           /\ x \in 0..2
            """;
        Assert.Equal(
            "(AND (=> (OR (= x 0) (= y 0)) (< z 3)) (IF (> x 2) (OR (\\in y (.. 0 2)) FALSE) (AND TRUE (\\in x (.. 0 2)))))",
            Parse.Body(text, "E"));
    }

    [Fact]
    public void Items_spanning_several_lines_and_a_single_item_list()
    {
        const string text = """
            F == /\ x +
                      y
                    <= 6
                 /\ \/ z
                        \in 0..2
            """;
        Assert.Equal("(AND (<= (+ x y) 6) (OR (\\in z (.. 0 2))))", Parse.Body(text, "F"));
    }

    [Fact]
    public void Disjunct_to_the_right_of_the_bullet_stays_inside_the_quantifier_body()
    {
        // Case 068: the \/ is right of the /\ bullet, so it continues the body of the first \E.
        const string text = """
            Inv == /\ \E i \in 0..2 : x = i
                      \/ \E i \in 3..4 : x = i
            """;
        Assert.Equal("(AND (\\E [i \\in (.. 0 2)] (\\/ (= x i) (\\E [i \\in (.. 3 4)] (= x i)))))", Parse.Body(text, "Inv"));
    }

    [Fact]
    public void Bullets_on_one_line_form_a_single_item_with_infix_operators()
    {
        Assert.Equal("(OR (\\/ (\\/ a b) c))", Parse.Expr("\\/ a \\/ b \\/ c"));
        Assert.Equal("(AND (/\\ a b))", Parse.Expr("(/\\ a /\\ b)"));
    }

    [Fact]
    public void Bullet_of_the_other_kind_in_the_same_column_ends_the_list()
    {
        const string text = """
            G == /\ a
                 /\ b
                 \/ c
            """;
        Assert.Equal("(\\/ (AND a b) c)", Parse.Body(text, "G"));
    }

    [Fact]
    public void Misaligned_bullet_to_the_right_is_an_infix_operator_of_the_item()
    {
        const string text = """
            H == /\ a
                  /\ b
                 /\ c
            """;
        Assert.Equal("(AND (/\\ a b) c)", Parse.Body(text, "H"));
    }

    [Fact]
    public void Nested_lists_close_together_when_an_outer_bullet_follows()
    {
        const string text = """
            I == \/ /\ \/ a
                       \/ b
                    /\ c
                 \/ d
            """;
        Assert.Equal("(OR (AND (OR a b) c) d)", Parse.Body(text, "I"));
    }

    [Fact]
    public void List_as_the_right_operand_of_an_infix_operator()
    {
        const string text = """
            J == x = 1 =>
                   /\ a
                   /\ b
            """;
        Assert.Equal("(=> (= x 1) (AND a b))", Parse.Body(text, "J"));
    }

    [Fact]
    public void List_items_in_operator_arguments_and_quantifier_bodies()
    {
        const string text = """
            K == \E p \in S : /\ F(p,
                                   q)
                              /\ \A r \in T : \/ r = p
                                              \/ r = q
                 L == 1
            """;
        Assert.Equal("(\\E [p \\in S] (AND (F p q) (\\A [r \\in T] (OR (= r p) (= r q)))))", Parse.Body(text, "K"));
    }

    [Fact]
    public void Next_definition_starts_after_a_list()
    {
        var units = Parse.Units("""
            Next == \/ A
                    \/ B
                    \/ /\ D
                       /\ C
            Spec == Init /\ [][Next]_vars
            """);
        Assert.Equal(["(def Next (OR A B (AND D C)))", "(def Spec (/\\ Init ([] ([]_ Next vars))))"], units);
    }

    [Fact]
    public void CASE_inside_a_list_item_with_arms_on_following_lines()
    {
        const string text = """
            M == /\ CASE a -> 1
                      [] OTHER -> 2
                 /\ b
            """;
        Assert.Equal("(AND (CASE (-> a 1) (OTHER 2)) b)", Parse.Body(text, "M"));
    }

    [Fact]
    public void Token_left_of_the_bullet_inside_an_item_is_an_error()
    {
        var error = Parse.ModuleError(Parse.Wrap("""
            N == /\ f(a,
              b)
            """));
        Assert.Equal(3, error.Span.StartLine);
        Assert.Contains("list item has ended", error.Message);
    }

    [Fact]
    public void Lists_in_LET_definitions_and_body()
    {
        const string text = """
            P == LET a == /\ x
                          /\ y
                     b == \/ z
                 IN  /\ a
                     /\ b
            """;
        Assert.Equal("(LET ((def a (AND x y)) (def b (OR z))) (AND a b))", Parse.Body(text, "P"));
    }
}
