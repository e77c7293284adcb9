using System.Collections.Concurrent;
using System.Text;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// A function given by a domain and a body that is evaluated on application, with memoized
/// results: what a (possibly recursive) definition <c>f[n \in Nat] == ...</c> needs, since its domain
/// may be infinite and its body may apply <c>f</c> itself. Anything beyond application and
/// <c>DOMAIN</c> (comparison, printing, fingerprinting, EXCEPT) works on the materialized
/// <see cref="FunctionValue"/>, which needs a finite domain.
/// </summary>
public sealed class LazyFunctionValue : Value
{
    private readonly Func<Value, Value> _body;
    private readonly string? _description;
    private readonly ConcurrentDictionary<Value, Value> _results = new();
    private FunctionValue? _materialized;

    /// <param name="domain">The domain.</param>
    /// <param name="body">Computes <c>f[x]</c> for an <c>x</c> in the domain (called at most once per argument, except in races).</param>
    /// <param name="description">How to print the function when its domain is infinite, e.g. <c>[n \in Nat |-> ...]</c>.</param>
    public LazyFunctionValue(SetValue domain, Func<Value, Value> body, string? description = null)
        : base(ValueKind.Function)
    {
        Domain = domain;
        _body = body;
        _description = description;
    }

    public SetValue Domain { get; }

    /// <summary><c>f[argument]</c>; outside the domain an evaluation error with TLC's wording.</summary>
    public Value Apply(Value argument)
    {
        if (_results.TryGetValue(argument, out Value? known))
        {
            return known;
        }
        if (!Domain.Contains(argument))
        {
            throw new EvaluationException(
                "Attempted to apply function:\n" + ValuePrinter.ForMessage(this) + "\nto argument " + argument
                + ", which is not in the domain of the function.");
        }
        Value result = _body(argument);
        return _results.GetOrAdd(argument, result);
    }

    /// <summary>The function as a finite table; an evaluation error when the domain is infinite.</summary>
    public FunctionValue Materialize()
    {
        FunctionValue? materialized = _materialized;
        if (materialized is null)
        {
            FiniteSetValue domain = Domain.ToFiniteSet();
            var values = new Value[domain.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Apply(domain[i]);
            }
            materialized = FunctionValue.OverDomainOwned(domain, values);
            _materialized = materialized;
        }
        return materialized;
    }

    internal void Print(StringBuilder builder)
    {
        if (Domain.IsFinite)
        {
            ValuePrinter.Print(Materialize(), builder);
            return;
        }
        builder.Append(_description ?? "[x \\in " + Domain + " |-> ...]");
    }

    private protected override long ComputeFingerprint() => Materialize().Fingerprint();
}
