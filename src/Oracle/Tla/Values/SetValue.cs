using System.Numerics;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// A TLA+ set. <see cref="FiniteSetValue"/> holds its elements sorted in normal order; the other
/// representations are lazy (intervals, SUBSET, function and record sets, products, Nat, Int,
/// Seq(S), ...): they answer membership and cardinality without enumerating when they can, and
/// enumerate in TLC's normal order when they must. Infinite sets cannot be enumerated.
/// </summary>
public abstract class SetValue : Value
{
    private protected SetValue()
        : base(ValueKind.Set)
    {
    }

    /// <summary>True when the set is finite, i.e. it can be enumerated.</summary>
    public abstract bool IsFinite { get; }

    /// <summary>The number of elements; an evaluation error for an infinite set.</summary>
    public abstract BigInteger Cardinality();

    /// <summary>True when the set has no element.</summary>
    public virtual bool IsEmpty => Cardinality().IsZero;

    /// <summary>
    /// Membership with TLC's semantics: an evaluation error where TLC refuses the comparison (for
    /// example an integer tested against a set of strings); a model value is simply not a member.
    /// </summary>
    public abstract bool Contains(Value element);

    /// <summary>The set in normal form (sorted, enumerated); an evaluation error for an infinite set.</summary>
    public abstract FiniteSetValue ToFiniteSet();

    /// <summary>The elements in TLC's normal order; an evaluation error for an infinite set.</summary>
    public virtual IEnumerable<Value> Enumerate() => ToFiniteSet().Enumerate();

    /// <summary>The cardinality as an int, or an evaluation error when it does not fit (as in TLC).</summary>
    public int CountForEnumeration()
    {
        BigInteger count = Cardinality();
        if (count > int.MaxValue)
        {
            throw new EvaluationException("Overflow when computing the number of elements in:\n" + ValuePrinter.ForMessage(this));
        }
        return (int)count;
    }

    /// <summary>Appends TLC's rendering of this set.</summary>
    internal abstract void Print(System.Text.StringBuilder builder);

    /// <summary>The error for an attempt to enumerate this (infinite) set.</summary>
    private protected EvaluationException NotEnumerable() =>
        new("Attempted to enumerate the set:\n" + ValuePrinter.ForMessage(this) + "\nwhich is not a finite set.");

    private protected override long ComputeFingerprint()
    {
        if (!IsFinite)
        {
            // An infinite set never equals an enumerable one; its fingerprint follows its rendering,
            // which is also what the total order uses to compare two infinite sets.
            var hasher = new FingerprintHasher();
            hasher.Add((long)ValueKind.Set);
            hasher.Add(-1);
            hasher.Add(ToString());
            return hasher.Finish();
        }
        return ToFiniteSet().Fingerprint();
    }
}
