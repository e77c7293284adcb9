using System.Collections.Immutable;
using System.Diagnostics;
using GraphSpec.Oracle.Checking.Liveness;
using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// Breadth-first safety checking, level by level. Each level is cut into chunks that workers
/// expand in parallel against the seen-set of the previous batches; the chunks are then merged in
/// order on one thread. The merge order is the order of a sequential search, so the counts, the
/// outcome and the counterexample are the same for any number of workers.
/// </summary>
internal sealed partial class BfsChecker
{
    private const int ChunkSize = 32;
    private const int ChunksPerWorkerAndBatch = 64;

    private readonly CheckProblem problem;
    private readonly CheckOptions options;
    private readonly CancellationToken cancellation;
    private readonly StateFingerprinter fingerprinter;
    private readonly FingerprintTable seen = new();
    private readonly StateStore store = new();
    private readonly bool checkDeadlock;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Dictionary<OperatorDefinition, (long Generated, long Distinct)> coverage = [];
    private TimeSpan lastProgress;
    private long generated;
    private long initialStates;
    private int depth;

    private readonly StateGraph? graph;

    /// <param name="graph">When given, receives every distinct state (same indices as the search) and every step, for liveness checking.</param>
    public BfsChecker(CheckProblem problem, CheckOptions options, CancellationToken cancellation, StateGraph? graph = null)
    {
        this.graph = graph;
        this.problem = problem;
        this.options = options;
        this.cancellation = cancellation;
        fingerprinter = new StateFingerprinter(problem);
        checkDeadlock = options.CheckDeadlock ?? problem.Bound.CheckDeadlock;
        printOutput = TextWriter.Synchronized(options.PrintOutput ?? Console.Out);
    }

    private readonly TextWriter printOutput;

    /// <summary>An evaluator whose Print output goes to the run's writer (one per thread).</summary>
    internal Evaluator CreateEvaluator(long? level = null) =>
        problem.Model.CreateEvaluator(new BuiltinContext(printOutput) { Level = level });

    /// <summary>Distinct states by index with their parent, for liveness checking and traces.</summary>
    internal StateStore Store => store;

    public CheckResult Run()
    {
        var evaluator = CreateEvaluator(level: 1);
        if (CheckAssumptions(evaluator) is { } assumption)
        {
            return assumption;
        }

        var level = new List<(Value[] State, int Index)>();
        if (ComputeInitialStates(evaluator, level) is { } initialResult)
        {
            return initialResult;
        }

        var workerCount = Math.Max(1, options.Workers);
        var workers = new LevelWorker[workerCount];
        for (var w = 0; w < workerCount; w++)
        {
            workers[w] = new LevelWorker(problem, CreateEvaluator(), CreateEvaluator(), fingerprinter, seen, checkDeadlock, options.Coverage, graph is not null);
        }

        initialStates = level.Count;
        depth = level.Count > 0 ? 1 : 0;
        var batchSize = ChunkSize * ChunksPerWorkerAndBatch * workerCount;
        while (level.Count > 0)
        {
            var next = new List<(Value[] State, int Index)>();
            for (var batchStart = 0; batchStart < level.Count; batchStart += batchSize)
            {
                if (Interrupted(level.Count - batchStart + next.Count) is { } stopped)
                {
                    return stopped;
                }

                var batchEnd = Math.Min(level.Count, batchStart + batchSize);
                var chunks = ExpandBatch(workers, level, batchStart, batchEnd, depth);
                var expanded = batchStart;
                foreach (var chunk in chunks)
                {
                    Merge(chunk, next);
                    expanded += chunk.Expanded;
                    if (chunk.Event is { } found)
                    {
                        var left = level.Count - expanded + next.Count;
                        return EventResult(found, Statistics(left));
                    }
                }

                RecordEdges(chunks);
            }

            level = next;
            if (level.Count > 0)
            {
                depth++;
            }
        }

        return Finished(CheckOutcome.Ok, Statistics(0));
    }

    private CheckResult? CheckAssumptions(Evaluator evaluator)
    {
        foreach (var assumption in problem.Model.Spec.Assumptions)
        {
            var result = evaluator.Evaluate(assumption.Definition);
            if (result.Error is { } error)
            {
                return Failure(CheckOutcome.EvalError, error.Message, error.ToDiagnostic());
            }

            if (!result.IsTrue)
            {
                var message = $"Assumption {assumption.Span.ToTlcString(assumption.Module)} is false.";
                return Failure(CheckOutcome.AssumptionFalse, message, new Diagnostic(DiagnosticKind.Evaluation, message, assumption.Span));
            }
        }

        return null;
    }

    private CheckResult? ComputeInitialStates(Evaluator evaluator, List<(Value[] State, int Index)> level)
    {
        var collector = new InitialStates();
        var error = evaluator.EnumerateInitialStates(problem.Init, collector);
        if (error is not null)
        {
            return EventResult(LevelWorker.ErrorEvent(error, -1), Statistics(0));
        }

        var checks = new StateChecks(problem, evaluator);
        foreach (var state in collector.States)
        {
            generated++;
            var fingerprint = fingerprinter.Fingerprint(state, evaluator, out error);
            var inModel = error is null && checks.InModel(null, state, out error);
            if (error is not null)
            {
                return EventResult(LevelWorker.ErrorEvent(error, -1, state, default), Statistics(level.Count));
            }

            if (seen.Contains(fingerprint))
            {
                continue;
            }

            var violated = checks.ViolatedInvariant(state, out error);
            if (error is not null)
            {
                return EventResult(LevelWorker.ErrorEvent(error, -1, state, default, inInvariant: true), Statistics(level.Count));
            }

            if (violated is not null)
            {
                return InitialViolation(violated, state);
            }

            if (inModel)
            {
                var index = store.Add(fingerprint, -1);
                seen.TryAdd(fingerprint, index);
                options.OnDistinctState?.Invoke(fingerprint);
                graph?.AddState(state, fingerprint, isInitial: true);
                level.Add((state, index));
            }
        }

        return null;
    }

    private ChunkResult[] ExpandBatch(LevelWorker[] workers, List<(Value[] State, int Index)> level, int start, int end, int levelNumber)
    {
        foreach (var worker in workers)
        {
            worker.SetLevel(levelNumber);
        }

        var chunkCount = (end - start + ChunkSize - 1) / ChunkSize;
        var results = new ChunkResult[chunkCount];
        if (workers.Length == 1 || chunkCount == 1)
        {
            for (var c = 0; c < chunkCount; c++)
            {
                results[c] = workers[0].Expand(level, start + (c * ChunkSize), Math.Min(end, start + ((c + 1) * ChunkSize)));
                if (results[c].Event is not null)
                {
                    return results[..(c + 1)];
                }
            }

            return results;
        }

        var nextChunk = -1;
        var firstEvent = int.MaxValue;
        Parallel.For(0, workers.Length, new ParallelOptions { MaxDegreeOfParallelism = workers.Length }, w =>
        {
            int c;
            while ((c = Interlocked.Increment(ref nextChunk)) < chunkCount && c < Volatile.Read(ref firstEvent))
            {
                var chunk = workers[w].Expand(level, start + (c * ChunkSize), Math.Min(end, start + ((c + 1) * ChunkSize)));
                results[c] = chunk;
                if (chunk.Event is not null)
                {
                    int observed;
                    while (c < (observed = Volatile.Read(ref firstEvent)) && Interlocked.CompareExchange(ref firstEvent, c, observed) != observed)
                    {
                    }
                }
            }
        });

        // Chunks after the first event may not have run; only the prefix up to it counts.
        return firstEvent == int.MaxValue ? results : results[..(firstEvent + 1)];
    }

    private void Merge(ChunkResult chunk, List<(Value[] State, int Index)> next)
    {
        generated += chunk.Generated;
        foreach (var candidate in chunk.Candidates)
        {
            var index = store.Count;
            if (!seen.TryAdd(candidate.Fingerprint, index))
            {
                continue;
            }

            store.Add(candidate.Fingerprint, candidate.Parent);
            options.OnDistinctState?.Invoke(candidate.Fingerprint);
            graph?.AddState(candidate.State, candidate.Fingerprint, isInitial: false);
            next.Add((candidate.State, index));
            if (options.Coverage && candidate.Action is { } action)
            {
                var (g, d) = coverage.GetValueOrDefault(action);
                coverage[action] = (g, d + 1);
            }
        }

        if (chunk.GeneratedByAction is { } counts)
        {
            foreach (var (action, count) in counts)
            {
                var (g, d) = coverage.GetValueOrDefault(action);
                coverage[action] = (g + count, d);
            }
        }
    }

    // After a batch is merged every target of its steps has an index.
    private void RecordEdges(ChunkResult[] chunks)
    {
        if (graph is null)
        {
            return;
        }

        foreach (var chunk in chunks)
        {
            foreach (var (from, to, label) in chunk.Edges!)
            {
                if (seen.TryGetIndex(to, out var target))
                {
                    graph.AddEdge(from, target, label);
                }
            }
        }
    }

    private CheckResult? Interrupted(long leftOnQueue)
    {
        if (cancellation.IsCancellationRequested)
        {
            return Finished(CheckOutcome.Stopped, Statistics(leftOnQueue));
        }

        if (options.MaxStates is { } max && store.Count >= max)
        {
            return Finished(CheckOutcome.MaxStates, Statistics(leftOnQueue));
        }

        if (options.Progress is { } progress && clock.Elapsed - lastProgress >= options.ProgressInterval)
        {
            lastProgress = clock.Elapsed;
            progress(Statistics(leftOnQueue));
        }

        return null;
    }

    private CheckStatistics Statistics(long leftOnQueue) => new(generated, store.Count, leftOnQueue, depth);

    private sealed class InitialStates : IStateSink
    {
        public List<Value[]> States { get; } = [];

        public bool OnState(Value[] state, in ActionInfo action)
        {
            States.Add(state);
            return true;
        }
    }
}
