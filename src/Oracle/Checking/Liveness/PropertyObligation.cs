using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>The shape of one conjunct of a PROPERTY, which decides how it is checked.</summary>
public enum PropertyObligationKind
{
    /// <summary>A state predicate: must hold in every initial state.</summary>
    InitialPredicate,
    /// <summary><c>[]P</c>, P a state predicate: TLC checks it as an invariant (reports "Invariant … is violated").</summary>
    Invariant,
    /// <summary><c>[][A]_v</c>: must hold for every step (reports "Action property … is violated").</summary>
    ActionProperty,
    /// <summary><c>&lt;&gt;P</c>.</summary>
    Eventually,
    /// <summary><c>P ~&gt; Q</c> (also written <c>[](P =&gt; &lt;&gt;Q)</c>).</summary>
    LeadsTo,
    /// <summary>
    /// <c>[]&lt;&gt;P</c>, <c>&lt;&gt;[]P</c>, <c>[]&lt;&gt;&lt;&lt;A&gt;&gt;_v</c>, <c>&lt;&gt;[][A]_v</c>, or a
    /// disjunction of such formulas, or a WF/SF conjunct: a property of the states and steps a
    /// behaviour repeats forever.
    /// </summary>
    InfinitelyOften,
}

/// <summary>
/// One conjunct of a property in a form the liveness checker decides. A property
/// <c>\A p \in S : F(p)</c> yields one obligation per value of p.
/// </summary>
public sealed class PropertyObligation
{
    internal PropertyObligation(
        PropertyObligationKind kind,
        SourceSpan span,
        string bindings,
        BoundFormula? first = null,
        BoundFormula? second = null,
        ImmutableArray<BoundFormula> alwaysEventually = default,
        ImmutableArray<BoundFormula> eventuallyAlways = default,
        ImmutableArray<BoundFormula> alwaysEventuallySteps = default,
        ImmutableArray<BoundFormula> eventuallyAlwaysSteps = default,
        FairnessCondition? fairness = null)
    {
        Kind = kind;
        Span = span;
        Bindings = bindings;
        First = first;
        Second = second;
        AlwaysEventually = alwaysEventually.IsDefault ? [] : alwaysEventually;
        EventuallyAlways = eventuallyAlways.IsDefault ? [] : eventuallyAlways;
        AlwaysEventuallySteps = alwaysEventuallySteps.IsDefault ? [] : alwaysEventuallySteps;
        EventuallyAlwaysSteps = eventuallyAlwaysSteps.IsDefault ? [] : eventuallyAlwaysSteps;
        Fairness = fairness;
    }

    public PropertyObligationKind Kind { get; }

    public SourceSpan Span { get; }

    /// <summary>The values of enclosing quantified variables, e.g. <c>p = 1</c> (empty when none).</summary>
    public string Bindings { get; }

    /// <summary>P of <c>P</c>, <c>[]P</c>, <c>[][A]_v</c> (the whole box action), <c>&lt;&gt;P</c>, <c>P ~&gt; Q</c>.</summary>
    internal BoundFormula? First { get; }

    /// <summary>Q of <c>P ~&gt; Q</c>.</summary>
    internal BoundFormula? Second { get; }

    /// <summary>For <see cref="PropertyObligationKind.InfinitelyOften"/>: the P of each <c>[]&lt;&gt;P</c> disjunct.</summary>
    internal ImmutableArray<BoundFormula> AlwaysEventually { get; }

    /// <summary>For <see cref="PropertyObligationKind.InfinitelyOften"/>: the P of each <c>&lt;&gt;[]P</c> disjunct.</summary>
    internal ImmutableArray<BoundFormula> EventuallyAlways { get; }

    /// <summary>For <see cref="PropertyObligationKind.InfinitelyOften"/>: the <c>&lt;&lt;A&gt;&gt;_v</c> of each <c>[]&lt;&gt;&lt;&lt;A&gt;&gt;_v</c> disjunct.</summary>
    internal ImmutableArray<BoundFormula> AlwaysEventuallySteps { get; }

    /// <summary>For <see cref="PropertyObligationKind.InfinitelyOften"/>: the <c>[A]_v</c> of each <c>&lt;&gt;[][A]_v</c> disjunct.</summary>
    internal ImmutableArray<BoundFormula> EventuallyAlwaysSteps { get; }

    /// <summary>
    /// For <see cref="PropertyObligationKind.InfinitelyOften"/>: a <c>WF_v(A)</c> or <c>SF_v(A)</c>
    /// conjunct of the property (as in <c>PROPERTY Spec</c>, checking that the model implements a spec).
    /// </summary>
    public FairnessCondition? Fairness { get; }

    public override string ToString() => $"{Kind} at {Span}{(Bindings.Length == 0 ? "" : $" with {Bindings}")}";
}

/// <summary>One PROPERTY of the model: its name (as TLC reports it) and its obligations.</summary>
public sealed record PropertyCheck(string Name, SourceSpan Span, ImmutableArray<PropertyObligation> Obligations);
