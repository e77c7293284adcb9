using System.Collections.Immutable;
using GraphSpec.Impl.Scenarios;

namespace GraphSpec.Fuzzing;

/// <summary>
/// Shrinks a failing case while it keeps failing the same way (same <see cref="CaseVerdict.Signature"/>):
/// it removes operations (whole groups: a drained section with its lock, a nested acquire, an
/// edit, a BH edit), runs the BH's program in place of the scheduleBh that queues it, removes
/// requests and nested reads, then shortens the schedule and reduces its context switches. An operation or a request is removed first together with the steps that served it
/// (<see cref="ShrinkStepOwners"/>): replayed by name, the steps left over would otherwise run
/// other work earlier and lose the interleaving that broke the spec. Every candidate is re-run
/// and re-validated, replaying what still fits of the old schedule (choices that are no longer
/// enabled are skipped); the accepted candidate's schedule
/// becomes the choices its run actually made, so the result replays exactly, strictly. Greedy,
/// first improvement.
/// </summary>
public sealed class Shrinker(CaseRunner runner, int maxRuns = 2_000)
{
    public ShrinkResult Shrink(FuzzCase failing, CaseVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(failing);
        ArgumentNullException.ThrowIfNull(verdict);
        var signature = verdict.Signature;
        var current = failing with { Schedule = Prefix(verdict) };
        var currentVerdict = verdict;
        var owners = OwnersOf(current, verdict);
        var runs = 0;
        var improved = true;
        while (improved && runs < maxRuns)
        {
            improved = false;
            foreach (var candidate in Candidates(current, owners))
            {
                if (++runs > maxRuns)
                {
                    break;
                }

                var candidateVerdict = runner.Run(candidate, lenient: true);
                if (candidateVerdict.Invalid || candidateVerdict.Signature != signature)
                {
                    continue;
                }

                var next = candidate with { Schedule = Prefix(candidateVerdict) };
                if (Size.Of(next).CompareTo(Size.Of(current)) < 0)
                {
                    current = next;
                    currentVerdict = candidateVerdict;
                    owners = OwnersOf(next, candidateVerdict);
                    improved = true;
                    break;
                }
            }
        }

        return new ShrinkResult(current, currentVerdict, runs);
    }

    /// <summary>
    /// The choices up to the step at which the run first broke the spec (an invariant false in the
    /// state after step k: the first k choices); the whole run for a deadlock or a refinement
    /// failure at the end. Replaying the prefix strictly reproduces the failure at the same step.
    /// </summary>
    public static ImmutableArray<string> Prefix(CaseVerdict verdict)
    {
        var choices = verdict.Run.Choices;
        return verdict.Validation.Failure?.Step is { } step && step < choices.Length ? choices[..step] : choices;
    }

    /// <summary>What each choice served (read from the trace), when there is an operation or a request to remove with its steps.</summary>
    private static ImmutableArray<StepOwner> OwnersOf(FuzzCase c, CaseVerdict verdict) =>
        c.Scenario.Requests.Length > 1 || !c.Scenario.MainOps.IsEmpty ? ShrinkStepOwners.Of(verdict, c, c.Schedule.Length) : [];

    /// <summary>Smaller cases to try, biggest cuts first (without knowing which steps served what).</summary>
    internal static IEnumerable<FuzzCase> Candidates(FuzzCase c) => Candidates(c, []);

    /// <summary>
    /// Smaller cases to try, biggest cuts first. <paramref name="owners"/> (from
    /// <see cref="ShrinkStepOwners"/>, empty when unknown) says what each scheduled choice served:
    /// an operation or a request goes first together with every step that served it, then alone.
    /// </summary>
    internal static IEnumerable<FuzzCase> Candidates(FuzzCase c, ImmutableArray<StepOwner> owners)
    {
        var s = c.Scenario;
        foreach (var (start, length) in Groups(s.MainOps))
        {
            var ops = s.MainOps.RemoveRange(start, length);
            var bh = ops.Any(o => o.Op == Operation.ScheduleBh) ? s.BhOps : [];
            if (EditsConsistent(ops, bh, s))
            {
                var smaller = c with { Scenario = s with { MainOps = ops, BhOps = bh } };
                var withSteps = Without(c.Schedule, owners, o => o.Runs(StepOwner.MainProgram, start, length) || (bh.IsEmpty && o.Program == StepOwner.BhProgram));
                if (withSteps.Length < c.Schedule.Length)
                {
                    yield return smaller with { Schedule = withSteps };
                }

                yield return smaller;
            }
        }

        // The BH's program run in place of the scheduleBh that queues it: one operation less.
        var queued = s.MainOps.IndexOf(Operation.ScheduleBhOp());
        if (queued >= 0 && !s.BhOps.IsEmpty)
        {
            var ops = s.MainOps.RemoveAt(queued).InsertRange(queued, s.BhOps);
            if (EditsConsistent(ops, [], s))
            {
                var inlined = c with { Scenario = s with { MainOps = ops, BhOps = [] } };
                var withSteps = Without(c.Schedule, owners, o => o.Runs(StepOwner.MainProgram, queued, 1));
                if (withSteps.Length < c.Schedule.Length)
                {
                    yield return inlined with { Schedule = withSteps };
                }

                yield return inlined;
            }
        }

        if (s.Requests.Length > 1)
        {
            foreach (var r in s.Requests)
            {
                var smaller = c with { Scenario = s with { Requests = s.Requests.Remove(r) } };
                var withSteps = Without(c.Schedule, owners, o => o.Request == r.Name);
                var schedule = c.Schedule.RemoveAll(x => x == $"Submit({r.Name})" || x == $"IoComplete({r.Name})");
                if (withSteps.Length < schedule.Length)
                {
                    yield return smaller with { Schedule = withSteps };
                }

                yield return smaller with { Schedule = schedule };
            }
        }

        if (s.NestedRead)
        {
            yield return c with { Scenario = s with { NestedRead = false } };
        }

        // Schedule: drop chunks (halves, quarters, ... single choices), then swap neighbours that
        // switch threads so that one thread runs longer.
        for (var chunk = Math.Max(1, c.Schedule.Length / 2); chunk >= 1; chunk /= 2)
        {
            for (var start = c.Schedule.Length - chunk; start >= 0; start -= chunk)
            {
                yield return c with { Schedule = c.Schedule.RemoveRange(start, chunk) };
            }

            if (chunk == 1)
            {
                break;
            }
        }

        for (var i = 1; i + 1 < c.Schedule.Length; i++)
        {
            if (c.Schedule[i] != c.Schedule[i - 1] && c.Schedule[i + 1] == c.Schedule[i - 1])
            {
                var swapped = c.Schedule.SetItem(i, c.Schedule[i + 1]).SetItem(i + 1, c.Schedule[i]);
                yield return c with { Schedule = swapped };
            }
        }
    }

    /// <summary>The schedule without the choices whose owner matches (the whole schedule when owners are unknown).</summary>
    private static ImmutableArray<string> Without(ImmutableArray<string> schedule, ImmutableArray<StepOwner> owners, Func<StepOwner, bool> served)
    {
        if (owners.Length != schedule.Length)
        {
            return schedule;
        }

        var kept = ImmutableArray.CreateBuilder<string>(schedule.Length);
        for (var i = 0; i < schedule.Length; i++)
        {
            if (!served(owners[i]))
            {
                kept.Add(schedule[i]);
            }
        }

        return kept.ToImmutable();
    }

    /// <summary>The removable groups of a program: a drained section with its lock, a nested acquire, any other single operation.</summary>
    private static IEnumerable<(int Start, int Length)> Groups(ImmutableArray<Operation> ops)
    {
        var groups = new List<(int, int)>();
        for (var i = 0; i < ops.Length;)
        {
            var length = GroupLength(ops, i);
            groups.Add((i, length));
            i += length;
        }

        groups.Reverse(); // later operations first: they depend on earlier ones, not the other way round
        return groups;
    }

    private static int GroupLength(ImmutableArray<Operation> ops, int i)
    {
        bool Is(int k, string op) => k < ops.Length && ops[k].Op == op;
        if (Is(i, Operation.Acquire) && Is(i + 1, Operation.DrainBegin) && Is(i + 2, Operation.DrainEnd) && Is(i + 3, Operation.Release))
        {
            return 4;
        }

        if (Is(i, Operation.Acquire) && Is(i + 1, Operation.Acquire) && Is(i + 2, Operation.Release) && Is(i + 3, Operation.Release))
        {
            return 4;
        }

        return Is(i, Operation.DrainBegin) && Is(i + 1, Operation.DrainEnd) ? 2 : 1;
    }

    /// <summary>Every edit starts from the edge's child at that point (BH edits run last at the latest).</summary>
    private static bool EditsConsistent(ImmutableArray<Operation> main, ImmutableArray<Operation> bh, Scenario s)
    {
        var child = s.Edges.Where(e => e.Name == "eBacking").Select(e => e.Child).FirstOrDefault();
        foreach (var op in main.Concat(bh))
        {
            if (op.Op != Operation.Edit)
            {
                continue;
            }

            if (op.From != child)
            {
                return false;
            }

            child = op.To;
        }

        return true;
    }
}

/// <summary>The shrunk case, its verdict, and how many runs the search took.</summary>
public sealed record ShrinkResult(FuzzCase Case, CaseVerdict Verdict, int Runs);

/// <summary>How big a case is: program and requests first, then schedule length, then context switches.</summary>
internal readonly record struct Size(int Structure, int Steps, int Switches) : IComparable<Size>
{
    public static Size Of(FuzzCase c)
    {
        var switches = 0;
        for (var i = 1; i < c.Schedule.Length; i++)
        {
            switches += c.Schedule[i] != c.Schedule[i - 1] ? 1 : 0;
        }

        var s = c.Scenario;
        return new Size(s.MainOps.Length + s.BhOps.Length + s.Requests.Length + (s.NestedRead ? 1 : 0), c.Schedule.Length, switches);
    }

    public int CompareTo(Size other) =>
        Structure != other.Structure ? Structure.CompareTo(other.Structure)
        : Steps != other.Steps ? Steps.CompareTo(other.Steps)
        : Switches.CompareTo(other.Switches);
}
