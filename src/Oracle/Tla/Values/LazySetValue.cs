namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// Base of sets held symbolically (SUBSET S, [S -> T], record sets, products), finite when their
/// parts are: the normal form is built on first demand and cached. Building twice in a race is
/// harmless (same result).
/// </summary>
public abstract class LazySetValue : SetValue
{
    private FiniteSetValue? _normalForm;

    private protected LazySetValue()
    {
    }

    public override bool IsFinite => true;

    public sealed override FiniteSetValue ToFiniteSet()
    {
        FiniteSetValue? normalForm = _normalForm;
        if (normalForm is null)
        {
            normalForm = FiniteSetValue.FromSortedUnique(EnumerateFresh().ToArray(), checkOrder: false);
            _normalForm = normalForm;
        }
        return normalForm;
    }

    public sealed override IEnumerable<Value> Enumerate() =>
        _normalForm is { } normalForm ? normalForm.Enumerate() : EnumerateFresh();

    /// <summary>Generates the elements in normal order without materializing the set.</summary>
    private protected abstract IEnumerable<Value> EnumerateFresh();

    internal sealed override void Print(System.Text.StringBuilder builder)
    {
        if (PrintsEnumerated())
        {
            ValuePrinter.PrintElements(ToFiniteSet().Items, builder);
        }
        else
        {
            PrintSymbolic(builder);
        }
    }

    /// <summary>TLC prints small lazy sets enumerated and large ones symbolically.</summary>
    internal abstract bool PrintsEnumerated();

    /// <summary>The symbolic rendering, such as <c>SUBSET {1, 2}</c> or <c>[S -> T]</c>.</summary>
    internal abstract void PrintSymbolic(System.Text.StringBuilder builder);
}
