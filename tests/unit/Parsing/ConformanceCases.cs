namespace GraphSpec.UnitTests.Parsing;

/// <summary>The conformance cases' modules, for the parser's corpus tests.</summary>
internal static class ConformanceCases
{
    public static string Folder => TestPaths.ConformanceCases;

    /// <summary>Every .tla file of every case, as (case name, file name) pairs.</summary>
    public static IEnumerable<object[]> AllModules()
    {
        foreach (string caseDir in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            foreach (string file in Directory.GetFiles(caseDir, "*.tla").Order(StringComparer.Ordinal))
            {
                yield return [Path.GetFileName(caseDir), Path.GetFileName(file)];
            }
        }
    }

    public static string Read(string caseName, string fileName) =>
        File.ReadAllText(Path.Combine(Folder, caseName, fileName));
}
