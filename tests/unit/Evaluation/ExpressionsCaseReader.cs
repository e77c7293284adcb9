using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace GraphSpec.UnitTests.Evaluation;

/// <summary>
/// Reads the case format documented in <c>tests/unit/ExpressionCases/README.md</c>: expression
/// lines, then <c>==&gt; value</c> or <c>==&gt; error: substring</c>; an optional module first.
/// A malformed file is a test-authoring mistake and throws <see cref="FormatException"/> naming
/// the line.
/// </summary>
public static partial class ExpressionsCaseReader
{
    private const string ExpectationMarker = "==>";
    private const string ErrorPrefix = "error:";
    private const string ConfigPrefix = "cfg:";

    [GeneratedRegex(@"^\s*-{4,}\s*MODULE\s+(\w+)\s*-{4,}\s*$")]
    private static partial Regex ModuleHeader();

    [GeneratedRegex(@"^\s*={4,}\s*$")]
    private static partial Regex ModuleEnd();

    [GeneratedRegex(@"^error at (\d+):(\d+):(.*)$")]
    private static partial Regex PositionedError();

    public static ImmutableArray<ExpressionsCase> Read(string fileName, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var cases = ImmutableArray.CreateBuilder<ExpressionsCase>();
        var pending = new List<(int Line, string Text)>();
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var lineNumber = index + 1;
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith(ExpectationMarker, StringComparison.Ordinal))
            {
                cases.Add(MakeCase(fileName, lineNumber, pending, line[ExpectationMarker.Length..]));
                pending.Clear();
                continue;
            }

            pending.Add((lineNumber, line));
        }

        var leftover = Trim(pending);
        if (leftover.Count > 0)
        {
            throw new FormatException($"{fileName}:{leftover[0].Line}: case has no '==>' line");
        }

        return cases.ToImmutable();
    }

    private static ExpressionsCase MakeCase(
        string fileName, int markerLine, List<(int Line, string Text)> pending, string expectation)
    {
        var body = Trim(pending);
        if (body.Count == 0)
        {
            throw new FormatException($"{fileName}:{markerLine}: '==>' without an expression");
        }

        var module = ReadModule(fileName, body, out var expressionStart);
        var config = ReadConfig(body, ref expressionStart);
        var expressionLines = Trim(body.GetRange(expressionStart, body.Count - expressionStart));
        if (expressionLines.Count == 0)
        {
            throw new FormatException($"{fileName}:{markerLine}: the module is not followed by an expression");
        }

        var expression = string.Join("\n", expressionLines.Select(l => l.Text));
        return new ExpressionsCase(fileName, body[0].Line, module, config, expression, ParseExpectation(expectation));
    }

    private static ExpressionsCaseModule? ReadModule(
        string fileName, List<(int Line, string Text)> body, out int expressionStart)
    {
        expressionStart = 0;
        var header = ModuleHeader().Match(body[0].Text);
        if (!header.Success)
        {
            return null;
        }

        for (var i = 1; i < body.Count; i++)
        {
            if (ModuleEnd().IsMatch(body[i].Text))
            {
                expressionStart = i + 1;
                var text = string.Join("\n", body.Take(i + 1).Select(l => l.Text)) + "\n";
                return new ExpressionsCaseModule(header.Groups[1].Value, text);
            }
        }

        throw new FormatException($"{fileName}:{body[0].Line}: module has no closing '====' line");
    }

    /// <summary>The <c>cfg:</c> lines right after a module, without their prefix, as one cfg text.</summary>
    private static string? ReadConfig(List<(int Line, string Text)> body, ref int start)
    {
        var lines = new List<string>();
        while (start < body.Count && body[start].Text.StartsWith(ConfigPrefix, StringComparison.Ordinal))
        {
            lines.Add(body[start].Text[ConfigPrefix.Length..]);
            start++;
        }

        return lines.Count == 0 ? null : string.Join("\n", lines) + "\n";
    }

    private static ExpressionsExpectation ParseExpectation(string text)
    {
        var trimmed = text.Trim();
        var positioned = PositionedError().Match(trimmed);
        if (positioned.Success)
        {
            return new ExpressionsExpectation.Error(
                positioned.Groups[3].Value.Trim(), int.Parse(positioned.Groups[1].Value), int.Parse(positioned.Groups[2].Value));
        }

        return trimmed.StartsWith(ErrorPrefix, StringComparison.Ordinal)
            ? new ExpressionsExpectation.Error(trimmed[ErrorPrefix.Length..].Trim())
            : new ExpressionsExpectation.PrintedValue(trimmed);
    }

    /// <summary>Drops blank lines at both ends; blank lines inside are kept.</summary>
    private static List<(int Line, string Text)> Trim(List<(int Line, string Text)> lines)
    {
        var start = 0;
        var end = lines.Count;
        while (start < end && string.IsNullOrWhiteSpace(lines[start].Text))
        {
            start++;
        }

        while (end > start && string.IsNullOrWhiteSpace(lines[end - 1].Text))
        {
            end--;
        }

        return lines.GetRange(start, end - start);
    }
}
