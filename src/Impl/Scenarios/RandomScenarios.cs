using GraphSpec.Impl.Simulation;

namespace GraphSpec.Impl.Scenarios;

/// <summary>
/// Seeded random scenarios in the shapes the spec's models use, so that a run without mutants is a
/// correct use of the block layer: the chain topology (Blk → nTop → nBase, spare nNew), all nodes
/// in one context, 1–3 requests, and a program of <c>ops</c> high-level operations: graph edits of
/// the backing edge (replace, detach, attach, consistent with the graph at that point), drained
/// sections (under the node's context lock, taken exactly once, when there is one), nested
/// acquires of a context lock, or one edit run from a BH (possibly inside a later drained
/// section's poll; not with the graph rwlock: the write lock must not be taken inside a poll,
/// which NoPollUnderWrLock forbids). Block-layer (job) coroutines appear only with the plain rwlock protocol,
/// where the read lock is what keeps them out, and then without drained sections.
/// </summary>
public static class RandomScenarios
{
    private static readonly string[] SpareNodes = ["nBase", "nNew"];

    public static Scenario Generate(ulong seed, int ops = 8)
    {
        var rng = new SplitMix64(seed ^ 0x5CE7A210UL);
        var protocol = Scenario.Protocols[rng.NextInt(4)];
        var aioLock = protocol == "aiolock" || rng.NextInt(3) != 0;
        var withIoThread = rng.NextInt(4) != 0;
        var ctx = withIoThread ? "X" : Scenario.MainCtx;
        var b = ScenarioBuilder.Named($"random-{seed}").Protocol(protocol).AioLock(aioLock);
        if (withIoThread)
        {
            b.IoThread("IoThread", "X");
        }
        b.Chain(ctx);
        var usesRdLock = protocol is "rwlock" or "drain+rwlock";
        // Nested read sections only in the main context: in an IOThread they can deadlock with the
        // writer even without a bug (spec models hazard_nested_read_9x, hazard_nested_read_io_job).
        if (usesRdLock && aioLock && rng.NextInt(4) == 0 && !withIoThread)
        {
            b.NestedRead();
        }
        var requests = 1 + rng.NextInt(3);
        // Nothing pauses a job in a drained section here (QEMU pauses it through its own child's
        // drained_begin, which the spec does not model): scenarios with jobs have no drained sections.
        var withJobs = protocol == "rwlock" && rng.NextInt(3) == 0;
        for (var i = 1; i <= requests; i++)
        {
            var job = withJobs && rng.NextInt(2) == 0;
            b.Request($"r{i}", rng.NextInt(3) == 0 ? "eRoot" : "eBacking", job);
        }

        var lockCtx = aioLock && ctx != Scenario.MainCtx ? ctx : null;
        var bhMode = rng.NextInt(5) == 0;
        string? backing = "nBase";
        var bhScheduled = false;
        for (var i = 0; i < ops; i++)
        {
            var kind = rng.NextInt(bhMode ? 4 : 3);
            if (kind == 0 && !bhMode)
            {
                backing = EditBacking(b, backing, ref rng, main: true);
            }
            else if (kind <= 1 && !withJobs && !(bhMode && usesRdLock))
            {
                var node = rng.NextInt(3) switch { 0 => "nTop", 1 => "nBase", _ => "nNew" };
                if (lockCtx is not null)
                {
                    b.Main(Operation.Acq(lockCtx));
                }
                b.Main(Operation.DrBegin(node), Operation.DrEnd(node));
                if (lockCtx is not null)
                {
                    b.Main(Operation.Rel(lockCtx));
                }
            }
            else if (kind <= 2)
            {
                if (aioLock)
                {
                    var c = rng.NextInt(2) == 0 ? ctx : Scenario.MainCtx;
                    b.Main(Operation.Acq(c), Operation.Acq(c), Operation.Rel(c), Operation.Rel(c));
                }
                else if (!bhMode)
                {
                    backing = EditBacking(b, backing, ref rng, main: true);
                }
            }
            else if (!bhScheduled)
            {
                bhScheduled = true;
                b.Main(Operation.ScheduleBhOp());
                EditBacking(b, backing, ref rng, main: false);
            }
        }
        return b.Build();
    }

    /// <summary>
    /// One random edit of the models' backing edge from its current child (attach a spare node,
    /// re-point to the other one, or detach), added to the main program or the BH program;
    /// returns the child after it. Shared with the fuzzing generator.
    /// </summary>
    public static string? EditBacking(ScenarioBuilder b, string? backing, ref SplitMix64 rng, bool main)
    {
        string? to;
        if (backing is null)
        {
            to = SpareNodes[rng.NextInt(2)];
        }
        else
        {
            var other = backing == "nBase" ? "nNew" : "nBase";
            to = rng.NextInt(3) == 0 ? null : other;
        }
        var op = Operation.EditOf("eBacking", backing, to);
        if (main)
        {
            b.Main(op);
        }
        else
        {
            b.Bh(op);
        }
        return to;
    }
}
