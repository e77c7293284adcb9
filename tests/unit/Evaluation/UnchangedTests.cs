using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Semantics;
using Xunit;

namespace GraphSpec.UnitTests.Evaluation;

/// <summary>
/// <c>UNCHANGED e</c> in successor enumeration, as TLC computes it: e is taken apart left to right
/// (tuples into their items, zero-arity definitions, LET names, operator arguments and INSTANCE
/// substitutions into what they stand for); each variable found is given its current value (or,
/// if already assigned, must have kept it), and any other part must evaluate to the same value in
/// both states, which is an evaluation error when it reads a primed variable not yet assigned.
/// </summary>
public class UnchangedTests
{
    // Every spec counts c from 0 to 3 and keeps the other variables: 4 distinct states when the
    // UNCHANGED is handled as TLC handles it.
    private const string Header = """
        EXTENDS Naturals
        VARIABLES c, x, y, z
        Init == c = 0 /\ x = 0 /\ y = 1 /\ z = 2
        Step == c < 3 /\ c' = c + 1
        """;

    private static CheckResult Check(string body, params (string Name, string Text)[] modules)
    {
        var text = $"---- MODULE Spec ----\n{Header}\n{body}\n====\n";
        var spec = SpecLoader.LoadText(text, "Spec.tla", name => Array.Find(modules, m => m.Name == name).Text);
        Assert.True(spec.Spec is not null, string.Join("\n", spec.Diagnostics));
        var config = CfgParser.Parse("INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n", "Spec.cfg");
        var bound = ConfigBinder.Bind(spec.Spec!, config.Config!);
        Assert.True(bound.Model is not null, string.Join("\n", bound.Diagnostics));
        return ModelChecker.Check(bound.Model!, new CheckOptions { Workers = 1 });
    }

    private static void AssertFourStates(CheckResult result)
    {
        Assert.True(result.Outcome == CheckOutcome.Ok, $"{result.Outcome}: {result.Message}");
        Assert.Equal(4, result.Statistics.Distinct);
        Assert.Equal(4, result.Statistics.Depth);
    }

    private static void AssertEvaluationError(CheckResult result, string variable)
    {
        Assert.Equal(CheckOutcome.EvalError, result.Outcome);
        Assert.Equal(75, result.ExitCode);
        Assert.Contains(variable, result.Message);
    }

    [Fact]
    public void A_tuple_with_a_definition_that_is_a_tuple_of_variables()
    {
        AssertFourStates(Check("v == <<y, z>>\nNext == Step /\\ UNCHANGED <<x, v>>"));
    }

    [Fact]
    public void Nested_tuples_and_a_LET_name()
    {
        AssertFourStates(Check("Next == LET w == <<y, <<z>>>> IN Step /\\ UNCHANGED <<<<x>>, w>>"));
    }

    [Fact]
    public void An_operator_argument_that_is_a_variable_or_a_tuple_of_them()
    {
        AssertFourStates(Check("Keep(a, b) == UNCHANGED <<a, b>>\nNext == Step /\\ Keep(x, <<y, z>>)"));
    }

    [Fact]
    public void A_variable_already_assigned_must_have_kept_its_value()
    {
        // x' = 1 then UNCHANGED x: no successor, so only the initial state.
        var changed = Check("Next == Step /\\ x' = 1 /\\ UNCHANGED <<x, y, z>>");
        Assert.Equal(CheckOutcome.Ok, changed.Outcome);
        Assert.Equal(1, changed.Statistics.Distinct);
        AssertFourStates(Check("Next == Step /\\ x' = 0 /\\ UNCHANGED <<x, y, z>>"));
    }

    [Fact]
    public void A_non_variable_item_is_compared_once_its_variables_are_assigned()
    {
        // x is assigned by the UNCHANGED itself; y + z compares values already assigned.
        AssertFourStates(Check("Next == Step /\\ y' = y /\\ z' = z /\\ UNCHANGED <<x, y + z>>"));
        AssertFourStates(Check("Next == Step /\\ UNCHANGED <<x, 7, y, z>>"));
    }

    [Fact]
    public void A_definition_mixing_variables_and_expressions_is_taken_apart()
    {
        AssertFourStates(Check("vars == <<x, y, z, y + z>>\nNext == Step /\\ UNCHANGED vars"));
    }

    [Fact]
    public void A_non_variable_item_reading_an_unassigned_primed_variable_is_an_error()
    {
        // Items are handled left to right: y + z comes before y and z are assigned.
        AssertEvaluationError(Check("Next == Step /\\ UNCHANGED <<x, y + z, y, z>>"), "y'");
        AssertEvaluationError(Check("Next == Step /\\ UNCHANGED <<x, y>> /\\ UNCHANGED (z + 1)"), "z'");
    }

    private const string Inner = """
        ---- MODULE Inner ----
        EXTENDS Naturals
        VARIABLES k, w, q
        Act == k < 3 /\ k' = k + 1 /\ UNCHANGED <<w, q>>
        ====
        """;

    [Fact]
    public void An_instance_variable_substituted_by_a_variable()
    {
        AssertFourStates(Check("I == INSTANCE Inner WITH k <- c, w <- y, q <- x\nNext == I!Act /\\ UNCHANGED z", ("Inner", Inner)));
    }

    [Fact]
    public void An_instance_variable_substituted_by_an_expression_is_compared()
    {
        // w <- y + z: y and z are assigned before I!Act, so w is compared and q (x) is assigned.
        AssertFourStates(Check("I == INSTANCE Inner WITH k <- c, w <- y + z, q <- x\nNext == y' = y /\\ z' = z /\\ I!Act", ("Inner", Inner)));
    }

    [Fact]
    public void An_instance_variable_substituted_by_an_expression_of_unassigned_variables_is_an_error()
    {
        AssertEvaluationError(Check("I == INSTANCE Inner WITH k <- c, w <- y + z, q <- x\nNext == I!Act /\\ UNCHANGED <<y, z>>", ("Inner", Inner)), "y'");
    }
}
