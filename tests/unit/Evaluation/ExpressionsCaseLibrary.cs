using System.Collections.Immutable;
using Xunit;

namespace GraphSpec.UnitTests.Evaluation;

/// <summary>
/// Every case of <c>tests/unit/ExpressionCases/*.txt</c>, read once from the checkout (found by
/// walking up to <c>GraphSpec.sln</c>) and looked up by its <c>file:line</c> id.
/// </summary>
public static class ExpressionsCaseLibrary
{
    private static readonly Lazy<ImmutableDictionary<string, ExpressionsCase>> Cases = new(Load);

    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "unit", "ExpressionCases");

    public static ImmutableDictionary<string, ExpressionsCase> All => Cases.Value;

    public static ExpressionsCase Get(string id) => All[id];

    /// <summary>Case ids in file order, for xunit's MemberData (one test per case, named by its id).</summary>
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var c in Ordered())
        {
            data.Add(c.Id);
        }

        return data;
    }

    public static IEnumerable<ExpressionsCase> Ordered() =>
        All.Values.OrderBy(c => c.File, StringComparer.Ordinal).ThenBy(c => c.Line);

    private static ImmutableDictionary<string, ExpressionsCase> Load()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, ExpressionsCase>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Folder, "*.txt"))
        {
            foreach (var c in ExpressionsCaseReader.Read(Path.GetFileName(path), File.ReadAllText(path)))
            {
                builder.Add(c.Id, c);
            }
        }

        return builder.ToImmutable();
    }
}
