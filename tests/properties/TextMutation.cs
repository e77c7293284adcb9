using System.Text;
using System.Text.RegularExpressions;

namespace GraphSpec.PropertyTests;

/// <summary>What a <see cref="TextMutation"/> does to a text.</summary>
public enum MutationKind
{
    DeleteCharacters,
    DuplicateCharacters,
    DeleteToken,
    DuplicateToken,
    SwapTokens,
    InsertToken,
    Truncate,
    Reindent,
    InsertDeepNesting,
    AddDeepDefinition,
}

/// <summary>
/// One deterministic edit of a text. The numbers are raw random choices, reduced modulo the
/// text's size when applied, so any mutation applies to any text.
/// </summary>
public sealed partial record TextMutation(MutationKind Kind, int A, int B, string Token, int Depth)
{
    /// <summary>Bullet nesting grows quadratically in text size; this keeps it small.</summary>
    private const int MaxBulletDepth = 300;

    [GeneratedRegex(@"\s+|[A-Za-z0-9_]+|\\[A-Za-z]+|""[^""\n]*""|.", RegexOptions.Singleline)]
    private static partial Regex Pieces();

    public string Apply(string text) => Kind switch
    {
        MutationKind.DeleteCharacters => text.Length == 0 ? text : text.Remove(A % text.Length, Math.Min(1 + (B % 20), text.Length - (A % text.Length))),
        MutationKind.DuplicateCharacters => DuplicateCharacters(text),
        MutationKind.DeleteToken => EditTokens(text, (tokens, n) => tokens.RemoveAt(n[A % n.Count])),
        MutationKind.DuplicateToken => EditTokens(text, (tokens, n) => tokens.Insert(n[A % n.Count], tokens[n[A % n.Count]])),
        MutationKind.SwapTokens => EditTokens(text, (tokens, n) => (tokens[n[A % n.Count]], tokens[n[B % n.Count]]) = (tokens[n[B % n.Count]], tokens[n[A % n.Count]])),
        MutationKind.InsertToken => EditTokens(text, (tokens, n) => tokens.Insert(n[A % n.Count], " " + Token + " ")),
        MutationKind.Truncate => text[..(A % (text.Length + 1))],
        MutationKind.Reindent => Reindent(text),
        MutationKind.InsertDeepNesting => EditTokens(text, (tokens, n) => tokens.Insert(n[A % n.Count], " " + Nested(B, Depth) + " ")),
        MutationKind.AddDeepDefinition => AddDefinition(text, "Deep ==\n  " + Nested(B, Depth) + "\n"),
        _ => text,
    };

    public override string ToString() => $"{Kind}(a={A}, b={B}, token={Token}, depth={Depth})";

    /// <summary>A construct nested <paramref name="depth"/> levels deep; <paramref name="shape"/> picks which.</summary>
    public static string Nested(int shape, int depth) => (shape % 10) switch
    {
        0 => Repeat("(", depth) + "1" + Repeat(")", depth),
        1 => Repeat("(", depth) + "1",
        2 => Repeat("~", depth) + "TRUE",
        3 => Repeat("{", depth) + Repeat("}", depth),
        4 => Repeat("<<", depth) + Repeat(">>", depth),
        5 => Repeat("IF TRUE THEN ", depth) + "1" + Repeat(" ELSE 0", depth),
        6 => Repeat("- ", depth) + "1",
        7 => Repeat("LET a == 1 IN ", depth) + "a",
        8 => Repeat("[x \\in S |-> ", depth) + "x" + Repeat("]", depth),
        _ => Bullets(Math.Min(depth, MaxBulletDepth)),
    };

    private static string Bullets(int depth)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append('\n').Append(' ', 2 + (2 * i)).Append(i % 2 == 0 ? "/\\ TRUE" : "\\/ FALSE");
            builder.Append('\n').Append(' ', 2 + (2 * i)).Append(i % 2 == 0 ? "/\\" : "\\/");
        }

        return builder.Append(" TRUE").ToString();
    }

    private static string Repeat(string piece, int count) => new StringBuilder(piece.Length * count).Insert(0, piece, count).ToString();

    private string DuplicateCharacters(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var start = A % text.Length;
        var count = Math.Min(1 + (B % 60), text.Length - start);
        return text.Insert(start, text.Substring(start, count));
    }

    /// <summary>Applies <paramref name="edit"/> to the list of pieces, given the indices of the non-blank ones.</summary>
    private static string EditTokens(string text, Action<List<string>, List<int>> edit)
    {
        var pieces = Pieces().Matches(text).Select(m => m.Value).ToList();
        var tokenIndices = new List<int>();
        for (var i = 0; i < pieces.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(pieces[i]))
            {
                tokenIndices.Add(i);
            }
        }

        if (tokenIndices.Count == 0)
        {
            pieces.Add(" ");
            tokenIndices.Add(0);
        }

        edit(pieces, tokenIndices);
        return string.Concat(pieces);
    }

    /// <summary>Moves a line, preferably a bullet line, to another indentation.</summary>
    private string Reindent(string text)
    {
        var lines = text.Split('\n');
        var bulletLines = Enumerable.Range(0, lines.Length)
            .Where(i => lines[i].TrimStart().StartsWith("/\\", StringComparison.Ordinal) || lines[i].TrimStart().StartsWith("\\/", StringComparison.Ordinal))
            .ToList();
        var index = bulletLines.Count > 0 ? bulletLines[A % bulletLines.Count] : A % lines.Length;
        lines[index] = new string(' ', B % 16) + lines[index].TrimStart();
        return string.Join('\n', lines);
    }

    private static string AddDefinition(string text, string definition)
    {
        var end = text.LastIndexOf("====", StringComparison.Ordinal);
        return end < 0 ? text + "\n" + definition : text.Insert(end, definition);
    }
}
