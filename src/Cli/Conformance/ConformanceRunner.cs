using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Cli.Conformance;

/// <summary>
/// Runs GraphSpec on conformance case folders (each with <c>Spec.tla</c>, <c>Spec.cfg</c> and TLC's
/// <c>expected.json</c>) and judges each against TLC's result: the whole model check, or with
/// <c>frontEndOnly</c> just parsing, resolution and the cfg.
/// </summary>
internal static class ConformanceRunner
{
    /// <summary>The case folders under <paramref name="casesFolder"/>, in name order.</summary>
    public static IReadOnlyList<string> CaseFolders(string casesFolder)
    {
        var folders = Directory.GetDirectories(casesFolder);
        Array.Sort(folders, StringComparer.Ordinal);
        return folders;
    }

    /// <summary>Judges one case folder; a case whose files are missing or malformed disagrees, with the reason.</summary>
    public static CaseVerdict RunCase(string caseFolder, bool frontEndOnly, int workers)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(caseFolder));
        var (expected, error) = ExpectedResult.Read(Path.Combine(caseFolder, "expected.json"));
        if (expected is null)
        {
            return new CaseVerdict(name, "?", "not run", false, error);
        }
        if (frontEndOnly)
        {
            return CaseVerdict.Judge(name, expected, FrontEndDiagnostics(caseFolder));
        }
        // The spec's Print/PrintT output is not part of the verdict.
        var options = new CheckOptions { Workers = workers, PrintOutput = TextWriter.Null };
        var result = ModelChecker.CheckFiles(Path.Combine(caseFolder, "Spec.tla"), Path.Combine(caseFolder, "Spec.cfg"), options);
        return CheckVerdict.Judge(name, expected, result);
    }

    /// <summary>
    /// Everything the front end reports for the case: cfg syntax, then spec, then binding, then the
    /// constants' values (a <c>C &lt;- Def</c> definition is evaluated once, as TLC does at start-up).
    /// </summary>
    public static IReadOnlyList<Diagnostic> FrontEndDiagnostics(string caseFolder)
    {
        var bound = ModelLoader.LoadFiles(Path.Combine(caseFolder, "Spec.tla"), Path.Combine(caseFolder, "Spec.cfg"));
        return bound.Model is null ? bound.Diagnostics : bound.Model.CreateModelContext().Diagnostics;
    }
}
