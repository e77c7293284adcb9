using GraphSpec.Oracle.Tla.Parsing;
using Xunit;

namespace GraphSpec.UnitTests.Parsing;

/// <summary>Every module of the conformance corpus parses, except the parse-error cases, which fail on SANY's line.</summary>
public class ConformanceCaseParsingTests
{
    /// <summary>Parse-error cases and the line SANY reports.</summary>
    private static readonly Dictionary<string, int> ExpectedErrorLines = new()
    {
        ["059_parse_missing_end"] = 8,
        ["060_parse_bad_operator"] = 11,
        ["062_parse_precedence_conflict"] = 11,
        ["063_parse_mod_plus_conflict"] = 13,
        ["065_parse_missing_else"] = 10,
    };

    public static IEnumerable<object[]> Modules() => ConformanceCases.AllModules();

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_parses_or_fails_at_SANYs_line(string caseName, string fileName)
    {
        string path = Path.Combine(caseName, fileName);
        var result = TlaParser.ParseModule(ConformanceCases.Read(caseName, fileName), path);
        if (ExpectedErrorLines.TryGetValue(caseName, out int line) && fileName == "Spec.tla")
        {
            Assert.Null(result.Module);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(line, diagnostic.Span.StartLine);
            Assert.Equal(path, diagnostic.Span.File);
        }
        else
        {
            Assert.Empty(result.Diagnostics);
            Assert.NotNull(result.Module);
            Assert.Equal(Path.GetFileNameWithoutExtension(fileName), result.Module!.Name.Name);
        }
    }

    [Fact]
    public void Corpus_contains_the_parse_error_cases()
    {
        var cases = ConformanceCases.AllModules().Select(m => (string)m[0]).ToHashSet();
        Assert.Superset(ExpectedErrorLines.Keys.ToHashSet(), cases);
    }
}
