namespace GraphSpec.Oracle.Tla.Syntax;

/// <summary>
/// A region of a source file. Lines and columns are 1-based and inclusive at both ends, as TLC and
/// SANY print them ("line 5, col 9 to line 5, col 18 of module M").
/// </summary>
public readonly record struct SourceSpan(string File, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly SourceSpan None = new("", 0, 0, 0, 0);

    public bool IsNone => StartLine == 0;

    /// <summary>The smallest span covering both; both must be in the same file.</summary>
    public SourceSpan To(SourceSpan end) => new(File, StartLine, StartColumn, end.EndLine, end.EndColumn);

    /// <summary>The compiler-style prefix used by every diagnostic: <c>file:line:col</c>.</summary>
    public string ToLocationString() => $"{File}:{StartLine}:{StartColumn}";

    /// <summary>TLC's wording, e.g. <c>line 5, col 9 to line 5, col 18 of module M</c>.</summary>
    public string ToTlcString(string module) =>
        $"line {StartLine}, col {StartColumn} to line {EndLine}, col {EndColumn} of module {module}";

    public override string ToString() => ToLocationString();
}
