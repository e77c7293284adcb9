using GraphSpec.Oracle.Tla.Values;
using Xunit;

namespace GraphSpec.UnitTests.Values;

/// <summary>
/// The canonical printer's text depends only on the value: names are ordered ordinally, never by
/// when the process first met them (which decides TLC's own order).
/// </summary>
public sealed class CanonicalPrinterTests
{
    [Fact]
    public void Model_values_and_strings_in_a_set_are_ordered_by_name_whatever_was_interned_first()
    {
        // Interned in the order zeta, alpha (fresh names, unseen elsewhere in the test run).
        var zeta = ModelValue.Of("canonZeta");
        var alpha = ModelValue.Of("canonAlpha");
        var set = FiniteSetValue.Of(zeta, alpha);
        Assert.Equal("{canonAlpha, canonZeta}", CanonicalValuePrinter.Print(set));
        Assert.Equal("{\"canonS1\", \"canonS2\"}", CanonicalValuePrinter.Print(
            FiniteSetValue.Of(StringValue.Of("canonS2"), StringValue.Of("canonS1"))));
    }

    [Fact]
    public void Record_fields_are_ordered_by_name()
    {
        var record = FunctionValue.Record(["canonPc", "canonFn"], [IntValue.Of(2), IntValue.Of(1)]);
        Assert.Equal("[canonFn |-> 1, canonPc |-> 2]", CanonicalValuePrinter.Print(record));
    }

    [Fact]
    public void Functions_print_their_domain_in_canonical_order_and_sequences_keep_theirs()
    {
        var b = ModelValue.Of("canonB");
        var a = ModelValue.Of("canonA");
        var function = FunctionValue.FromPairs([b, a], [FiniteSetValue.Of(IntValue.Of(3), IntValue.Of(1)), BoolValue.True]);
        Assert.Equal("(canonA :> TRUE @@ canonB :> {1, 3})", CanonicalValuePrinter.Print(function));
        Assert.Equal("<<canonB, canonA>>", CanonicalValuePrinter.Print(FunctionValue.Sequence(b, a)));
    }

    [Fact]
    public void Nested_sets_sort_by_size_then_elements_and_equal_values_print_equally()
    {
        var nested = FiniteSetValue.Of(
            FiniteSetValue.Of(IntValue.Of(2), IntValue.Of(3)),
            FiniteSetValue.Of(IntValue.Of(5)),
            FiniteSetValue.Of(IntValue.Of(1), IntValue.Of(4)));
        Assert.Equal("{{5}, {1, 4}, {2, 3}}", CanonicalValuePrinter.Print(nested));

        // <<>> built as a sequence and as a function over the empty set are the same value.
        Assert.Equal(
            CanonicalValuePrinter.Print(FunctionValue.Sequence()),
            CanonicalValuePrinter.Print(FunctionValue.OverDomain(FiniteSetValue.Empty, [])));
    }

    [Fact]
    public void The_order_is_total_and_consistent_with_equality()
    {
        Value[] values =
        [
            BoolValue.False, IntValue.Of(-1), IntValue.Of(7), StringValue.Of("canonX"), ModelValue.Of("canonM"),
            FunctionValue.Sequence(IntValue.Of(1)), FiniteSetValue.Of(IntValue.Of(1)), FiniteSetValue.Empty,
        ];
        foreach (var x in values)
        {
            foreach (var y in values)
            {
                var xy = CanonicalOrder.Compare(x, y);
                Assert.Equal(-Math.Sign(CanonicalOrder.Compare(y, x)), Math.Sign(xy));
                Assert.Equal(ReferenceEquals(x, y), xy == 0);
            }
        }
    }
}
