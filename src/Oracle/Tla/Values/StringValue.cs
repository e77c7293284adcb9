using System.Collections.Concurrent;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// A TLA+ string. Strings are interned: one instance per distinct text, so equality is a reference
/// comparison. They are ordered by their <see cref="NameTable"/> token (first-seen order), which is
/// TLC's string order, not alphabetical order.
/// </summary>
public sealed class StringValue : Value
{
    private static readonly ConcurrentDictionary<string, StringValue> Interned = new(StringComparer.Ordinal);

    private StringValue(string text, int token)
        : base(ValueKind.String)
    {
        Text = text;
        Token = token;
    }

    /// <summary>The characters of the string (without quotes or escapes).</summary>
    public string Text { get; }

    /// <summary>The order token (see <see cref="NameTable"/>).</summary>
    public int Token { get; }

    /// <summary>The unique string value with this text.</summary>
    public static StringValue Of(string text)
    {
        if (Interned.TryGetValue(text, out StringValue? existing))
        {
            return existing;
        }
        return Interned.GetOrAdd(text, static t => new StringValue(t, NameTable.Intern(t)));
    }

    private protected override long ComputeFingerprint()
    {
        var hasher = new FingerprintHasher();
        hasher.Add((long)ValueKind.String);
        hasher.Add(Text);
        return hasher.Finish();
    }
}
