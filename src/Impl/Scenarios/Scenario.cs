using System.Collections.Immutable;

namespace GraphSpec.Impl.Scenarios;

/// <summary>An edge (BdrvChild): its parent (a node or the BlockBackend "Blk") and its child at start (null = detached).</summary>
public sealed record EdgeSpec(string Name, string Parent, string? Child);

/// <summary>A request coroutine: the edge it reaches its node through; a job request is a block-layer coroutine (no BlockBackend).</summary>
public sealed record RequestSpec(string Name, string Edge, bool Job = false);

/// <summary>
/// A scenario: topology (IOThreads and their contexts, nodes and their contexts, edges), the
/// requests, the main thread's program and the program of the BH that "scheduleBh" queues, the
/// protocol that guards graph edits, and the QEMU era (AioLock). Together with the switched-on
/// mutants it determines every constant of the spec (see Tracing/SpecConstants).
/// Optional <see cref="Seed"/> / <see cref="Schedule"/>: the run that a stored scenario replays.
/// </summary>
public sealed record Scenario
{
    public const string Main = "Main";
    public const string MainCtx = "MainCtx";
    public const string Blk = "Blk";
    public const string None = "None";

    public static readonly string[] Protocols = ["aiolock", "drain", "rwlock", "drain+rwlock"];

    public string Name { get; init; } = "scenario";
    public string? Description { get; init; }
    public string Protocol { get; init; } = "drain";
    public bool AioLock { get; init; } = true;
    public bool NestedRead { get; init; }

    /// <summary>IOThread name → the AioContext it runs (declaration order is kept).</summary>
    public ImmutableArray<KeyValuePair<string, string>> IoThreads { get; init; } = [];

    /// <summary>Node name → its AioContext.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Nodes { get; init; } = [];

    public ImmutableArray<EdgeSpec> Edges { get; init; } = [];
    public ImmutableArray<RequestSpec> Requests { get; init; } = [];
    public ImmutableArray<Operation> MainOps { get; init; } = [];
    public ImmutableArray<Operation> BhOps { get; init; } = [];

    /// <summary>Mutants this scenario is meant to expose (documentation; the run's mutants come from the caller).</summary>
    public ImmutableArray<string> Exposes { get; init; } = [];

    public ulong? Seed { get; init; }
    public ImmutableArray<string>? Schedule { get; init; }

    /// <summary>The expected end of the run with the exposed mutants on ("deadlock" or "assert").</summary>
    public string? Expect { get; init; }

    /// <summary>Every context: MainCtx first, then the IOThreads' in declaration order.</summary>
    public IEnumerable<string> Contexts => new[] { MainCtx }.Concat(IoThreads.Select(t => t.Value));

    public string NodeContext(string node) => Nodes.First(n => n.Key == node).Value;
}
