namespace GraphSpec.Fuzzing;

/// <summary>
/// The books of a campaign whose workers finish cases out of order: verdicts are counted in case
/// index order as soon as every lower index is in, and the count stops at the first failure, so
/// what a campaign reports (cases, steps, actions exercised, the failure) does not depend on how
/// many workers ran it or how they were scheduled. Thread-safe.
/// </summary>
internal sealed class CaseLedger
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, (CaseVerdict Verdict, TimeSpan At)> waiting = [];
    private readonly HashSet<string> exercised = new(StringComparer.Ordinal);
    private long counted;
    private long steps;
    private long firstFailure = long.MaxValue;

    /// <summary>The lowest case index known to fail (long.MaxValue while none): no case above it needs to run.</summary>
    public long FirstFailure => Volatile.Read(ref firstFailure);

    /// <summary>The first failure in index order, once every case before it is counted.</summary>
    public (long Index, CaseVerdict Verdict, TimeSpan FoundAfter)? Failure { get; private set; }

    public void Add(long index, CaseVerdict verdict, TimeSpan at)
    {
        lock (gate)
        {
            if (!verdict.Passed && !verdict.Invalid && index < firstFailure)
            {
                Volatile.Write(ref firstFailure, index);
            }

            waiting[index] = (verdict, at);
            while (Failure is null && waiting.Remove(counted, out var next))
            {
                counted++;
                steps += next.Verdict.Run.Steps;
                exercised.UnionWith(next.Verdict.Actions);
                if (!next.Verdict.Passed && !next.Verdict.Invalid)
                {
                    Failure = (counted - 1, next.Verdict, next.At);
                }
            }
        }
    }

    /// <summary>Cases and steps counted so far, and the spec actions their runs exercised (Init not counted).</summary>
    public (long Cases, long Steps, int Actions) Counted()
    {
        lock (gate)
        {
            return (counted, steps, exercised.Count - (exercised.Contains("Init") ? 1 : 0));
        }
    }
}
