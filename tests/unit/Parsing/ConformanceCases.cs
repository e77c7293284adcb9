using System.Runtime.CompilerServices;

namespace GraphSpec.UnitTests.Parsing;

/// <summary>
/// Locates the conformance cases (Spec.tla + expected.json folders) in the repository,
/// tests/conformance/cases, by walking up from the test binaries and from this source file.
/// The last fallback, the shared design folder, is temporary: remove it once the cases are in the
/// repository on every branch.
/// </summary>
internal static class ConformanceCases
{
    private const string SharedFallback = "/work/shared/conformance/cases";

    public static string Folder { get; } = Locate();

    private static string Locate() =>
        FindUpwards(AppContext.BaseDirectory) ?? FindUpwards(ThisSourceDirectory()) ?? SharedFallback;

    private static string? FindUpwards(string? start)
    {
        for (var dir = start == null ? null : new DirectoryInfo(start); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "conformance", "cases");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static string? ThisSourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path);

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
