using System.Collections.Immutable;
using GraphSpec.Impl.Qemu;
using GraphSpec.Impl.Scenarios;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;

namespace GraphSpec.Fuzzing;

/// <summary>
/// What one step of a run served: a request (null: none or several), and an operation of a
/// scenario's program (<see cref="Program"/> "main" or "bh", <see cref="Op"/> its index from 0 in
/// the scenario's list; null and -1 when the step runs no operation).
/// </summary>
internal readonly record struct StepOwner(string? Request, string? Program, int Op)
{
    /// <summary>The spec's names of the main thread's program and of the BH's program.</summary>
    public const string MainProgram = "main";
    public const string BhProgram = "bh";

    public static readonly StepOwner None = new(null, null, -1);

    public bool Runs(string program, int first, int count) => Program == program && Op >= first && Op < first + count;
}

/// <summary>
/// Which request and which operation each step of a run served, read from its trace. An
/// environment step names its request (Submit, IoComplete). A thread's step serves request r
/// when r is the only request its thread-local state mentions (every state variable that maps
/// the thread to something, e.g. its call stack with the coroutine's argument) before or after
/// the step; it runs an operation of a program when, before the step, the thread's state holds
/// that program's frame (a record with <c>prog</c> and a 1-based <c>i</c> into the program as the
/// spec sees it, where an edit is its whole caller-side sequence). The shrinker removes a
/// request or an operation together with the steps that served it: the other steps, replayed by
/// name, then still do what they did (a request whose bottom half an IOThread ran takes those
/// IOThread steps with it, an operation the main thread's steps that ran it).
/// </summary>
internal static class ShrinkStepOwners
{
    /// <summary>Deeper values are not searched (trace states are a few levels deep).</summary>
    private const int MaxDepth = 32;

    /// <summary>
    /// What each of the first <paramref name="count"/> steps of a failing run served (index i:
    /// step i + 1), from the trace its verdict keeps; empty when the trace does not read, holds
    /// no states or is too short.
    /// </summary>
    public static ImmutableArray<StepOwner> Of(CaseVerdict verdict, FuzzCase fuzzCase, int count)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return TraceReader.Read(verdict.TraceUtf8.Span, "<trace>").Document is { } trace ? Of(trace, fuzzCase, count) : [];
    }

    /// <summary>What each of the first <paramref name="count"/> steps of <paramref name="trace"/> served (index i: step i + 1).</summary>
    public static ImmutableArray<StepOwner> Of(TraceDocument trace, FuzzCase fuzzCase, int count)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(fuzzCase);
        var scenario = fuzzCase.Scenario;
        if (trace.IsLabelOnly || trace.Steps.Length <= count)
        {
            return [];
        }

        var requests = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in scenario.Requests)
        {
            requests.Add(r.Name);
        }

        var programs = new BlockLayer(scenario, fuzzCase.Mutants);
        var main = SourceOps(programs, scenario.MainOps, programs.MainProgram.Length);
        var bh = SourceOps(programs, scenario.BhOps, programs.BhProgram.Length);
        var owners = ImmutableArray.CreateBuilder<StepOwner>(count);
        for (var i = 1; i <= count; i++)
        {
            var owner = OwnerOf(trace.Steps[i - 1], trace.Steps[i], requests);
            var source = owner.Program switch
            {
                StepOwner.MainProgram => main,
                StepOwner.BhProgram => bh,
                _ => [],
            };
            owners.Add(owner with { Op = owner.Op >= 0 && owner.Op < source.Length ? source[owner.Op] : -1 });
        }

        return owners.MoveToImmutable();
    }

    /// <summary>
    /// For each operation of the program the spec runs (<paramref name="expanded"/> of them), the
    /// index of the scenario operation it comes from; empty (no step runs a known operation) if the
    /// edits do not add up.
    /// </summary>
    private static ImmutableArray<int> SourceOps(BlockLayer programs, ImmutableArray<Operation> ops, int expanded)
    {
        var source = ImmutableArray.CreateBuilder<int>();
        for (var k = 0; k < ops.Length; k++)
        {
            var length = ops[k].Op == Operation.Edit ? GraphEdits.EditCallSequence(programs, ops[k]).Count() : 1;
            for (var n = 0; n < length; n++)
            {
                source.Add(k);
            }
        }

        return source.Count == expanded ? source.ToImmutable() : [];
    }

    private static StepOwner OwnerOf(TraceStep before, TraceStep step, HashSet<string> requests)
    {
        if (step.Thread is null || step.Thread == TraceStep.EnvironmentThread)
        {
            foreach (var parameter in step.Parameters)
            {
                if (parameter.Value is ModelValue m && requests.Contains(m.Name))
                {
                    return StepOwner.None with { Request = m.Name };
                }
            }

            return StepOwner.None;
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        var complete = true;
        (string Program, int Op)? frame = null;
        foreach (var local in ThreadLocal(before.State!, step.Thread))
        {
            complete &= Mentions(local, requests, found, 0);
            frame ??= ProgramFrame(local, 0);
        }

        foreach (var local in ThreadLocal(step.State!, step.Thread))
        {
            complete &= Mentions(local, requests, found, 0);
        }

        var request = complete && found.Count == 1 ? found.First() : null;
        return frame is var (program, op) ? new StepOwner(request, program, op) : StepOwner.None with { Request = request };
    }

    /// <summary>The values of every state variable that maps <paramref name="thread"/> (as a model value) to something.</summary>
    private static IEnumerable<Value> ThreadLocal(IReadOnlyList<NamedValue> state, string thread)
    {
        foreach (var variable in state)
        {
            if (FunctionValue.AsFunction(variable.Value) is not { IsSequence: false } function)
            {
                continue;
            }

            for (var k = 0; k < function.Count; k++)
            {
                if (function.KeyAt(k) is ModelValue key && key.Name == thread)
                {
                    yield return function.ValueAt(k);
                }
            }
        }
    }

    /// <summary>Adds the requests <paramref name="value"/> mentions; false when it is too deep to search.</summary>
    private static bool Mentions(Value value, HashSet<string> requests, HashSet<string> found, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (value)
        {
            case ModelValue m:
                if (requests.Contains(m.Name))
                {
                    found.Add(m.Name);
                }

                return true;
            case FiniteSetValue set:
                foreach (var item in set.Items)
                {
                    if (!Mentions(item, requests, found, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                if (FunctionValue.AsFunction(value) is not { } function)
                {
                    return true;
                }

                for (var k = 0; k < function.Count; k++)
                {
                    if (!Mentions(function.KeyAt(k), requests, found, depth + 1) || !Mentions(function.ValueAt(k), requests, found, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
        }
    }

    /// <summary>The outermost program frame in <paramref name="value"/>: its program and the 0-based index of the operation it is at.</summary>
    private static (string Program, int Op)? ProgramFrame(Value value, int depth)
    {
        if (depth > MaxDepth || FunctionValue.AsFunction(value) is not { } function)
        {
            return null;
        }

        if (function.IsRecord
            && function.TryApply(StringValue.Of("prog"), out var program) && program is StringValue name
            && function.TryApply(StringValue.Of("i"), out var index) && index is IntValue i && i.TryGetInt32(out var position))
        {
            return (name.Text, position - 1);
        }

        for (var k = 0; k < function.Count; k++)
        {
            if (ProgramFrame(function.ValueAt(k), depth + 1) is { } frame)
            {
                return frame;
            }
        }

        return null;
    }
}
