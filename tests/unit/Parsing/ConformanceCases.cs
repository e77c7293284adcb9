namespace GraphSpec.UnitTests.Parsing;

/// <summary>
/// Locates the conformance cases (Spec.tla + expected.json folders). They are looked up in the
/// repository (tests/conformance/cases, found by walking up from the test binaries); the fallback
/// to the shared design folder is temporary, until the cases are copied into the repository.
/// </summary>
internal static class ConformanceCases
{
    private const string SharedFallback = "/work/shared/conformance/cases";

    public static string Folder { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "conformance", "cases");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return SharedFallback;
    }

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
