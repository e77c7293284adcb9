using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Values.V;

namespace GraphSpec.UnitTests.Values;

/// <summary>Expected layouts follow TLC's <c>Values.ppr</c> rules (width 80), worked out by hand.</summary>
public class TlcPrettyPrinterTests
{
    [Fact]
    public void Short_values_are_unchanged() =>
        Assert.Equal("{1, 2}", TlcPrettyPrinter.Format(Ints(1, 2)));

    [Fact]
    public void Long_set_puts_one_element_per_line()
    {
        var set = FiniteSetValue.FromUnsorted(Enumerable.Range(10, 12).Select(i => (Value)Tuple(I(i), I(i))));
        string expected = "{ " + string.Join(",\n  ", Enumerable.Range(10, 12).Select(i => $"<<{i}, {i}>>")) + " }";
        Assert.Equal(expected, TlcPrettyPrinter.Format(set));
    }

    [Fact]
    public void Long_sequence_uses_three_column_padding()
    {
        string x = new('x', 30);
        string y = new('y', 30);
        string z = new('z', 30);
        Assert.Equal($"<< \"{x}\",\n   \"{y}\",\n   \"{z}\" >>", TlcPrettyPrinter.Format(Tuple(S(x), S(y), S(z))));
    }

    [Fact]
    public void Long_record_puts_one_field_per_line()
    {
        NameTable.InternAll(["ppalpha", "ppbeta"]);
        string text = new('x', 60);
        var record = Record(("ppbeta", I(7)), ("ppalpha", S(text)));
        Assert.Equal($"[ ppalpha |-> \"{text}\",\n  ppbeta |-> 7 ]", TlcPrettyPrinter.Format(record));
    }

    [Fact]
    public void Function_value_that_does_not_fit_after_its_argument_moves_to_the_next_line()
    {
        string text = new('x', 76);
        var function = FunctionValue.FromPairs([I(0), I(1)], [S(text), I(5)]);
        Assert.Equal($"( 0 :>\n      \"{text}\" @@\n  1 :> 5 )", TlcPrettyPrinter.Format(function));
    }

    [Fact]
    public void Text_tlc_cannot_read_back_is_printed_unchanged()
    {
        // TLC's reader stops at the underscore of a model value name and gives up.
        var set = FiniteSetValue.FromUnsorted(Enumerable.Range(0, 20).Select(i => (Value)M("ppmv_" + i)));
        string text = set.ToString();
        Assert.True(text.Length > 80);
        Assert.Equal(text, TlcPrettyPrinter.Format(set));
        Assert.Equal("SUBSET (1..7)", TlcPrettyPrinter.Format(PowerSetValue.Of(IntervalValue.Of(1, 7))));
    }

    [Fact]
    public void Error_messages_quote_long_values_with_line_breaks()
    {
        FunctionValue tuple = Tuple(Enumerable.Range(1, 30).Select(i => (Value)I(i)).ToArray());
        var error = Assert.Throws<EvaluationException>(() => tuple.Apply(I(99)));
        string layout = "<< " + string.Join(",\n   ", Enumerable.Range(1, 30)) + " >>";
        Assert.Equal("Attempted to access index 99 of tuple\n" + layout + "\nwhich is out of bounds.", error.Message);
    }
}
