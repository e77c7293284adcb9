using GraphSpec.Oracle.Checking;

namespace GraphSpec.Cli.ModelSuite;

/// <summary>
/// What a model's cfg says its check must end with (<c>\* expect: ...</c> on line 1): no error,
/// a deadlock, or the violation of one named invariant or property. The name is compared too, so
/// that a model catching the wrong invariant counts as a mismatch.
/// </summary>
internal sealed record ModelExpectation(CheckOutcome Outcome, string? Name)
{
    /// <summary>The forms accepted after <c>expect:</c>, for messages and the usage text.</summary>
    public const string Forms = "ok | deadlock | invariant <Name> | property <Name>";

    /// <summary>
    /// Parses the text after <c>expect:</c>. A trailing note in parentheses is allowed and ignored
    /// (<c>invariant NeverParked (reachability witness)</c>).
    /// </summary>
    public static (ModelExpectation? Expectation, string? Error) Parse(string text)
    {
        var body = text.Trim();
        var note = body.IndexOf('(', StringComparison.Ordinal);
        if (note >= 0)
        {
            if (!body.EndsWith(')'))
            {
                return (null, $"unclosed note in parentheses in '{text.Trim()}'");
            }

            body = body[..note].TrimEnd();
        }

        var words = body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return (null, $"empty expectation (expected {Forms})");
        }

        switch (words[0])
        {
            case "ok" or "deadlock" when words.Length == 1:
                return (new ModelExpectation(words[0] == "ok" ? CheckOutcome.Ok : CheckOutcome.Deadlock, null), null);
            case "ok" or "deadlock":
                return (null, $"'{words[0]}' takes no name, found '{string.Join(' ', words[1..])}'");
            case "invariant" or "property" when words.Length == 2 && IsIdentifier(words[1]):
                return (new ModelExpectation(words[0] == "invariant" ? CheckOutcome.Invariant : CheckOutcome.Property, words[1]), null);
            case "invariant" or "property" when words.Length == 1:
                return (null, $"'{words[0]}' needs the name of the {words[0]} that must be violated");
            case "invariant" or "property":
                return (null, $"'{words[0]}' takes one name, found '{string.Join(' ', words[1..])}'");
            default:
                return (null, $"unknown expectation '{body}' (expected {Forms})");
        }
    }

    /// <summary>True when the result is this outcome and, for a violation, of this name.</summary>
    public bool IsMetBy(CheckResult result) =>
        result.Outcome == Outcome && (Name is null || string.Equals(result.ViolatedName, Name, StringComparison.Ordinal));

    /// <summary>How a result reads in the "got" column: <c>ok</c>, <c>invariant TypeOK</c>, <c>eval_error</c>, ...</summary>
    public static string Describe(CheckResult result) =>
        result.Outcome is CheckOutcome.Invariant or CheckOutcome.Property && result.ViolatedName is { } name
            ? $"{result.Outcome.Name()} {name}"
            : result.Outcome.Name();

    public override string ToString() => Name is null ? Outcome.Name() : $"{Outcome.Name()} {Name}";

    // A TLA+ identifier: letters, digits and underscores with at least one letter.
    private static bool IsIdentifier(string word)
    {
        var hasLetter = false;
        foreach (var c in word)
        {
            if (char.IsAsciiLetter(c))
            {
                hasLetter = true;
            }
            else if (!char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }

        return hasLetter;
    }
}
