using System.Collections.Immutable;

namespace GraphSpec.Oracle.Validation;

/// <summary>How to validate: which invariants, and the names of the spec's Init, Next and Done.</summary>
public sealed record ValidationOptions
{
    /// <summary>The invariants BlockLayer's models check; the default keeps those the spec defines.</summary>
    public static readonly ImmutableArray<string> BlockLayerInvariants =
    [
        "TypeOK", "ListsConsistent", "LockBookkeeping", "InFlightAccounting", "NoIoThroughReplacedEdge",
        "ReaderWriterExclusion", "NoPollUnderWrLock", "AioWaitDepthOne", "QuiesceConsistent", "ReaderAccounting",
        "DrainedMeansIdle", "NoLostWakeup", "CoroutinesWellFormed", "IoThreadIdleUnlocked", "DrainBalanced",
    ];

    public static readonly ValidationOptions Default = new();

    /// <summary>
    /// The invariants checked in every state. Null: <see cref="DefaultInvariants"/>, keeping those
    /// the spec defines. Given explicitly, each must be a zero-arity state predicate of the spec.
    /// </summary>
    public ImmutableArray<string>? Invariants { get; init; }

    /// <summary>The candidates used when <see cref="Invariants"/> is null (missing ones are skipped).</summary>
    public ImmutableArray<string> DefaultInvariants { get; init; } = BlockLayerInvariants;

    public string InitName { get; init; } = "Init";

    public string NextName { get; init; } = "Next";

    /// <summary>The state predicate of terminal states ("all operations done, all threads idle"), if the spec has it.</summary>
    public string DoneName { get; init; } = "Done";

    /// <summary>
    /// Skip checks that an earlier trace with the same constants already passed: a step (state,
    /// action, arguments, next state) or the invariants in a state, recognized by 64-bit fingerprint
    /// as a model checker recognizes states. Off: every trace is checked from scratch.
    /// </summary>
    public bool ReuseVerifiedResults { get; init; } = true;

    /// <summary>Explain a failed step: its first false conjunct and the spec's closest successor (costs only on failure).</summary>
    public bool Explain { get; init; } = true;
}
