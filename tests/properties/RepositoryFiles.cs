using System.Runtime.CompilerServices;

namespace GraphSpec.PropertyTests;

/// <summary>
/// Finds data in the checkout (the folder holding <c>GraphSpec.sln</c>) from a running test,
/// starting from the build output, the working directory, or this source file's path.
/// </summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    /// <summary>Every <c>tests/conformance/cases/*/*.tla</c> file, sorted by path.</summary>
    public static IReadOnlyList<string> ConformanceSpecPaths()
    {
        var folder = Path.Combine(RepositoryRoot, "tests", "conformance", "cases");
        var paths = Directory.GetDirectories(folder)
            .SelectMany(dir => Directory.GetFiles(dir, "*.tla"))
            .ToList();
        paths.Sort(StringComparer.Ordinal);
        return paths;
    }

    private static string FindRoot()
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

        throw new InvalidOperationException($"GraphSpec.sln not found above {AppContext.BaseDirectory}");
    }

    private static string ThisSourceFolder([CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path) ?? "";
}
