using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Values;
using Xunit;

namespace GraphSpec.UnitTests.Evaluation;

/// <summary>
/// A minimal breadth-first explorer over the evaluator's Init/Next enumeration, counting like TLC:
/// every generated state (duplicates included) and every distinct one. Test-only.
/// </summary>
internal sealed class TinyModelChecker : IStateSink
{
    private readonly HashSet<StateKey> seen = [];
    private readonly Queue<Value[]> queue = new();
    private readonly List<Value[]> fresh = [];

    public long Generated { get; private set; }

    public int Distinct => seen.Count;

    public int Depth { get; private set; }

    public bool OnState(Value[] state, in ActionInfo action)
    {
        Generated++;
        if (seen.Add(new StateKey(state)))
        {
            fresh.Add(state);
        }

        return true;
    }

    public static TinyModelChecker Run(ResolvedSpec spec, ModelContext model, string init, string next, params string[] invariants)
    {
        Assert.True(spec.TryGetDefinition(init, out var initDefinition), init);
        Assert.True(spec.TryGetDefinition(next, out var nextDefinition), next);
        var invariantDefinitions = new List<OperatorDefinition>();
        foreach (var name in invariants)
        {
            Assert.True(spec.TryGetDefinition(name, out var d), name);
            invariantDefinitions.Add(d);
        }

        var evaluator = model.CreateEvaluator();
        var checker = new TinyModelChecker();
        var error = evaluator.EnumerateInitialStates(initDefinition, checker);
        Assert.Null(error);
        while (checker.fresh.Count > 0)
        {
            checker.Depth++;
            foreach (var state in checker.fresh)
            {
                foreach (var invariant in invariantDefinitions)
                {
                    var result = evaluator.Evaluate(invariant, state);
                    Assert.True(result.IsTrue, $"{invariant.Name} fails in [{string.Join(", ", (object[])state)}]: {result.Error}");
                }

                checker.queue.Enqueue(state);
            }

            checker.fresh.Clear();
            while (checker.queue.Count > 0)
            {
                var state = checker.queue.Dequeue();
                var stepError = evaluator.EnumerateSuccessors(nextDefinition, state, checker);
                Assert.Null(stepError);
            }
        }

        return checker;
    }

    private readonly struct StateKey(Value[] values) : IEquatable<StateKey>
    {
        private readonly Value[] values = values;

        public bool Equals(StateKey other)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (!values[i].Equals(other.values[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is StateKey k && Equals(k);

        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var v in values)
            {
                hash = (hash * 31) + v.GetHashCode();
            }

            return hash;
        }
    }
}
