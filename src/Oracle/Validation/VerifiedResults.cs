using System.Collections.Concurrent;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Validation;

/// <summary>
/// What traces of one model have already established, by 64-bit fingerprint (as a model checker
/// remembers states): states in which a set of invariants holds, and steps (state, action,
/// arguments, next state) the spec allows. Traces of one scenario under different schedules share
/// most states and steps, so most checks become one lookup. Only successes are remembered; the
/// table is emptied when it grows past its bound. Thread-safe.
/// </summary>
internal sealed class VerifiedResults
{
    private const int MaxEntries = 1 << 20;
    private const long StepTag = 0x5354_4550; // keeps step keys apart from state keys
    private readonly ConcurrentDictionary<long, byte> verified = new();

    public static long StateKey(Value[] state, long invariantsKey)
    {
        var hasher = new FingerprintHasher();
        hasher.Add(invariantsKey);
        foreach (var value in state)
        {
            hasher.Add(value.Fingerprint());
        }

        return hasher.Finish();
    }

    public static long StepKey(Value[] before, string action, Value[] arguments, Value[] after)
    {
        var hasher = new FingerprintHasher();
        hasher.Add(StepTag);
        hasher.Add(action);
        foreach (var argument in arguments)
        {
            hasher.Add(argument.Fingerprint());
        }

        foreach (var value in before)
        {
            hasher.Add(value.Fingerprint());
        }

        foreach (var value in after)
        {
            hasher.Add(value.Fingerprint());
        }

        return hasher.Finish();
    }

    public bool Contains(long key) => verified.ContainsKey(key);

    public void Add(long key)
    {
        if (verified.Count >= MaxEntries)
        {
            verified.Clear();
        }

        verified.TryAdd(key, 0);
    }
}
