using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking;

/// <summary>One state of a counterexample: its 1-based number, the variable values (in the spec's
/// variable order) and the action that produced it.</summary>
public sealed record TraceState(int Number, ImmutableArray<Value> Values, TraceAction Action);

/// <summary>How a counterexample ends after its last state.</summary>
public enum TraceEndKind
{
    /// <summary>A finite trace (safety, deadlock, error).</summary>
    None,
    /// <summary>A liveness lasso whose last state stutters forever.</summary>
    Stuttering,
    /// <summary>A liveness lasso that loops back to state <see cref="TraceEnd.BackToState"/>.</summary>
    BackToState,
}

/// <summary>The end of a counterexample; <see cref="BackToState"/> is the 1-based state number the lasso returns to.</summary>
public sealed record TraceEnd(TraceEndKind Kind, int BackToState = 0)
{
    public static readonly TraceEnd None = new(TraceEndKind.None);
    public static readonly TraceEnd Stuttering = new(TraceEndKind.Stuttering);

    /// <summary>The expected.json spelling: null, <c>stuttering</c> or <c>back_to_state_K</c>.</summary>
    public string? Name => Kind switch
    {
        TraceEndKind.Stuttering => "stuttering",
        TraceEndKind.BackToState => $"back_to_state_{BackToState}",
        _ => null,
    };
}
