using GraphSpec.Oracle.Tlc.Output;
using Xunit;

namespace GraphSpec.UnitTests.Tlc;

/// <summary>Output cut short, corrupted or hostile gives a result or one error message, never an exception.</summary>
public class TlcOutputRobustnessTests
{
    public static TheoryData<string> Cases() => [.. TlcTranscripts.ConformanceCases()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Truncated_transcripts_never_throw(string caseName)
    {
        var output = TlcTranscripts.Output(caseName);
        for (var length = 0; length < output.Length; length += Math.Max(1, output.Length / 97))
        {
            var (result, error) = TlcOutputParser.Parse(output[..length], 1);
            Assert.True(result is not null ^ error is not null, $"cut at {length}");
        }
    }

    [Theory]
    [InlineData("@!@!@STARTMSG 99999999999999:1 @!@!@\nx\n@!@!@ENDMSG 99999999999999 @!@!@\n")]
    [InlineData("@!@!@STARTMSG 2262:0 @!@!@\nTLC2\n@!@!@ENDMSG 2262 @!@!@\n@!@!@STARTMSG 2199:0 @!@!@\n99999999999999999999999 states generated, 1 distinct states found, 0 states left on queue.\n@!@!@ENDMSG 2199 @!@!@\n")]
    [InlineData("@!@!@STARTMSG 2262:0 @!@!@\nTLC2\n@!@!@ENDMSG 2262 @!@!@\n@!@!@STARTMSG 2217:4 @!@!@\n99999999999: <Initial predicate>\nx = 1\n@!@!@ENDMSG 2217 @!@!@\n")]
    [InlineData("@!@!@STARTMSG 2262:0 @!@!@\nTLC2\n@!@!@ENDMSG 2262 @!@!@\n@!@!@STARTMSG 2217:4 @!@!@\n1: <Initial predicate>\nx = (1 :> 2 @@ 1 :> 3)\n@!@!@ENDMSG 2217 @!@!@\n")]
    [InlineData("@!@!@ENDMSG 2262 @!@!@\n@!@!@STARTMSG 2193:0 @!@!@\n")]
    public void Hostile_output_is_an_error_not_an_exception(string output)
    {
        var (result, error) = TlcOutputParser.Parse(output, 0);
        Assert.Null(result);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Deeply_nested_value_is_an_error()
    {
        var value = new string('{', 5000) + new string('}', 5000);
        var (parsed, error) = TlcValueParser.Parse(value);
        Assert.Null(parsed);
        Assert.Equal("TLC value, offset 200: the value is nested too deeply", error);
    }

    [Theory]
    [InlineData("{1, 2, 2}", "{1, 2}")]
    [InlineData("<<\"a\\\"b\", -3>>", "<<\"a\\\"b\", -3>>")]
    [InlineData("[b |-> {}, a |-> <<>>]", null)]
    [InlineData("(A :> 1 @@ B :> TRUE)", "(A :> 1 @@ B :> TRUE)")]
    [InlineData("12345678901234567890123", "12345678901234567890123")]
    public void Values_read_back_as_TLC_prints_them(string text, string? printed)
    {
        var (value, error) = TlcValueParser.Parse(text);
        Assert.True(value is not null, error);

        // Records print in the process's field order (not alphabetical): only check a round trip for them.
        var (again, _) = TlcValueParser.Parse(value.ToString());
        Assert.Equal(value, again);
        if (printed is not null)
        {
            Assert.Equal(printed, value.ToString());
        }
    }
}
