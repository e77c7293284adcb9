using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// The texts of TLC's evaluation errors raised by standard-module operators, so that every
/// operator words the same problem the same way (and the way TLC does).
/// </summary>
internal static class TlcMessages
{
    /// <summary>"first", "second", ... for a 1-based argument position.</summary>
    public static string Ordinal(int position) => position switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        _ => position.ToString(System.Globalization.CultureInfo.InvariantCulture) + "th",
    };

    /// <summary>The wrong kind of argument: <c>The second argument of SubSeq should be a natural number, but instead it is: ...</c>.</summary>
    public static EvaluationException ArgumentError(int position, string operatorName, string expected, Value actual)
    {
        string article = StartsWithVowel(expected) ? "an" : "a";
        return new EvaluationException(
            $"The {Ordinal(position)} argument of {operatorName} should be {article} {expected}, but instead it is:\n{actual}");
    }

    /// <summary>The wrong kind of argument for a one-argument operator: <c>The argument of Len should be a sequence, ...</c>.</summary>
    public static EvaluationException SingleArgumentError(string operatorName, string expected, Value actual)
    {
        string article = StartsWithVowel(expected) ? "an" : "a";
        return new EvaluationException(
            $"The argument of {operatorName} should be {article} {expected}, but instead it is:\n{actual}");
    }

    /// <summary>An index argument outside its sequence: <c>The third argument of SubSeq must be in the domain of its first argument: ...</c>.</summary>
    public static EvaluationException NotInDomain(int position, string operatorName, int ofPosition, Value of, Value actual) =>
        new($"The {Ordinal(position)} argument of {operatorName} must be in the domain of its {Ordinal(ofPosition)} argument:\n{of}\n, but instead it is\n{actual}");

    /// <summary>Head or Tail of <c>&lt;&lt;&gt;&gt;</c>.</summary>
    public static EvaluationException EmptySequence(string operatorName) =>
        new($"Attempted to apply {operatorName} to the empty sequence.");

    /// <summary>An operator that needs a finite set (or finite-domain function) got something else.</summary>
    public static EvaluationException NotA(string operatorName, string expected, Value actual) =>
        new($"Applying {operatorName} to the following value,\nwhich is not {expected}:\n{actual}");

    /// <summary><c>Evaluating an expression of the form Append(s, v) when s is not a sequence: ...</c>.</summary>
    public static EvaluationException EvaluatingFormWhenNot(string form, string expected, Value actual) =>
        new($"Evaluating an expression of the form {form} when s is not a {expected}:\n{actual}");

    /// <summary>The text of a failed <c>Assert</c>, followed by its second argument.</summary>
    public static string AssertFailed(Value output) =>
        "The first argument of Assert evaluated to FALSE; the second argument was:\n" + output;

    private static bool StartsWithVowel(string word) => word.Length > 0 && "aeiou".Contains(word[0]);
}
