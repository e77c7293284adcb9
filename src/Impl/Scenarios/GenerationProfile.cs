using GraphSpec.Impl.Mutants;

namespace GraphSpec.Impl.Scenarios;

/// <summary>
/// Which scenarios a campaign draws from. The default profile covers every protocol and era; a
/// campaign hunting one mutant narrows the draw to the configurations in which that bug can
/// exist at all (a bug of the write lock needs the write lock, B7's window exists only without
/// the AioContext lock, ...), the way a user points a fuzzer at the configuration under review.
/// Within a profile every choice is still random.
/// </summary>
public sealed record GenerationProfile
{
    public IReadOnlyList<string> Protocols { get; init; } = Scenario.Protocols;

    /// <summary>null: either era; true: QEMU &lt;= 8.2 (AioContext lock); false: 9.0+.</summary>
    public bool? AioLock { get; init; }

    /// <summary>null: with or without an IOThread.</summary>
    public bool? IoThread { get; init; }

    /// <summary>Draw block-layer (job) coroutines that hold the read lock (plain rwlock only).</summary>
    public bool? Jobs { get; init; }

    /// <summary>Request completions take the read lock a second time (rwlock protocols).</summary>
    public bool? NestedRead { get; init; }

    /// <summary>Allow the main program to be a single graph edit run from a main-loop BH.</summary>
    public bool EditFromLoop { get; init; } = true;

    /// <summary>At least this many requests.</summary>
    public int MinRequests { get; init; } = 1;

    public static readonly GenerationProfile Default = new();

    /// <summary>The profile under which <paramref name="mutant"/> can show itself.</summary>
    public static GenerationProfile For(Mutant mutant) => mutant switch
    {
        Mutant.B2 => new() { Protocols = ["rwlock"], Jobs = true, NestedRead = false, MinRequests = 2 },
        Mutant.B3 => new() { Protocols = ["rwlock", "drain+rwlock"], AioLock = true, IoThread = true },
        Mutant.B4 => new() { Protocols = ["drain"], IoThread = true },
        Mutant.B7 => new() { Protocols = ["drain"], AioLock = false, IoThread = true },
        Mutant.B8 => new() { Protocols = ["aiolock", "drain", "drain+rwlock"], AioLock = true, IoThread = true },
        Mutant.B10 => new() { Protocols = ["drain"], AioLock = false, IoThread = true, MinRequests = 2 },
        Mutant.B11 => new() { Protocols = ["drain+rwlock"], AioLock = false, IoThread = true },
        Mutant.B14 => new() { Protocols = ["drain", "drain+rwlock"] },
        Mutant.B16 => new() { Protocols = ["drain"], IoThread = true },
        Mutant.H1 => new() { Protocols = ["rwlock"], Jobs = true, IoThread = true, NestedRead = false },
        Mutant.H2 => new() { Protocols = ["rwlock"], IoThread = false, NestedRead = true, Jobs = false },
        Mutant.H4 => new() { Protocols = ["rwlock"], Jobs = true, IoThread = true, NestedRead = false },
        _ => Default,
    };

    /// <summary>
    /// The mutants a campaign for <paramref name="mutant"/> switches on. H4's missing kick can only
    /// strand a writer that polls with has_writer = 1, so it is hunted together with H2's writer
    /// (H2 alone passes with plain readers: spec/tla/models/H4.cfg).
    /// </summary>
    public static MutantSet Switches(Mutant mutant) =>
        mutant == Mutant.H4 ? MutantSet.None.With(Mutant.H2).With(Mutant.H4) : MutantSet.None.With(mutant);
}
