namespace GraphSpec.PropertyTests;

/// <summary>
/// One generated parser input. <see cref="Origin"/> says how it was made (which spec, which
/// mutations) so that a failure report is readable without the (possibly huge) text.
/// </summary>
public sealed record ParserInput(string Origin, string Text)
{
    private const int ShownCharacters = 1500;

    /// <summary>FsCheck prints this for a counterexample: the origin and the start of the text.</summary>
    public override string ToString()
    {
        var shown = Text.Length <= ShownCharacters
            ? Text
            : Text[..ShownCharacters] + $"... ({Text.Length - ShownCharacters} more characters)";
        return $"{Origin}\n---\n{shown}\n---";
    }
}
