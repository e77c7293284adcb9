using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tlc.Output;

/// <summary>
/// Turns SANY's plain-text report (printed outside any <c>-tool</c> envelope) into diagnostics:
/// <c>***Parse Error***</c> blocks and <c>Semantic errors:</c> lists, with their positions.
/// </summary>
public static partial class SanyReport
{
    public static ImmutableArray<Diagnostic> Diagnostics(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var module = "";
        foreach (var line in lines)
        {
            var file = FilePattern().Match(line);
            if (file.Success)
            {
                module = file.Groups["module"].Value;
            }
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith("***Parse Error***", StringComparison.Ordinal))
            {
                diagnostics.Add(ParseError(lines, i + 1, module));
            }
            else if (lines[i].StartsWith("Semantic errors:", StringComparison.Ordinal))
            {
                diagnostics.AddRange(SemanticErrors(lines, i + 1));
            }
        }

        if (diagnostics.Count == 0)
        {
            // Another SANY failure (a missing module, ...): its first line says what went wrong.
            var first = lines.FirstOrDefault(l => l.Trim().Length > 0) ?? "Parsing or semantic analysis failed.";
            var range = TlcSourceRange.Find(first);
            diagnostics.Add(new Diagnostic(DiagnosticKind.Parse, first.Trim(), range?.Span ?? SourceSpan.None));
        }

        return diagnostics.ToImmutable();
    }

    private static Diagnostic ParseError(IReadOnlyList<string> lines, int start, string module)
    {
        var message = new List<string>();
        for (var i = start; i < lines.Count && !lines[i].StartsWith("Residual stack trace", StringComparison.Ordinal)
            && !lines[i].StartsWith("Fatal errors", StringComparison.Ordinal); i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                message.Add(lines[i].Trim());
            }
        }

        var text = string.Join(" ", message);
        var span = TlcSourceRange.Find(text)?.Span ?? SourceSpan.None;
        if (!span.IsNone && span.File.Length == 0 && module.Length > 0)
        {
            span = span with { File = module + ".tla" };
        }

        return new Diagnostic(DiagnosticKind.Parse, text, span);
    }

    private static List<Diagnostic> SemanticErrors(IReadOnlyList<string> lines, int start)
    {
        // Each error is a range line "line L, col C to ... of module M" followed by its message lines.
        var found = new List<Diagnostic>();
        for (var i = start; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith("line ", StringComparison.Ordinal) || TlcSourceRange.Find(lines[i]) is not { } range)
            {
                continue;
            }

            var message = new List<string>();
            var j = i + 1;
            for (; j < lines.Count && !lines[j].StartsWith("line ", StringComparison.Ordinal); j++)
            {
                if (lines[j].Trim().Length > 0)
                {
                    message.Add(lines[j].Trim());
                }
            }

            found.Add(new Diagnostic(DiagnosticKind.Semantic, string.Join(" ", message), range.Span));
            i = j - 1;
        }

        return found;
    }

    [GeneratedRegex(@"while parsing TLA\+ spec in file (?<module>\S+)")]
    private static partial Regex FilePattern();
}
