using System.Collections.Concurrent;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// Gives every distinct string (string values, record field names, model value names) a token
/// number in the order the strings are first seen, as TLC's <c>UniqueString</c> table does. TLC
/// orders strings, record fields and model values by this token, not alphabetically: that is why it
/// prints <c>[phase |-> "init", count |-> 0]</c> when <c>phase</c> appears first in the spec.
/// </summary>
/// <remarks>
/// To reproduce TLC's order, the front end should intern names as SANY meets them: the cfg file's
/// tokens first, then the identifiers and string literals of the root module in textual order, then
/// the modules it extends. The table is process-wide, like TLC's, and thread-safe.
/// </remarks>
public static class NameTable
{
    private static readonly ConcurrentDictionary<string, int> Tokens = new(StringComparer.Ordinal);
    private static readonly Lock NewTokenLock = new();
    private static int _nextToken;

    /// <summary>The token of <paramref name="name"/>, allocating the next one if it is new.</summary>
    public static int Intern(string name)
    {
        if (Tokens.TryGetValue(name, out int token))
        {
            return token;
        }
        // Allocation under a lock so that tokens follow the order of first interning exactly.
        lock (NewTokenLock)
        {
            if (!Tokens.TryGetValue(name, out token))
            {
                token = _nextToken++;
                Tokens[name] = token;
            }
            return token;
        }
    }

    /// <summary>Interns several names in order (for example all names of a module, in textual order).</summary>
    public static void InternAll(IEnumerable<string> names)
    {
        foreach (string name in names)
        {
            Intern(name);
        }
    }
}
