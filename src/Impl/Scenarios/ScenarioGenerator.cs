using GraphSpec.Impl.Simulation;

namespace GraphSpec.Impl.Scenarios;

/// <summary>
/// Random scenarios that are correct uses of the block layer (so an unmutated implementation must
/// complete them and validate): the models' chain (Blk -eRoot-> nTop -eBacking-> nBase, spare nNew)
/// in one context, 1-3 requests, and a main program of up to <c>ops</c> operations: graph edits of
/// the backing edge consistent with the graph at that point, drained sections (under the node's
/// context lock, taken exactly once), nested acquires of a context lock, an edit run from a BH
/// (possibly inside a later drained section's poll; with the graph rwlock only as the whole
/// program, so that the writer never starts inside a poll). Jobs (block-layer coroutines) appear
/// only with the plain rwlock and without drained sections: nothing in the model pauses a job.
/// A pure function of the seed and the profile.
/// </summary>
public static class ScenarioGenerator
{
    public static Scenario Generate(ulong seed, GenerationProfile profile, int ops = 8)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var rng = new SplitMix64(seed ^ 0x6A09E667F3BCC909UL);
        var protocol = profile.Protocols[rng.NextInt(profile.Protocols.Count)];
        var aioLock = protocol == "aiolock" || (profile.AioLock ?? rng.NextInt(3) != 0);
        var withIoThread = profile.IoThread ?? rng.NextInt(4) != 0;
        var ctx = withIoThread ? "X" : Scenario.MainCtx;
        var usesRdLock = protocol is "rwlock" or "drain+rwlock";
        var b = ScenarioBuilder.Named($"fuzz-{seed}").Protocol(protocol).AioLock(aioLock);
        if (withIoThread)
        {
            b.IoThread("IoThread", "X");
        }

        b.Chain(ctx);
        // A nested read section is a correct use only where the writer cannot run between its
        // has_writer store and its re-zeroing while the reader checks: in the main context. In an
        // IOThread it can hang the writer (spec/tla/models/hazard_nested_read_*).
        if (usesRdLock && !withIoThread && (profile.NestedRead ?? rng.NextInt(4) == 0))
        {
            b.NestedRead();
        }

        var withJobs = protocol == "rwlock" && (profile.Jobs ?? rng.NextInt(3) == 0);
        var requests = Math.Max(profile.MinRequests, 1 + rng.NextInt(3));
        for (var i = 1; i <= requests; i++)
        {
            // With jobs, the first request is a job; the others are guests or jobs at random.
            var job = withJobs && (i == 1 || rng.NextInt(2) == 0);
            b.Request($"r{i}", rng.NextInt(3) == 0 ? "eRoot" : "eBacking", job);
        }

        if (usesRdLock && profile.EditFromLoop && rng.NextInt(4) == 0)
        {
            // The whole program is one edit run by a main-loop BH, after what the loop queued before it.
            b.Main(Operation.ScheduleBhOp());
            EditBacking(b, "nBase", ref rng, main: false);
            return b.Build();
        }

        var lockCtx = aioLock && withIoThread ? ctx : null;
        string? backing = "nBase";

        // Once an edit is left to a BH, the main program edits no more: when the BH runs (inside a
        // later poll, or after the program) is up to the schedule, so the graph it leaves is too.
        var bhEdit = false;
        var count = 1 + rng.NextInt(ops);
        for (var i = 0; i < count; i++)
        {
            var kind = rng.NextInt(4);
            if (kind == 3 && bhEdit)
            {
                kind = withJobs ? 1 : 0;
            }

            switch (kind)
            {
                case 0 when !withJobs:
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

                    break;
                case 1 when aioLock:
                    var c = withIoThread && rng.NextInt(2) == 0 ? "X" : Scenario.MainCtx;
                    b.Main(Operation.Acq(c), Operation.Acq(c), Operation.Rel(c), Operation.Rel(c));
                    break;
                case 2 when !bhEdit && !usesRdLock:
                    bhEdit = true;
                    b.Main(Operation.ScheduleBhOp());
                    backing = EditBacking(b, backing, ref rng, main: false);
                    break;
                case 1 or 2 or 3 when !bhEdit:
                    backing = EditBacking(b, backing, ref rng, main: true);
                    break;
                default:
                    break;
            }
        }

        return b.Build();
    }

    /// <summary>
    /// One random edit of the models' backing edge from its current child (attach a spare node,
    /// re-point to the other one, or detach), added to the main program or the BH program;
    /// returns the child after it.
    /// </summary>
    private static string? EditBacking(ScenarioBuilder b, string? backing, ref SplitMix64 rng, bool main)
    {
        string? to;
        if (backing is null)
        {
            to = rng.NextInt(2) == 0 ? "nBase" : "nNew";
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
