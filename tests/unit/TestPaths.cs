using System.Runtime.CompilerServices;

namespace GraphSpec.UnitTests;

/// <summary>
/// Locates folders of the repository from a running test. Tests read their data (conformance
/// cases, fixtures) from the checkout, never from machine-specific paths, so that a fresh clone
/// runs the same tests.
/// </summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The folder holding <c>GraphSpec.sln</c>.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary><c>tests/conformance</c>: the conformance cases and benchmark specs.</summary>
    public static string Conformance => Path.Combine(RepositoryRoot, "tests", "conformance");

    /// <summary><c>tests/conformance/cases</c>: one folder per case with TLC's expected result.</summary>
    public static string ConformanceCases => Path.Combine(Conformance, "cases");

    /// <summary><c>tests/conformance/bench</c>: larger specs used for benchmarks.</summary>
    public static string ConformanceBench => Path.Combine(Conformance, "bench");

    /// <summary><c>tests/fixtures/tlc</c>: TLC's recorded output for the conformance cases.</summary>
    public static string TlcFixtures => Path.Combine(RepositoryRoot, "tests", "fixtures", "tlc");

    /// <summary>The folder of one conformance case, e.g. <c>CaseFolder("069_cfg_unknown_invariant")</c>.</summary>
    public static string CaseFolder(string caseName) => Path.Combine(ConformanceCases, caseName);

    /// <summary>The names of every conformance case folder, sorted.</summary>
    public static IReadOnlyList<string> CaseNames()
    {
        var names = Directory.GetDirectories(ConformanceCases)
            .Select(Path.GetFileName)
            .OfType<string>()
            .ToList();
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    // The build output normally lies inside the checkout; when GRAPHSPEC_BUILD_ROOT moves it
    // elsewhere, the working directory or this source file's compile-time path still lead home.
    private static string FindRepositoryRoot()
    {
        string[] starts = [AppContext.BaseDirectory, Environment.CurrentDirectory, ThisSourceFolder()];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GraphSpec.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException(
            $"GraphSpec.sln not found above {AppContext.BaseDirectory}; run the tests from a checkout.");
    }

    private static string ThisSourceFolder([CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path) ?? "";
}
