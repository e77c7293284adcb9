using System.Numerics;
using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// Base of sets that can only answer membership (Nat, Int, STRING, Seq(S), and combinations or
/// filters of those). Enumerating or counting them is an evaluation error, as in TLC.
/// </summary>
public abstract class InfiniteSetValue : SetValue
{
    private protected InfiniteSetValue()
    {
    }

    public override bool IsFinite => false;

    public override bool IsEmpty => false;

    public override BigInteger Cardinality() =>
        throw new EvaluationException("Attempted to compute the number of elements in the infinite set " + ValuePrinter.ForMessage(this) + ".");

    public override FiniteSetValue ToFiniteSet() => throw NotEnumerable();

    public override IEnumerable<Value> Enumerate() => throw NotEnumerable();

    /// <summary>TLC's refusal to test a value of the wrong kind for membership.</summary>
    private protected EvaluationException NotAnElementCandidate(Value element) =>
        new("Attempted to check if the value:\n" + ValuePrinter.ForMessage(element) + "\nis an element of " + ValuePrinter.ForMessage(this) + ".");

    internal abstract override void Print(StringBuilder builder);
}
