using GraphSpec.Cli.Conformance;
using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Conformance;

public class FrontEndDiagnosticsTests
{
    [Fact]
    public void Failing_constant_definition_is_an_evaluation_error()
    {
        var folder = Directory.CreateTempSubdirectory("graphspec-frontend-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "Spec.tla"),
                "---- MODULE Spec ----\nCONSTANT Lo\nVARIABLE x\nBad == CHOOSE v \\in {} : TRUE\nInit == x = Lo\nNext == x' = x\n====\n");
            File.WriteAllText(Path.Combine(folder.FullName, "Spec.cfg"), "CONSTANT Lo <- Bad\nINIT Init\nNEXT Next\n");
            var diagnostics = ConformanceRunner.FrontEndDiagnostics(folder.FullName);
            var error = Assert.Single(diagnostics);
            Assert.Equal(DiagnosticKind.Evaluation, error.Kind);
            Assert.Equal(4, error.Span.StartLine);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
