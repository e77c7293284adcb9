using System.Globalization;
using System.Numerics;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// An unbounded integer. Values that fit in 64 bits are held as a <see cref="long"/> (the fast
/// path); larger ones as a <see cref="BigInteger"/>. The representation is canonical: a value that
/// fits in a long is never held as a BigInteger, so equality can compare the fields directly.
/// </summary>
public sealed class IntValue : Value
{
    private const int CacheLow = -16;
    private const int CacheHigh = 1024;
    private static readonly IntValue[] Cache = CreateCache();

    private readonly long _small;
    private readonly BigInteger? _big;

    private IntValue(long small)
        : base(ValueKind.Integer)
    {
        _small = small;
    }

    private IntValue(BigInteger big)
        : base(ValueKind.Integer)
    {
        _big = big;
    }

    public static readonly IntValue Zero = Of(0);
    public static readonly IntValue One = Of(1);

    /// <summary>True when the value fits in a <see cref="long"/>; then <see cref="SmallValue"/> holds it.</summary>
    public bool IsSmall => _big is null;

    /// <summary>The value, valid when <see cref="IsSmall"/>.</summary>
    public long SmallValue => _small;

    /// <summary>The value as a BigInteger (allocation-free for small values).</summary>
    public BigInteger BigValue => _big ?? new BigInteger(_small);

    public static IntValue Of(long value)
    {
        if (value >= CacheLow && value <= CacheHigh)
        {
            return Cache[value - CacheLow];
        }
        return new IntValue(value);
    }

    public static IntValue Of(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return Of((long)value);
        }
        return new IntValue(value);
    }

    /// <summary>Parses a decimal literal (digits only, as in TLA+ source).</summary>
    public static IntValue Parse(string digits) =>
        Of(BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));

    /// <summary>The value as an int when it fits (for indexes and counts).</summary>
    public bool TryGetInt32(out int value)
    {
        if (_big is null && _small >= int.MinValue && _small <= int.MaxValue)
        {
            value = (int)_small;
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>The value as a long when it fits.</summary>
    public bool TryGetInt64(out long value)
    {
        value = _small;
        return _big is null;
    }

    public int Sign => _big is { } big ? big.Sign : Math.Sign(_small);

    /// <summary>Numeric comparison.</summary>
    public int CompareNumerically(IntValue other)
    {
        if (_big is null && other._big is null)
        {
            return _small.CompareTo(other._small);
        }
        return BigValue.CompareTo(other.BigValue);
    }

    public bool NumericallyEquals(IntValue other) =>
        _big is null ? other._big is null && _small == other._small : other._big is { } b && _big.Value == b;

    internal string ToDecimalString() =>
        _big is { } big
            ? big.ToString(CultureInfo.InvariantCulture)
            : _small.ToString(CultureInfo.InvariantCulture);

    /// <summary>The fingerprint of the integer <paramref name="value"/> without allocating it.</summary>
    internal static long FingerprintOfSmall(long value)
    {
        var hasher = new FingerprintHasher();
        hasher.Add((long)ValueKind.Integer);
        hasher.Add(value);
        return hasher.Finish();
    }

    private protected override long ComputeFingerprint()
    {
        if (_big is not { } big)
        {
            return FingerprintOfSmall(_small);
        }
        // Two's-complement bytes: stable across runs and distinct from every small value, because
        // a value that fits in a long is never stored as a BigInteger.
        var hasher = new FingerprintHasher();
        hasher.Add((long)ValueKind.Integer);
        byte[] bytes = big.ToByteArray();
        hasher.Add(-bytes.Length);
        foreach (byte b in bytes)
        {
            hasher.Add(b);
        }
        return hasher.Finish();
    }

    private static IntValue[] CreateCache()
    {
        var cache = new IntValue[CacheHigh - CacheLow + 1];
        for (int i = 0; i < cache.Length; i++)
        {
            cache[i] = new IntValue(i + CacheLow);
        }
        return cache;
    }
}
