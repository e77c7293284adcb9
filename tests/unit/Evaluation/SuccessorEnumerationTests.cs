using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.UnitTests.Semantics;
using Xunit;
using static GraphSpec.UnitTests.Evaluation.TestSpecs;

namespace GraphSpec.UnitTests.Evaluation;

public class SuccessorEnumerationTests
{
    private sealed class Collector : IStateSink
    {
        public List<Value[]> States { get; } = [];
        public List<string> Labels { get; } = [];

        public bool OnState(Value[] state, in ActionInfo action)
        {
            States.Add(state);
            var arguments = action.GetArguments();
            Labels.Add(arguments.IsEmpty ? action.Name : $"{action.Name}({string.Join(", ", arguments)})");
            return true;
        }
    }

    private static (ResolvedSpec Spec, Evaluator Evaluator) Load(string body, params (string, Value)[] constants)
    {
        var spec = TestSpecs.Load("---- MODULE Spec ----\nEXTENDS Naturals, TLC\n" + body + "\n====\n");
        return (spec, Model(spec, constants).CreateEvaluator());
    }

    private static OperatorDefinition Def(ResolvedSpec spec, string name)
    {
        Assert.True(spec.TryGetDefinition(name, out var d), name);
        return d;
    }

    private static string Show(Value[] state) => string.Join(" ", (object[])state);

    [Fact]
    public void Init_of_case_003_has_one_state()
    {
        var load = SpecLoader.LoadFile(ConformanceCases.SpecPath("003_bullet_layout"));
        var spec = load.Spec!;
        var collector = new Collector();
        Assert.Null(ModelContext.CreateWithoutConstants(spec).CreateEvaluator().EnumerateInitialStates(Def(spec, "Init"), collector));
        var state = Assert.Single(collector.States);
        Assert.Equal("0 0 0", Show(state));
    }

    [Fact]
    public void Init_enumerates_memberships_in_order()
    {
        var (spec, evaluator) = Load("VARIABLES x, y\nInit == x \\in {2, 1} /\\ y \\in {\"a\", \"b\"} /\\ x + 1 > 2");
        var collector = new Collector();
        Assert.Null(evaluator.EnumerateInitialStates(Def(spec, "Init"), collector));
        Assert.Equal(["2 \"a\"", "2 \"b\""], collector.States.Select(Show));
    }

    [Fact]
    public void Successors_follow_disjuncts_exists_and_unchanged_with_labels()
    {
        var (spec, evaluator) = Load("""
            VARIABLES x, y
            Inc(d) == x' = x + d /\ UNCHANGED y
            Swap == x' = y /\ y' = x
            Next == (\E d \in {1, 2} : Inc(d)) \/ Swap
            """);
        var collector = new Collector();
        Assert.Null(evaluator.EnumerateSuccessors(Def(spec, "Next"), [Int(0), Int(5)], collector));
        Assert.Equal(["1 5", "2 5", "5 0"], collector.States.Select(Show));
        Assert.Equal(["Inc(1)", "Inc(2)", "Swap"], collector.Labels);
    }

    [Fact]
    public void Label_is_the_enclosing_action_when_a_call_is_inside_a_conjunction()
    {
        var (spec, evaluator) = Load("""
            VARIABLES x
            Step == x' = x + 1
            Next == x < 3 /\ Step
            """);
        var collector = new Collector();
        Assert.Null(evaluator.EnumerateSuccessors(Def(spec, "Next"), [Int(0)], collector));
        Assert.Equal(["Next"], collector.Labels);
    }

    [Fact]
    public void Primed_membership_enumerates_and_assigned_primes_are_checked()
    {
        var (spec, evaluator) = Load("VARIABLES x\nNext == x' \\in 1..4 /\\ x' > 2");
        var collector = new Collector();
        Assert.Null(evaluator.EnumerateSuccessors(Def(spec, "Next"), [Int(0)], collector));
        Assert.Equal(["3", "4"], collector.States.Select(Show));
    }

    [Fact]
    public void Stuttering_and_duplicate_successors_are_all_reported()
    {
        var (spec, evaluator) = Load("VARIABLES x\nNext == x' = x \\/ x' = x \\/ x' = 1");
        var collector = new Collector();
        Assert.Null(evaluator.EnumerateSuccessors(Def(spec, "Next"), [Int(0)], collector));
        Assert.Equal(3, collector.States.Count);
    }

    [Fact]
    public void Incompletely_specified_successor_is_an_error()
    {
        var (spec, evaluator) = Load("VARIABLES x, y\nNext == x' = 1");
        var error = evaluator.EnumerateSuccessors(Def(spec, "Next"), [Int(0), Int(0)], new Collector());
        Assert.NotNull(error);
        Assert.Contains("y", error!.Message);
        Assert.Contains("not completely specified", error.Message);
    }

    [Fact]
    public void Case054_choose_without_witness_in_next()
    {
        var load = SpecLoader.LoadFile(ConformanceCases.SpecPath("054_eval_choose_empty"));
        var evaluator = ModelContext.CreateWithoutConstants(load.Spec!).CreateEvaluator();
        var labels = new List<string>();
        Assert.Null(evaluator.EnumerateSuccessors(Def(load.Spec!, "Next"), [FiniteSetValue.Empty], new LabelSink(labels)));
        Assert.Equal(["Next line 13, col 12 to line 13, col 32 of module Spec"], labels); // TLC's label: the LET body
        var full = FiniteSetValue.Of(Int(1), Int(2), Int(3));
        var error = evaluator.EnumerateSuccessors(Def(load.Spec!, "Next"), [full], new Collector());
        Assert.NotNull(error);
        Assert.Equal(EvaluationErrorKind.Evaluation, error!.Kind);
        Assert.StartsWith("Attempted to compute the value of an expression of form CHOOSE", error.Message);
        Assert.Equal((12, 18, 12, 49), (error.Span.StartLine, error.Span.StartColumn, error.Span.EndLine, error.Span.EndColumn));
    }

    [Fact]
    public void Case056_non_boolean_conjunct_in_next()
    {
        var load = SpecLoader.LoadFile(ConformanceCases.SpecPath("056_eval_nonboolean_conj"));
        var evaluator = ModelContext.CreateWithoutConstants(load.Spec!).CreateEvaluator();
        var error = evaluator.EnumerateSuccessors(Def(load.Spec!, "Next"), [Int(0), Int(1)], new Collector());
        Assert.NotNull(error);
        Assert.Equal("In computing next states, TLC expected a boolean expression, but instead found 1.", error!.Message);
        Assert.Equal((11, 12, 11, 15), (error.Span.StartLine, error.Span.StartColumn, error.Span.EndLine, error.Span.EndColumn));
    }

    [Fact]
    public void Case057_invariant_compares_string_with_integer()
    {
        var load = SpecLoader.LoadFile(ConformanceCases.SpecPath("057_eval_int_vs_string"));
        var evaluator = ModelContext.CreateWithoutConstants(load.Spec!).CreateEvaluator();
        Assert.True(evaluator.Evaluate(Def(load.Spec!, "Inv"), [Str("a")]).IsTrue);
        var result = evaluator.Evaluate(Def(load.Spec!, "Inv"), [Int(2)]);
        Assert.Equal("Attempted to check equality of string \"a\" with non-string:\n2", result.Error?.Message);
    }

    [Fact]
    public void Case053_assert_failure_in_next()
    {
        var load = SpecLoader.LoadFile(ConformanceCases.SpecPath("053_assert_fail"));
        var evaluator = ModelContext.CreateWithoutConstants(load.Spec!).CreateEvaluator();
        Assert.Null(evaluator.EnumerateSuccessors(Def(load.Spec!, "Next"), [Int(4), Int(0)], new Collector()));
        var error = evaluator.EnumerateSuccessors(Def(load.Spec!, "Next"), [Int(5), Int(0)], new Collector());
        Assert.Equal(EvaluationErrorKind.AssertFailed, error?.Kind);
        Assert.Contains("x got too big", error!.Message);
    }

    [Fact]
    public void Action_evaluation_on_a_given_step()
    {
        var (spec, evaluator) = Load("VARIABLES x, y\nInc(d) == x' = x + d /\\ UNCHANGED y");
        var inc = Def(spec, "Inc");
        Assert.True(evaluator.EvaluateAction(inc, [Int(2)], [Int(1), Int(7)], [Int(3), Int(7)]).IsTrue);
        Assert.False(evaluator.EvaluateAction(inc, [Int(2)], [Int(1), Int(7)], [Int(3), Int(8)]).IsTrue);
        Assert.False(evaluator.EvaluateAction(inc, [Int(1)], [Int(1), Int(7)], [Int(3), Int(7)]).IsTrue);
    }

    [Fact]
    public void Enabled_enumerates_the_action()
    {
        var (spec, evaluator) = Load("""
            VARIABLES x
            A(k) == x < k /\ x' = x + 1
            P == ENABLED A(3)
            Q == ENABLED (x' \in {} )
            R == ENABLED (\E v \in 1..3 : x' = v /\ v > x)
            """);
        Assert.True(evaluator.Evaluate(Def(spec, "P"), [Int(2)]).IsTrue);
        Assert.False(evaluator.Evaluate(Def(spec, "P"), [Int(3)]).IsTrue);
        Assert.False(evaluator.Evaluate(Def(spec, "Q"), [Int(0)]).IsTrue);
        Assert.True(evaluator.Evaluate(Def(spec, "R"), [Int(2)]).IsTrue);
        Assert.False(evaluator.Evaluate(Def(spec, "R"), [Int(3)]).IsTrue);
    }

    [Fact]
    public void Box_and_angle_actions()
    {
        var (spec, evaluator) = Load("""
            VARIABLES x
            A == x' = x + 1
            Box == [A]_x
            Angle == <<x' = x>>_x
            """);
        Assert.True(evaluator.EvaluateAction(Def(spec, "Box"), [], [Int(1)], [Int(1)]).IsTrue);
        Assert.True(evaluator.EvaluateAction(Def(spec, "Box"), [], [Int(1)], [Int(2)]).IsTrue);
        Assert.False(evaluator.EvaluateAction(Def(spec, "Box"), [], [Int(1)], [Int(3)]).IsTrue);
        Assert.False(evaluator.EvaluateAction(Def(spec, "Angle"), [], [Int(1)], [Int(1)]).IsTrue);
        var collector = new Collector();
        Assert.Null(evaluator.EnumerateSuccessors(Def(spec, "Box"), [Int(1)], collector));
        Assert.Equal(["2", "1"], collector.States.Select(Show));
    }

    [Fact]
    public void Operator_argument_containing_a_prime_is_passed_by_name()
    {
        var (spec, evaluator) = Load("""
            VARIABLES x, y
            Both(A) == A /\ y' = y + 1
            Next == Both(x' = x + 10)
            """);
        var collector = new Collector();
        Assert.Null(evaluator.EnumerateSuccessors(Def(spec, "Next"), [Int(1), Int(1)], collector));
        Assert.Equal(["11 2"], collector.States.Select(Show));
    }

    [Fact]
    public void Unchanged_through_a_definition_of_the_variable_tuple()
    {
        var (spec, evaluator) = Load("""
            VARIABLES x, y, z
            vars == <<y, z>>
            Next == x' = 0 /\ UNCHANGED vars
            """);
        var collector = new Collector();
        Assert.Null(evaluator.EnumerateSuccessors(Def(spec, "Next"), [Int(5), Int(6), Int(7)], collector));
        Assert.Equal(["0 6 7"], collector.States.Select(Show));
    }

    [Fact]
    public void Assumptions_of_case_015_hold()
    {
        var load = SpecLoader.LoadFile(ConformanceCases.SpecPath("015_higher_order_local"));
        var spec = load.Spec!;
        var evaluator = Model(spec, ("Len0", Int(3)), ("MaxV", Int(5))).CreateEvaluator();
        Assert.Equal(3, spec.Assumptions.Length);
        foreach (var assumption in spec.Assumptions)
        {
            Assert.True(evaluator.Evaluate(assumption.Definition).IsTrue, assumption.Span.ToString());
        }
    }

    [Fact]
    public void Temporal_structure_is_exposed_not_evaluated()
    {
        var (spec, evaluator) = Load("""
            VARIABLES x
            vars == <<x>>
            Init == x = 0
            Next == x' = x + 1
            Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
            """);
        var body = Assert.IsType<AndExpr>(Def(spec, "Spec").Body);
        Assert.Equal(ExpressionLevel.Temporal, body.Level);
        var always = Assert.IsType<AlwaysExpr>(body.Items[1]);
        var box = Assert.IsType<BoxActionExpr>(always.Operand);
        Assert.Equal("Next", Assert.IsType<CallExpr>(box.Action).Definition.Name);
        Assert.Equal([0], box.Subscript.Variables!);
        var fairness = Assert.IsType<FairnessExpr>(body.Items[2]);
        Assert.Equal(GraphSpec.Oracle.Tla.Syntax.FairnessKind.Weak, fairness.Kind);
        Assert.False(evaluator.Evaluate(Def(spec, "Spec"), [Int(0)]).Succeeded);

        // The checker enumerates the parts of the specification formula directly.
        var owner = Def(spec, "Spec");
        var initial = new Collector();
        Assert.Null(evaluator.EnumerateInitialStates(owner, body.Items[0], initial));
        Assert.Equal(["0"], initial.States.Select(Show));
        var successors = new Collector();
        Assert.Null(evaluator.EnumerateSuccessors(owner, box.Action, [Int(4)], successors));
        Assert.Equal(["5"], successors.States.Select(Show));
        Assert.Equal(["Next"], successors.Labels);
        Assert.True(evaluator.Evaluate(owner, fairness.Action, [Int(4)], [Int(5)]).IsTrue);
    }

    [Fact]
    public void Action_composition_goes_through_an_intermediate_state()
    {
        var (spec, evaluator) = Load("""
            VARIABLES x, y
            Inc == x' = x + 1 /\ y' = y
            Copy == y' = x /\ x' = x
            Both == (Inc \cdot Copy) /\ x > 0
            """);
        var collector = new Collector();
        Assert.Null(evaluator.EnumerateSuccessors(Def(spec, "Both"), [Int(1), Int(0)], collector));
        Assert.Equal(["2 2"], collector.States.Select(Show));
        Assert.True(evaluator.EvaluateAction(Def(spec, "Both"), [], [Int(1), Int(0)], [Int(2), Int(2)]).IsTrue);
        Assert.False(evaluator.EvaluateAction(Def(spec, "Both"), [], [Int(1), Int(0)], [Int(2), Int(1)]).IsTrue);
    }

    [Fact]
    public void Labels_carry_the_span_of_the_disjunct_as_TLC_prints_it()
    {
        // TLC printed for case 051: <Next line 13, col 12 to line 13, col 55 of module Spec> (and lines 14, 15).
        var load = SpecLoader.LoadFile(ConformanceCases.SpecPath("051_inv_deep"));
        var spec = load.Spec!;
        var evaluator = Model(spec, ("W", Int(20))).CreateEvaluator();
        var labels = new List<string>();
        var sink = new LabelSink(labels);
        var initial = new Collector();
        Assert.Null(evaluator.EnumerateInitialStates(Def(spec, "Init"), initial));
        Assert.Null(evaluator.EnumerateSuccessors(Def(spec, "Next"), initial.States[0], sink));
        Assert.Contains("Next line 13, col 12 to line 13, col 55 of module Spec", labels);
    }

    [Fact]
    public void Labels_name_the_innermost_action_with_its_arguments()
    {
        // TLC printed for case 050: <Check(p1) line 14, col 13 to line 17, col 29 of module Spec>.
        var load = SpecLoader.LoadFile(ConformanceCases.SpecPath("050_inv_naive_mutex"));
        var spec = load.Spec!;
        var evaluator = Model(spec, ("Procs", ModelValues("p1", "p2"))).CreateEvaluator();
        var initial = new Collector();
        Assert.Null(evaluator.EnumerateInitialStates(Def(spec, "Init"), initial));
        var labels = new List<string>();
        Assert.Null(evaluator.EnumerateSuccessors(Def(spec, "Next"), initial.States[0], new LabelSink(labels)));
        Assert.Contains("Check(p1) line 14, col 13 to line 17, col 29 of module Spec", labels);
    }

    private sealed class LabelSink(List<string> labels) : IStateSink
    {
        public bool OnState(Value[] state, in ActionInfo action)
        {
            labels.Add(action.ToTlcString());
            return true;
        }
    }

    [Fact]
    public void A_variable_passed_to_a_parameter_is_primed_and_assigned_through_it()
    {
        var (spec, evaluator) = Load("""
            VARIABLES x, y
            Bump(a) == a' = a + 1
            Next == Bump(x) /\ Bump(y)
            """);
        var collector = new Collector();
        Assert.Null(evaluator.EnumerateSuccessors(Def(spec, "Next"), [Int(1), Int(5)], collector));
        Assert.Equal(["2 6"], collector.States.Select(Show));
    }

    [Fact]
    public void Fairness_under_a_universal_quantifier_is_instantiated_per_element()
    {
        // Case 039: Spec == Init /\ [][Next]_vars /\ \A p \in {0, 1} : WF_vars(Proc(p))
        var load = SpecLoader.LoadFile(ConformanceCases.SpecPath("039_peterson_liveness"));
        var spec = load.Spec!;
        var evaluator = ModelContext.CreateWithoutConstants(spec).CreateEvaluator();
        var root = FormulaInstance.Root(Def(spec, "Spec"));
        var conjuncts = Assert.IsType<AndExpr>(root.Formula).Items;
        var (instances, error) = evaluator.Instantiate(root.Child(conjuncts[2]));
        Assert.Null(error);
        Assert.Equal(2, instances!.Count);
        var initial = new Collector();
        Assert.Null(evaluator.EnumerateInitialStates(root.Child(conjuncts[0]), initial));
        Assert.Single(initial.States);
        foreach (var instance in instances)
        {
            var fairness = Assert.IsType<FairnessExpr>(instance.Formula);
            var successors = new Collector();
            Assert.Null(evaluator.EnumerateSuccessors(instance.Child(fairness.Action), initial.States[0], successors));
            Assert.NotEmpty(successors.States);
            var body = evaluator.Expand(instance.Child(fairness.Action));
            Assert.Equal("Proc", body.Owner.Name);
        }

        var labels = new HashSet<string>();
        foreach (var instance in instances)
        {
            var successors = new Collector();
            evaluator.EnumerateSuccessors(instance.Child(((FairnessExpr)instance.Formula).Action), initial.States[0], successors);
            labels.UnionWith(successors.Labels);
        }

        Assert.Equal(["SetFlag(0)", "SetFlag(1)"], labels.Order()); // from the initial state only SetFlag is enabled
    }
}
