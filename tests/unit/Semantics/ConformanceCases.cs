namespace GraphSpec.UnitTests.Semantics;

/// <summary>Finds the conformance cases: tests/conformance/cases in the repository, else the shared copy.</summary>
internal static class ConformanceCases
{
    private const string SharedFallback = "/work/shared/conformance/cases";

    public static string Folder { get; } = Locate();

    public static string CaseFolder(string caseName) => Path.Combine(Folder, caseName);

    public static string SpecPath(string caseName) => Path.Combine(CaseFolder(caseName), "Spec.tla");

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "conformance", "cases");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return SharedFallback;
    }
}
