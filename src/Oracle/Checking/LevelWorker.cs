using System.Collections.Immutable;
using GraphSpec.Oracle.Checking.Liveness;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// Expands chunks of a BFS level on one thread: enumerates successors, fingerprints them, runs
/// TLC's checks on each one and records candidate new states in generation order. Reads the
/// seen-set, never writes it (the coordinator merges chunks in order, which makes the result
/// independent of the number of workers).
/// </summary>
internal sealed class LevelWorker : IStateSink
{
    private readonly CheckProblem problem;
    private readonly Evaluator enumerator;
    private readonly StateChecks checks;
    private readonly StateFingerprinter fingerprinter;
    private readonly FingerprintTable seen;
    private readonly bool checkDeadlock;
    private readonly bool coverage;
    private readonly bool recordEdges;
    private readonly HashSet<long> chunkSeen = [];

    private ChunkResult result = new();
    private Value[] current = [];
    private int currentIndex;

    public LevelWorker(CheckProblem problem, Evaluator enumerator, Evaluator checker, StateFingerprinter fingerprinter, FingerprintTable seen, bool checkDeadlock, bool coverage, bool recordEdges)
    {
        this.recordEdges = recordEdges;
        this.problem = problem;
        this.fingerprinter = fingerprinter;
        this.seen = seen;
        this.checkDeadlock = checkDeadlock;
        this.coverage = coverage;
        this.enumerator = enumerator;
        checks = new StateChecks(problem, checker);
    }

    /// <summary>TLCGet("level"): the BFS level of the states expanded next; their successors are one deeper.</summary>
    public void SetLevel(int level)
    {
        enumerator.Builtins.Level = level;
        checks.Evaluator.Builtins.Level = level + 1;
    }

    public ChunkResult Expand(List<(Value[] State, int Index)> level, int start, int end)
    {
        result = new ChunkResult { GeneratedByAction = coverage ? [] : null, Edges = recordEdges ? [] : null };
        chunkSeen.Clear();
        for (var i = start; i < end; i++)
        {
            (current, currentIndex) = level[i];
            var generatedBefore = result.Generated;
            var error = enumerator.EnumerateSuccessors(problem.Next, current, this);
            if (result.Event is not null)
            {
                break;
            }

            if (error is not null)
            {
                result.Event = ErrorEvent(error, currentIndex);
                break;
            }

            // A successor equal to the state itself counts: TLC's deadlock is "no successor at all".
            if (result.Generated == generatedBefore && checkDeadlock)
            {
                result.Event = new CheckEvent(CheckOutcome.Deadlock, currentIndex);
                break;
            }

            result.Expanded++;
        }

        return result;
    }

    public bool OnState(Value[] state, in ActionInfo action)
    {
        // Counters live in the chunk's result, allocated by this worker's thread: no field that
        // two workers write on every successor shares a cache line.
        result.Generated++;
        var definition = action.Definition ?? problem.Next;
        if (result.GeneratedByAction is { } counts)
        {
            counts[definition] = counts.GetValueOrDefault(definition) + 1;
        }

        var fingerprint = fingerprinter.Fingerprint(state, checks.Evaluator, out var error);
        if (error is not null)
        {
            result.Event = ErrorEvent(error, currentIndex);
            return false;
        }

        var inModel = checks.InModel(current, state, out error);
        if (error is not null)
        {
            result.Event = ErrorEvent(error, currentIndex, state, action);
            return false;
        }

        if (inModel && result.Edges is { } edges)
        {
            edges.Add((currentIndex, fingerprint, ActionLabel.FromActionInfo(action)));
        }

        var seenBefore = seen.Contains(fingerprint) || chunkSeen.Contains(fingerprint);
        if (!seenBefore)
        {
            var violated = checks.ViolatedInvariant(state, out error);
            if (error is not null)
            {
                result.Event = ErrorEvent(error, currentIndex, state, action, inInvariant: true) with { SuccessorIsNew = inModel };
                return false;
            }

            if (violated is not null)
            {
                result.Event = new CheckEvent(CheckOutcome.Invariant, currentIndex, violated, Successor: state, SuccessorAction: Label(action), SuccessorIsNew: inModel);
                return false;
            }
        }

        if (checks.HasActionProperties)
        {
            var violated = checks.ViolatedActionProperty(current, state, out error);
            if (error is not null)
            {
                result.Event = ErrorEvent(error, currentIndex, state, action);
                return false;
            }

            if (violated is not null)
            {
                result.Event = new CheckEvent(CheckOutcome.Property, currentIndex, violated, Successor: state, SuccessorAction: Label(action), SuccessorIsNew: inModel && !seenBefore);
                return false;
            }
        }

        if (inModel && !seenBefore)
        {
            chunkSeen.Add(fingerprint);
            result.Candidates.Add(new Candidate(state, fingerprint, currentIndex, definition));
        }

        return true;
    }

    public static TraceAction Label(in ActionInfo action) =>
        action.Definition is null
            ? TraceAction.Initial
            : new TraceAction(action.Name, action.GetArguments(), action.Span, action.Definition.Module, ParameterNames(action.Definition));

    private static ImmutableArray<string> ParameterNames(OperatorDefinition definition)
    {
        var names = ImmutableArray.CreateBuilder<string>(definition.Parameters.Length);
        foreach (var parameter in definition.Parameters)
        {
            names.Add(parameter.Name);
        }

        return names.MoveToImmutable();
    }

    internal static CheckEvent ErrorEvent(EvaluationError error, int stateIndex, Value[]? successor = null, in ActionInfo action = default, bool inInvariant = false) =>
        new(error.Kind == EvaluationErrorKind.AssertFailed ? CheckOutcome.Assert : CheckOutcome.EvalError,
            stateIndex,
            Error: error,
            InInvariant: inInvariant,
            Successor: successor,
            SuccessorAction: successor is null ? null : Label(action));
}
