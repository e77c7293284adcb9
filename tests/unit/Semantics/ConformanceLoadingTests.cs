using System.Text.Json;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Semantics;

/// <summary>Every conformance case loads exactly when TLC's SANY accepted it.</summary>
public class ConformanceLoadingTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(ConformanceCases.Folder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_loads_unless_SANY_rejects_it(string caseName)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ConformanceCases.CaseFolder(caseName), "expected.json")));
        var root = json.RootElement;
        var sanyError = root.TryGetProperty("sany_error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        var result = SpecLoader.LoadFile(ConformanceCases.SpecPath(caseName));
        if (sanyError is null)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }
        else
        {
            Assert.False(result.Succeeded);
            var expectedKind = sanyError == "semantic" ? DiagnosticKind.Semantic : DiagnosticKind.Parse;
            Assert.Contains(result.Diagnostics, d => d.Kind == expectedKind);
        }
    }
}
