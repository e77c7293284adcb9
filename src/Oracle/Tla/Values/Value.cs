using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// An immutable TLA+ value. Values are canonical: equal values have one normal form (sets sorted in
/// TLC's order without duplicates, functions sorted by domain element), so <see cref="Equals(Value)"/>,
/// <see cref="CompareTo(Value)"/> and <see cref="Fingerprint"/> never depend on how a value was built
/// (a tuple equals the function with domain 1..n, an interval equals the enumerated set).
/// </summary>
/// <remarks>
/// <see cref="Equals(Value)"/> and <see cref="CompareTo(Value)"/> are the engine's total order: they
/// never throw for values of different kinds, so values can be used as dictionary keys and set
/// elements. TLA+ equality as TLC evaluates it (which rejects comparing, for example, an integer with
/// a string) is <see cref="ValueEquality.TlaEquals"/>.
/// </remarks>
public abstract class Value : IComparable<Value>, IEquatable<Value>
{
    // 0 means "not computed yet"; a computed fingerprint of 0 is stored as 1. Reads and writes of a
    // long are atomic on 64-bit platforms, so racing threads at worst compute the same number twice.
    private long _fingerprint;

    // A field rather than a virtual property: the kind is read on every comparison.
    private readonly ValueKind _kind;

    private protected Value(ValueKind kind)
    {
        _kind = kind;
    }

    /// <summary>What kind of value this is.</summary>
    public ValueKind Kind => _kind;

    public bool IsBoolean => Kind == ValueKind.Boolean;
    public bool IsInteger => Kind == ValueKind.Integer;
    public bool IsString => Kind == ValueKind.String;
    public bool IsModelValue => Kind == ValueKind.ModelValue;
    public bool IsFunction => Kind == ValueKind.Function;
    public bool IsSet => Kind == ValueKind.Set;

    /// <summary>
    /// A 64-bit hash of the value's normal form, computed once and cached. Stable across runs and
    /// processes; equal values (whatever their representation) have equal fingerprints.
    /// </summary>
    public long Fingerprint()
    {
        long fp = _fingerprint;
        if (fp == 0)
        {
            StackGuard.Ensure();
            fp = ComputeFingerprint();
            if (fp == 0)
            {
                fp = 1;
            }
            _fingerprint = fp;
        }
        return fp;
    }

    /// <summary>Adds this value's fingerprint to a hasher (for hashing a state, a tuple of values).</summary>
    public void AddTo(ref FingerprintHasher hasher) => hasher.Add(Fingerprint());

    internal bool TryGetCachedFingerprint(out long fingerprint)
    {
        fingerprint = _fingerprint;
        return fingerprint != 0;
    }

    private protected abstract long ComputeFingerprint();

    /// <summary>Structural equality in the engine's total order (never throws for mixed kinds).</summary>
    public bool Equals(Value? other)
    {
        if (other is null)
        {
            return false;
        }
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (TryGetCachedFingerprint(out long a) && other.TryGetCachedFingerprint(out long b) && a != b)
        {
            return false;
        }
        return ValueOrder.Compare(this, other) == 0;
    }

    public sealed override bool Equals(object? obj) => obj is Value value && Equals(value);

    public sealed override int GetHashCode()
    {
        long fp = Fingerprint();
        return (int)fp ^ (int)(fp >> 32);
    }

    /// <summary>The engine's total order (TLC's order within a kind; see <see cref="ValueOrder"/>).</summary>
    public int CompareTo(Value? other) => other is null ? 1 : ValueOrder.Compare(this, other);

    /// <summary>The value printed exactly as TLC prints it.</summary>
    public sealed override string ToString()
    {
        var builder = new StringBuilder();
        ValuePrinter.Print(this, builder);
        return builder.ToString();
    }

    /// <summary>Appends the TLC rendering of this value.</summary>
    public void WriteTo(StringBuilder builder) => ValuePrinter.Print(this, builder);
}
