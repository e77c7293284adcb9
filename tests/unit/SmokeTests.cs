using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests;

public class OperatorSymbolTests
{
    [Theory]
    [InlineData("\\land", "/\\")]
    [InlineData("#", "/=")]
    [InlineData("\\union", "\\cup")]
    [InlineData("+", "+")]
    public void Canonical_maps_synonyms(string written, string canonical) =>
        Assert.Equal(canonical, OperatorSymbols.Canonical(written));
}
