using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Parsing;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.PropertyTests;

/// <summary>
/// Runs one parse on its own background thread with a time limit, and checks the robustness
/// contract of <see cref="TlaParser"/>: the call returns (no exception, no hang), and it returns
/// a tree or at least one diagnostic, every diagnostic being a located message rather than an
/// internal failure. A hang fails the property instead of hanging the test run; the stuck thread
/// is a background thread and dies with the process.
/// </summary>
public static class BoundedParse
{
    /// <summary>
    /// Generous: a parse of these inputs takes milliseconds (the 50,000-deep ones under a second),
    /// but CI machines share cores, and a hang is caught at any limit.
    /// </summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    private const string FileName = "Input.tla";

    public static void Module(ParserInput input) =>
        Run(input, "ParseModule", text =>
        {
            var result = TlaParser.ParseModule(text, FileName);
            return (result.Module is not null, result.Diagnostics);
        });

    public static void Expression(ParserInput input) =>
        Run(input, "ParseExpression", text =>
        {
            var result = TlaParser.ParseExpression(text, FileName);
            return (result.Expression is not null, result.Diagnostics);
        });

    private static void Run(
        ParserInput input, string entryPoint, Func<string, (bool HasTree, ImmutableArray<Diagnostic> Diagnostics)> parse)
    {
        (bool HasTree, ImmutableArray<Diagnostic> Diagnostics)? outcome = null;
        Exception? escaped = null;
        var thread = new Thread(() =>
        {
            try
            {
                outcome = parse(input.Text);
            }
            catch (Exception e)
            {
                escaped = e;
            }
        })
        { IsBackground = true, Name = "bounded parse" };
        thread.Start();
        if (!thread.Join(Limit))
        {
            throw new ParserContractViolation($"{entryPoint} did not finish within {Limit.TotalSeconds} s");
        }

        if (escaped is not null)
        {
            throw new ParserContractViolation($"{entryPoint} threw {escaped.GetType().Name}: {escaped.Message}");
        }

        var (hasTree, diagnostics) = outcome!.Value;
        if (!hasTree && diagnostics.IsDefaultOrEmpty)
        {
            throw new ParserContractViolation($"{entryPoint} returned neither a tree nor a diagnostic");
        }

        var lineCount = input.Text.Count(c => c == '\n') + 1;
        foreach (var diagnostic in diagnostics)
        {
            CheckDiagnostic(entryPoint, diagnostic, lineCount);
        }
    }

    private static void CheckDiagnostic(string entryPoint, Diagnostic diagnostic, int lineCount)
    {
        if (string.IsNullOrWhiteSpace(diagnostic.Message))
        {
            throw new ParserContractViolation($"{entryPoint} gave a diagnostic without a message");
        }

        // TlaParser turns an exception it did not foresee into this message; it is a parser bug.
        if (diagnostic.Message.StartsWith("internal parser error", StringComparison.OrdinalIgnoreCase))
        {
            throw new ParserContractViolation($"{entryPoint}: {diagnostic}");
        }

        var span = diagnostic.Span;
        if (span.File != FileName || span.StartLine < 1 || span.StartLine > lineCount + 1 || span.StartColumn < 1)
        {
            throw new ParserContractViolation($"{entryPoint} gave a diagnostic with a bad position: {diagnostic}");
        }
    }
}

/// <summary>A broken robustness contract; FsCheck reports its message with the input and the seed.</summary>
public sealed class ParserContractViolation(string message) : Exception(message);
