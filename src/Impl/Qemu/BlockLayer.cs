using System.Collections.Immutable;
using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;

namespace GraphSpec.Impl.Qemu;

/// <summary>
/// The whole simulated process: threads, AioContexts, the node graph, the BlockBackend, the
/// request coroutines, global_aio_wait and the graph lock, built from a scenario. The behaviour
/// lives in the classes named after QEMU's files (Drain, GraphEdits, RequestPath, EventLoop,
/// MainProgram); this class only owns the objects and looks them up by name.
/// </summary>
public sealed class BlockLayer
{
    public BlockLayer(Scenario scenario, MutantSet mutants)
    {
        Scenario = scenario;
        Mutants = mutants;
        Contexts = [.. scenario.Contexts.Select((name, i) => new AioContext(name, i))];
        MainContext = Contexts[0];
        Threads = [new QemuThread(Scenario.Main, 0, MainContext, Contexts.Length),
            .. scenario.IoThreads.Select((t, i) => new QemuThread(t.Key, i + 1, Context(t.Value), Contexts.Length))];
        MainThread = Threads[0];
        Nodes = [.. scenario.Nodes.Select((n, i) => new BlockDriverState(n.Key, i, Context(n.Value)))];
        Edges = [.. scenario.Edges.Select((e, i) => new BdrvChild(e.Name, i, e.Parent == Scenario.Blk ? null : Node(e.Parent)))];
        foreach (var (spec, child) in scenario.Edges.Zip(Edges))
        {
            if (spec.Child is not null)
            {
                GraphEdits.AttachInitial(child, Node(spec.Child));
            }
        }
        Requests = [.. scenario.Requests.Select((r, i) =>
        {
            var edge = Edge(r.Edge);
            return new RequestCoroutine(r.Name, i, edge, edge.Bs!.Ctx, r.Job);
        })];
        AioWait = new AioWait(MainContext);
        GraphLock = new GraphLock(Contexts.Length);
        MainProgram = GraphEdits.ExpandAll(this, scenario.MainOps);
        BhProgram = GraphEdits.ExpandAll(this, scenario.BhOps);
        MainThread.Push(new ProgFrame("main", MainProgram));
    }

    public Scenario Scenario { get; }

    public MutantSet Mutants { get; }

    public bool AioLock => Scenario.AioLock;

    public ImmutableArray<AioContext> Contexts { get; }

    public AioContext MainContext { get; }

    public ImmutableArray<QemuThread> Threads { get; }

    public QemuThread MainThread { get; }

    public ImmutableArray<BlockDriverState> Nodes { get; }

    public ImmutableArray<BdrvChild> Edges { get; }

    public BlockBackend Blk { get; } = new();

    public ImmutableArray<RequestCoroutine> Requests { get; }

    public AioWait AioWait { get; }

    public GraphLock GraphLock { get; }

    /// <summary>The main thread's program with every graph edit expanded by the protocol.</summary>
    public ImmutableArray<Operation> MainProgram { get; }

    /// <summary>The program of the BH that "scheduleBh" queues.</summary>
    public ImmutableArray<Operation> BhProgram { get; }

    /// <summary>True when the graph edit protocol takes the graph read lock in requests.</summary>
    public bool UsesRdLock => Scenario.Protocol is "rwlock" or "drain+rwlock";

    public bool Bug(Mutant mutant) => Mutants.Has(mutant);

    public AioContext Context(string name) => Contexts.First(c => c.Name == name);

    public BlockDriverState Node(string name) => Nodes.First(n => n.Name == name);

    public BdrvChild Edge(string name) => Edges.First(e => e.Name == name);

    public AioContext? ContextOrNull(string? name) => name is null ? null : Context(name);

    public BlockDriverState? NodeOrNull(string? name) => name is null ? null : Node(name);

    /// <summary>
    /// The first forbidden state the implementation noticed (its debug assertions), or null. The
    /// step that reached it completes (so the trace shows the state), then the run ends.
    /// </summary>
    public string? Violation { get; private set; }

    public void ReportViolation(string message) => Violation ??= message;

    /// <summary>Every operation finished, every thread idle, every queue empty.</summary>
    public bool IsDone()
    {
        foreach (var t in Threads)
        {
            if (!t.IsIdle)
            {
                return false;
            }
        }
        foreach (var c in Contexts)
        {
            if (c.HasPendingBottomHalf)
            {
                return false;
            }
        }
        foreach (var r in Requests)
        {
            if (r.State != RequestState.Done)
            {
                return false;
            }
        }
        return true;
    }
}
