using GraphSpec.Oracle.Checking.Liveness;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.UnitTests.Evaluation;
using Xunit;

namespace GraphSpec.UnitTests.Liveness;

/// <summary>
/// Random small graphs checked against a brute-force reference that follows the definition of a
/// fair behaviour directly: a violation exists iff some reachable set of states S, strongly
/// connected through its own edges (a single state always is, by stuttering), satisfies every
/// fairness condition when the behaviour visits all of S and all edges inside S, and meets the
/// property's condition on S. (Visiting every edge of S only adds steps, so it is the best case.)
/// </summary>
public class RandomGraphCrossCheckTests
{
    private const int States = 5;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Checker_agrees_with_subset_enumeration(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 25; round++)
        {
            var a = RandomTable(random);
            var b = RandomTable(random);
            var edges = new List<(int, int)>();
            for (var s = 1; s <= States; s++)
            {
                for (var t = 1; t <= States; t++)
                {
                    if (random.Next(4) == 0)
                    {
                        edges.Add((s, t));
                    }
                }
            }

            var aStrong = random.Next(2) == 0;
            var bStrong = random.Next(2) == 0;
            var module = Module(a, b, aStrong, bStrong);
            foreach (var (property, start, region, edgeAllowed, violation) in Properties(a, b))
            {
                var expected = ReferenceViolates(a, b, aStrong, bStrong, edges, start, region, edgeAllowed, violation);
                var actual = Check(module, property, edges);
                Assert.True(
                    expected == (actual.Outcome == LivenessOutcome.TemporalPropertyViolated),
                    $"seed {seed} round {round} {property}: reference {(expected ? "violated" : "holds")}, checker {actual.Outcome}\n{module}\nedges {string.Join(" ", edges)}");
            }
        }
    }

    /// <summary>
    /// The property name and, for the reference: which reachable states a violating behaviour may
    /// start from (after any prefix), what it must satisfy from there on, which edges its cycle
    /// may use, and the condition the fair set S with its inside edges must meet.
    /// </summary>
    private static IEnumerable<(string, Func<int, bool>, Func<int, bool>, Func<int, int, bool>, Func<HashSet<int>, List<(int From, int To)>, bool>)> Properties(int[] a, int[] b)
    {
        Func<int, bool> any = _ => true;
        Func<int, int, bool> anyEdge = (_, _) => true;
        bool AStep(int from, int to) => from != to && a[from] == to;
        bool NotBoxB(int from, int to) => from != to && b[from] != to;
        yield return ("OftenOne", any, any, anyEdge, (s, _) => !s.Contains(1));              // []<>(x = 1): S avoids 1
        yield return ("SettlesAtTwo", any, any, anyEdge, (s, _) => s.Any(x => x != 2));      // <>[](x = 2): S leaves 2
        yield return ("OftenOneOrSettles", any, any, anyEdge, (s, _) => !s.Contains(1) && s.Any(x => x != 3));
        yield return ("ReachTwo", x => x == 1, x => x != 2, anyEdge, (_, _) => true);        // <>(x = 2): from the initial state, avoid 2
        yield return ("ThreeLeadsToTwo", x => x == 3, x => x != 2, anyEdge, (_, _) => true); // (x = 3) ~> (x = 2)
        yield return ("OftenA", any, any, (f, t) => !AStep(f, t), (_, _) => true);           // []<><<A>>_x: the cycle takes no A step
        yield return ("SettlesB", any, any, anyEdge, (_, e) => e.Any(x => NotBoxB(x.From, x.To))); // <>[][B]_x: the cycle has a non-B step
        yield return ("OftenAOrSettlesB", any, any, (f, t) => !AStep(f, t), (_, e) => e.Any(x => NotBoxB(x.From, x.To)));
        yield return ("WeakB", any, any, (f, t) => !(f != t && b[f] == t), (s, _) => s.All(x => b[x] != x)); // WF_x(B): enabled throughout, never taken
        yield return ("StrongA", any, any, (f, t) => !AStep(f, t), (s, _) => s.Any(x => a[x] != x));        // SF_x(A): enabled somewhere, never taken
    }

    private static int[] RandomTable(Random random)
    {
        var table = new int[States + 1];
        for (var s = 1; s <= States; s++)
        {
            table[s] = random.Next(1, States + 1);
        }

        return table;
    }

    private static string Module(int[] a, int[] b, bool aStrong, bool bStrong) => $"""
        ---- MODULE Spec ----
        EXTENDS Naturals
        VARIABLE x
        TA == <<{string.Join(", ", a.Skip(1))}>>
        TB == <<{string.Join(", ", b.Skip(1))}>>
        Init == x = 1
        Next == x' \in 1..{States}
        A == x' = TA[x]
        B == x' = TB[x]
        Spec == Init /\ [][Next]_x /\ {(aStrong ? "SF" : "WF")}_x(A) /\ {(bStrong ? "SF" : "WF")}_x(B)
        OftenOne == []<>(x = 1)
        SettlesAtTwo == <>[](x = 2)
        OftenOneOrSettles == []<>(x = 1) \/ <>[](x = 3)
        ReachTwo == <>(x = 2)
        ThreeLeadsToTwo == (x = 3) ~> (x = 2)
        OftenA == []<><<A>>_x
        SettlesB == <>[][B]_x
        OftenAOrSettlesB == []<><<A>>_x \/ <>[][B]_x
        WeakB == WF_x(B)
        StrongA == SF_x(A)
        ====
        """;

    private static LivenessResult Check(string module, string property, List<(int From, int To)> edges)
    {
        var spec = TestSpecs.Load(module);
        var model = TestSpecs.Model(spec);
        var problem = LivenessProblem.Create(model, LivenessHarness.Definition(spec, "Spec"), [LivenessHarness.Definition(spec, property)]).Problem!;
        var graph = new StateGraph();
        for (var x = 1; x <= States; x++)
        {
            graph.AddState([IntValue.Of(x)], x, isInitial: x == 1);
        }

        var label = new ActionLabel("Next", [], default);
        foreach (var (from, to) in edges)
        {
            graph.AddEdge(from - 1, to - 1, label);
        }

        var result = LivenessChecker.Check(graph, problem, CancellationToken.None);
        new LivenessHarness(spec, model, problem, graph).AssertValidCounterexample(result);
        return result;
    }

    private static bool ReferenceViolates(
        int[] a, int[] b, bool aStrong, bool bStrong, List<(int From, int To)> edges,
        Func<int, bool> start, Func<int, bool> region, Func<int, int, bool> edgeAllowed, Func<HashSet<int>, List<(int From, int To)>, bool> violates)
    {
        var fromInitial = Closure([1], _ => true, edges);
        var reachable = Closure(fromInitial.Where(x => start(x) && region(x)), region, edges);

        for (var mask = 1; mask < 1 << States; mask++)
        {
            var set = new HashSet<int>(Enumerable.Range(1, States).Where(x => (mask & (1 << (x - 1))) != 0));
            var inside = edges.Where(e => set.Contains(e.From) && set.Contains(e.To) && edgeAllowed(e.From, e.To)).ToList();
            if (set.IsSubsetOf(reachable) && StronglyConnected(set, inside) && violates(set, inside)
                && Fair(a, aStrong, set, inside) && Fair(b, bStrong, set, inside))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<int> Closure(IEnumerable<int> sources, Func<int, bool> allowed, List<(int From, int To)> edges)
    {
        var seen = new HashSet<int>(sources);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (from, to) in edges)
            {
                changed |= seen.Contains(from) && allowed(to) && seen.Add(to);
            }
        }

        return seen;
    }

    private static bool Fair(int[] table, bool strong, HashSet<int> set, List<(int From, int To)> edges)
    {
        bool Enabled(int s) => table[s] != s;
        var stepTaken = edges.Any(e => set.Contains(e.From) && set.Contains(e.To) && e.From != e.To && table[e.From] == e.To);
        return stepTaken || (strong ? set.All(s => !Enabled(s)) : set.Any(s => !Enabled(s)));
    }

    private static bool StronglyConnected(HashSet<int> set, List<(int From, int To)> edges)
    {
        foreach (var start in set)
        {
            var seen = new HashSet<int> { start };
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var (from, to) in edges)
                {
                    changed |= seen.Contains(from) && set.Contains(to) && seen.Add(to);
                }
            }

            if (!set.SetEquals(seen))
            {
                return false;
            }
        }

        return true;
    }
}
