using System.Numerics;
using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Values.V;

namespace GraphSpec.UnitTests.Values;

public class PrintingTests
{
    [Fact]
    public void Booleans_print_in_capitals()
    {
        Assert.Equal("TRUE", BoolValue.True.ToString());
        Assert.Equal("FALSE", BoolValue.False.ToString());
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(42, "42")]
    [InlineData(-3, "-3")]
    [InlineData(long.MinValue, "-9223372036854775808")]
    public void Integers_print_in_decimal(long value, string expected) => Assert.Equal(expected, I(value).ToString());

    [Fact]
    public void Big_integers_print_all_digits() =>
        Assert.Equal("1180591620717411303424", IntValue.Of(BigInteger.Pow(2, 70)).ToString());

    [Fact]
    public void Strings_print_quoted_with_escapes() =>
        Assert.Equal("\"a\\\"b\\\\c\\nd\\te\"", S("a\"b\\c\nd\te").ToString());

    [Fact]
    public void Model_values_print_bare() => Assert.Equal("p1", M("p1").ToString());

    [Fact]
    public void Empty_set_prints_as_braces() => Assert.Equal("{}", FiniteSetValue.Empty.ToString());

    [Fact]
    public void Set_of_integers_prints_sorted() =>
        // The Values fixture: set' = set \cup {n, n + 10} printed as {0, 1, 10, 11}.
        Assert.Equal("{0, 1, 10, 11}", Ints(10, 0, 11, 1).ToString());

    [Fact]
    public void Empty_sequence_prints_as_empty_tuple() => Assert.Equal("<<>>", Tuple().ToString());

    [Fact]
    public void Tuples_print_with_angle_brackets() =>
        Assert.Equal("<<1, \"a\", <<TRUE>>>>", Tuple(I(1), S("a"), Tuple(B(true))).ToString());

    [Fact]
    public void Function_over_zero_and_one_prints_with_colon_greater_and_double_at() =>
        // NaiveMutex fixture: flag = (0 :> FALSE @@ 1 :> FALSE)
        Assert.Equal("(0 :> FALSE @@ 1 :> TRUE)",
            FunctionValue.OverDomain(IntervalValue.Of(0, 1), [B(false), B(true)]).ToString());

    [Fact]
    public void One_element_function_not_on_one_prints_in_parentheses() =>
        Assert.Equal("(0 :> FALSE)", FunctionOperations.SingletonFunction(I(0), B(false)).ToString());

    [Fact]
    public void Function_over_one_prints_as_a_tuple() =>
        Assert.Equal("<<\"a\">>", FunctionOperations.SingletonFunction(I(1), S("a")).ToString());

    [Fact]
    public void Function_over_model_values_prints_in_domain_order()
    {
        string[] names = FreshNames("print_mv", "p1", "p2", "p3");
        var procs = Set(M(names[2]), M(names[0]), M(names[1]));
        var pc = FunctionValue.OverDomain(procs, [S("cs"), S("set"), S("idle")]);
        Assert.Equal($"({names[0]} :> \"cs\" @@ {names[1]} :> \"set\" @@ {names[2]} :> \"idle\")", pc.ToString());
    }

    [Fact]
    public void Record_fields_print_in_first_seen_order_not_alphabetically()
    {
        // The Values fixture prints [phase |-> "init", count |-> 0]: "phase" is seen before "count".
        string[] names = FreshNames("print_rec", "phase", "count");
        var record = FunctionValue.Record([names[1], names[0]], [I(0), S("init")]);
        Assert.Equal($"[{names[0]} |-> \"init\", {names[1]} |-> 0]", record.ToString());
    }

    [Fact]
    public void Function_over_name_strings_prints_as_record()
    {
        // The Values fixture: fun = [k \in {"a", "b"} |-> 0] is printed [a |-> 0, b |-> 0].
        string[] names = FreshNames("print_fun", "a", "b");
        var fun = FunctionValue.OverDomain(Set(S(names[0]), S(names[1])), [I(0), I(0)]);
        Assert.Equal($"[{names[0]} |-> 0, {names[1]} |-> 0]", fun.ToString());
    }

    [Fact]
    public void Function_over_strings_that_are_not_names_prints_with_colon_greater()
    {
        var fun = FunctionOperations.SingletonFunction(S("a b"), I(1));
        Assert.Equal("(\"a b\" :> 1)", fun.ToString());
    }

    [Fact]
    public void Function_over_two_and_three_prints_with_colon_greater() =>
        Assert.Equal("(2 :> \"x\" @@ 3 :> \"y\")",
            FunctionValue.FromPairs([I(3), I(2)], [S("y"), S("x")]).ToString());

    [Fact]
    public void Interval_prints_as_dots() => Assert.Equal("1..3", IntervalValue.Of(1, 3).ToString());

    [Fact]
    public void Empty_interval_prints_as_empty_set() => Assert.Equal("{}", IntervalValue.Of(3, 1).ToString());

    [Fact]
    public void Small_powerset_prints_enumerated() =>
        Assert.Equal("{{}, {1}, {2}, {1, 2}}", PowerSetValue.Of(Ints(1, 2)).ToString());

    [Fact]
    public void Large_powerset_of_interval_prints_symbolically_with_parentheses() =>
        Assert.Equal("SUBSET (1..7)", PowerSetValue.Of(IntervalValue.Of(1, 7)).ToString());

    [Fact]
    public void Small_function_set_prints_enumerated_tuples() =>
        Assert.Equal("{<<FALSE, FALSE>>, <<FALSE, TRUE>>, <<TRUE, FALSE>>, <<TRUE, TRUE>>}",
            FunctionSetValue.Of(Ints(1, 2), FiniteSetValue.Boolean).ToString());

    [Fact]
    public void Large_function_set_prints_symbolically() =>
        Assert.Equal("[1..20 -> {0, 1}]", FunctionSetValue.Of(IntervalValue.Of(1, 20), Ints(0, 1)).ToString());

    [Fact]
    public void Small_record_set_prints_enumerated()
    {
        string[] n = FreshNames("print_rs", "a", "b");
        var set = RecordSetValue.Of([n[1], n[0]], [Ints(2, 3), Ints(1)]);
        Assert.Equal($"{{[{n[0]} |-> 1, {n[1]} |-> 2], [{n[0]} |-> 1, {n[1]} |-> 3]}}", set.ToString());
    }

    [Fact]
    public void Small_product_prints_enumerated() =>
        Assert.Equal("{<<1, \"x\">>, <<2, \"x\">>}", ProductSetValue.Of(Ints(2, 1), Set(S("x"))).ToString());

    [Fact]
    public void Large_product_prints_symbolically_in_parentheses() =>
        Assert.Equal("(1..50 \\X 1..50)", ProductSetValue.Of(IntervalValue.Of(1, 50), IntervalValue.Of(1, 50)).ToString());

    [Fact]
    public void Large_record_set_prints_symbolically()
    {
        string[] n = FreshNames("print_rs_large", "a", "b");
        var set = RecordSetValue.Of([n[1], n[0]], [IntervalValue.Of(1, 50), IntervalValue.Of(1, 50)]);
        Assert.Equal($"[{n[0]}: 1..50, {n[1]}: 1..50]", set.ToString());
    }

    [Fact]
    public void Infinite_sets_print_by_name()
    {
        Assert.Equal("Nat", NaturalsSetValue.Instance.ToString());
        Assert.Equal("Int", IntegersSetValue.Instance.ToString());
        Assert.Equal("STRING", StringsSetValue.Instance.ToString());
        Assert.Equal("Seq({1, 2})", SequenceSetValue.Of(Ints(1, 2)).ToString());
    }

    [Fact]
    public void Permutations_print_as_set_of_tuples() =>
        // StdMods fixture: Print(<<"stdmods ok", Permutations({1, 2})>>, TRUE) printed {<<1, 2>>, <<2, 1>>}.
        Assert.Equal("<<\"stdmods ok\", {<<1, 2>>, <<2, 1>>}>>",
            Tuple(S("stdmods ok"), TlcOperations.Permutations(Ints(1, 2))).ToString());

    [Fact]
    public void ToString_of_tuple_matches_tlc() =>
        // Conformance case 012: ToString(<<1, "x">>) = "<<1, \"x\">>"
        Assert.Equal("<<1, \"x\">>", TlcOperations.ToStringValue(Tuple(I(1), S("x"))).Text);

    [Fact]
    public void Nested_sets_print_in_normal_order() =>
        Assert.Equal("{{}, {3}, {1, 2}}", Set(Ints(1, 2), Ints(3), FiniteSetValue.Empty).ToString());
}
