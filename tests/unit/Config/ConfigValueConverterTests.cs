using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Values;
using Xunit;

namespace GraphSpec.UnitTests.Config;

public class ConfigValueConverterTests
{
    private static Value Convert(string cfgValue)
    {
        var result = CfgParser.Parse($"CONSTANT C = {cfgValue}", "M.cfg");
        Assert.Empty(result.Diagnostics);
        var assignment = Assert.IsType<ConstantAssignment>(Assert.Single(result.Config!.Constants));
        return ConfigValueConverter.ToValue(assignment.Value);
    }

    [Theory]
    [InlineData("20", "20")]
    [InlineData("\"node\"", "\"node\"")]
    [InlineData("FALSE", "FALSE")]
    [InlineData("p1", "p1")]
    [InlineData("{}", "{}")]
    [InlineData("{3, 1, 2, 1}", "{1, 2, 3}")]
    [InlineData("{{2}, {}, {1, 2}}", "{{}, {2}, {1, 2}}")]
    [InlineData("{TRUE, FALSE}", "{FALSE, TRUE}")]
    public void Values_print_as_TLC_prints_them(string cfgValue, string printed) =>
        Assert.Equal(printed, Convert(cfgValue).ToString());

    [Fact]
    public void Model_values_are_model_values_and_equal_only_themselves()
    {
        var p1 = Assert.IsType<ModelValue>(Convert("p1"));
        Assert.Equal("p1", p1.Name);
        Assert.Equal(ModelValue.Of("p1"), p1);
        Assert.NotEqual<Value>(ModelValue.Of("p2"), p1);
        Assert.NotEqual<Value>(StringValue.Of("p1"), p1);
    }

    [Fact]
    public void A_set_of_model_values_is_a_set_with_those_elements()
    {
        var set = Assert.IsType<FiniteSetValue>(Convert("{p3, p1, p2}"));
        Assert.Equal(3, set.Count);
        Assert.Equal(FiniteSetValue.Of(ModelValue.Of("p1"), ModelValue.Of("p2"), ModelValue.Of("p3")), set);
    }
}
