using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Traces;

/// <summary>
/// Reads a trace in the JSON Lines format of docs/trace-format.md: a header line, the initial
/// state line (<c>"i":0</c>), step lines numbered 1, 2, ... and one footer whose step count matches.
/// Never throws for bad input: the first problem is returned as one diagnostic with file:line:col.
/// Blank lines are skipped.
/// </summary>
public static class TraceReader
{
    /// <summary>Reads the trace file at <paramref name="path"/>.</summary>
    public static TraceReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail($"cannot read the trace {path}: {e.Message}", new SourceSpan(path, 0, 0, 0, 0));
        }

        return Read(bytes, path);
    }

    /// <summary>Reads a trace held in a string; <paramref name="file"/> names it in messages.</summary>
    public static TraceReadResult ReadText(string text, string file = "<trace>")
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(Encoding.UTF8.GetBytes(text), file);
    }

    /// <summary>Reads a trace from its UTF-8 bytes; <paramref name="file"/> names it in messages.</summary>
    public static TraceReadResult Read(ReadOnlySpan<byte> utf8, string file = "<trace>")
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var builder = new DocumentBuilder(file);
        var states = StateValueCache.ForNextTrace();
        var lineNumber = 0;
        while (!utf8.IsEmpty)
        {
            lineNumber++;
            var end = utf8.IndexOf((byte)'\n');
            var line = end < 0 ? utf8 : utf8[..end];
            utf8 = end < 0 ? [] : utf8[(end + 1)..];
            if (line.EndsWith((ReadOnlySpan<byte>)[(byte)'\r']))
            {
                line = line[..^1];
            }

            if (line.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t']).IsEmpty)
            {
                continue;
            }

            object parsed;
            try
            {
                parsed = TraceLineParser.Parse(line, states);
            }
            catch (TraceFormatException e)
            {
                return Fail(e.Message, Span(file, lineNumber, line, e.ByteOffset));
            }
            catch (JsonException e)
            {
                return Fail("malformed JSON: " + FirstSentence(e.Message), Span(file, lineNumber, line, e.BytePositionInLine ?? 0));
            }
            catch (EvaluationException e)
            {
                return Fail("bad value: " + e.Message.Replace('\n', ' '), Span(file, lineNumber, line, 0));
            }
            catch (InsufficientExecutionStackException)
            {
                return Fail("the line is nested too deeply", Span(file, lineNumber, line, 0));
            }

            if (builder.Add(parsed, new SourceSpan(file, lineNumber, 1, lineNumber, 1)) is { } error)
            {
                return new TraceReadResult(null, error);
            }
        }

        return builder.Finish(new SourceSpan(file, Math.Max(lineNumber, 1), 1, Math.Max(lineNumber, 1), 1));
    }

    private static TraceReadResult Fail(string message, SourceSpan span) => new(null, new TraceDiagnostic(message, span));

    // The column counts characters, not bytes, up to the offending token.
    private static SourceSpan Span(string file, int line, ReadOnlySpan<byte> text, long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, text.Length);
        var column = Encoding.UTF8.GetCharCount(text[..offset]) + 1;
        return new SourceSpan(file, line, column, line, column);
    }

    // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: 7." to its messages: the span says that already.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut].TrimEnd();
    }

    /// <summary>Checks the order of the lines as they come and assembles the document.</summary>
    private sealed class DocumentBuilder(string file)
    {
        private readonly ImmutableArray<TraceStep>.Builder steps = ImmutableArray.CreateBuilder<TraceStep>();
        private TraceHeader? header;
        private TraceFooter? footer;

        public TraceDiagnostic? Add(object line, SourceSpan at)
        {
            if (footer is not null)
            {
                return new TraceDiagnostic("nothing may follow the footer line", at);
            }

            switch (line)
            {
                case TraceHeader h when header is null:
                    header = h;
                    return null;
                case TraceHeader:
                    return new TraceDiagnostic("a second header line", at);
                case var _ when header is null:
                    return new TraceDiagnostic("the first line must be the header {\"trace\":\"graphspec/1\",...}", at);
                case TraceStep step:
                    return AddStep(step with { Location = at }, at);
                case TraceFooter f:
                    if (steps.Count == 0)
                    {
                        return new TraceDiagnostic("the footer comes before the initial state line", at);
                    }

                    if (f.Steps != steps.Count - 1)
                    {
                        return new TraceDiagnostic($"the footer says {f.Steps} steps, the trace has {steps.Count - 1}", at);
                    }

                    footer = f with { Location = at };
                    return null;
                default:
                    return new TraceDiagnostic("unrecognized line", at);
            }
        }

        private TraceDiagnostic? AddStep(TraceStep step, SourceSpan at)
        {
            if (step.Index != steps.Count)
            {
                return new TraceDiagnostic($"expected the state line \"i\":{steps.Count}, found \"i\":{step.Index}", at);
            }

            if (step.Index == 0)
            {
                if (step.Action != TraceStep.InitAction)
                {
                    return new TraceDiagnostic($"the initial state line has the action \"{TraceStep.InitAction}\", not \"{step.Action}\"", at);
                }

                if (step.State is null)
                {
                    return new TraceDiagnostic("the initial state line must give the state", at);
                }
            }

            steps.Add(step);
            return null;
        }

        public TraceReadResult Finish(SourceSpan end)
        {
            if (header is null)
            {
                return Fail("the trace is empty (no header line)", end);
            }

            if (steps.Count == 0)
            {
                return Fail("the trace has no initial state line", end);
            }

            if (footer is null)
            {
                return Fail("the trace has no footer line ({\"end\":...}): the run did not finish writing it", end);
            }

            return new TraceReadResult(new TraceDocument(header, steps.ToImmutable(), footer, file), null);
        }
    }
}
