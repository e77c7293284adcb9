using System.Collections.Immutable;

namespace GraphSpec.Impl.Mutants;

/// <summary>An immutable set of switched-on mutants (a bit mask; the default has none).</summary>
public readonly record struct MutantSet(int Mask)
{
    public static readonly MutantSet None = new(0);

    /// <summary>Every mutant, in catalog order (the order of the spec's <c>Bugs</c> tuple).</summary>
    public static readonly ImmutableArray<Mutant> All = [.. Enum.GetValues<Mutant>()];

    public bool Has(Mutant mutant) => (Mask & (1 << (int)mutant)) != 0;

    public MutantSet With(Mutant mutant) => new(Mask | (1 << (int)mutant));

    public static MutantSet Of(IEnumerable<Mutant> mutants)
    {
        var set = None;
        foreach (var m in mutants)
        {
            set = set.With(m);
        }
        return set;
    }

    /// <summary>The switched-on mutants in catalog order.</summary>
    public IEnumerable<Mutant> Members()
    {
        var mask = Mask;
        return All.Where(m => (mask & (1 << (int)m)) != 0);
    }

    /// <summary>Parses a catalog id (<c>B8</c>, case-insensitive); null when it names no mutant.</summary>
    public static Mutant? Parse(string id) =>
        Enum.TryParse<Mutant>(id, ignoreCase: true, out var m) && Enum.IsDefined(m) && !int.TryParse(id, out _) ? m : null;

    public override string ToString() => string.Join(",", Members());
}
