using System.Numerics;
using System.Runtime.CompilerServices;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// A 64-bit, order-sensitive, run-independent hash accumulator used for value fingerprints.
/// It is a plain value type so that hashing a state allocates nothing. The constants are fixed so
/// the same value fingerprints identically in every process (unlike <c>string.GetHashCode</c>).
/// </summary>
public struct FingerprintHasher
{
    private const ulong Seed = 0x243F6A8885A308D3UL;
    private const ulong MultiplierA = 0x9E3779B97F4A7C15UL;
    private const ulong MultiplierB = 0xBF58476D1CE4E5B9UL;

    private ulong _state;
    private bool _started;

    /// <summary>Adds one 64-bit word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(long word)
    {
        ulong state = _started ? _state : Seed;
        state ^= (ulong)word * MultiplierA;
        state = BitOperations.RotateLeft(state, 29) * MultiplierB;
        _state = state;
        _started = true;
    }

    /// <summary>Adds the characters of a string (its length first, so concatenations differ).</summary>
    public void Add(string text)
    {
        Add(text.Length);
        int i = 0;
        // Four UTF-16 units per word: fewer mixing rounds than one per character.
        for (; i + 3 < text.Length; i += 4)
        {
            Add(text[i] | ((long)text[i + 1] << 16) | ((long)text[i + 2] << 32) | ((long)text[i + 3] << 48));
        }
        long rest = 0;
        int shift = 0;
        for (; i < text.Length; i++, shift += 16)
        {
            rest |= (long)text[i] << shift;
        }
        Add(rest);
    }

    /// <summary>The final 64-bit hash, with an avalanche step so every input bit affects every output bit.</summary>
    public readonly long Finish()
    {
        ulong z = _started ? _state : Seed;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (long)z;
    }
}
