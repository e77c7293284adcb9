namespace GraphSpec.UnitTests.Semantics;

/// <summary>The conformance cases of the repository (tests/conformance/cases), via <see cref="TestPaths"/>.</summary>
internal static class ConformanceCases
{
    public static string Folder => TestPaths.ConformanceCases;

    public static string CaseFolder(string caseName) => TestPaths.CaseFolder(caseName);

    public static string SpecPath(string caseName) => Path.Combine(CaseFolder(caseName), "Spec.tla");
}
