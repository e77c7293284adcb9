using System.Collections.Concurrent;
using System.Text;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Validation;

/// <summary>
/// The text of spec source spans, for failure messages: files are read once, on first use (only
/// when a failure is explained), and a span's text is returned on one line, whitespace collapsed.
/// </summary>
internal sealed class SourceText(Func<string, string?>? read = null)
{
    private const int MaxLength = 160;
    private readonly ConcurrentDictionary<string, string[]?> files = new(StringComparer.Ordinal);

    public string Of(SourceSpan span)
    {
        if (span.IsNone || Lines(span.File) is not { } lines || span.StartLine > lines.Length || span.EndLine > lines.Length)
        {
            return span.IsNone ? "?" : span.ToLocationString();
        }

        var text = new StringBuilder();
        for (var line = span.StartLine; line <= span.EndLine; line++)
        {
            var content = lines[line - 1];
            var from = line == span.StartLine ? Math.Min(span.StartColumn - 1, content.Length) : 0;
            var to = line == span.EndLine ? Math.Min(span.EndColumn, content.Length) : content.Length;
            text.Append(content, from, Math.Max(0, to - from)).Append(' ');
        }

        var collapsed = string.Join(' ', text.ToString().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= MaxLength ? collapsed : collapsed[..MaxLength] + " ...";
    }

    private string[]? Lines(string file) => files.GetOrAdd(file, path =>
    {
        try
        {
            if (read is not null)
            {
                return read(path)?.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            }

            return File.Exists(path) ? File.ReadAllLines(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    });
}
