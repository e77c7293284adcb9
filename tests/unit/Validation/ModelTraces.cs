using System.Collections.Immutable;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tla.Config;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;
using GraphSpec.Oracle.Traces;
using GraphSpec.Oracle.Validation;
using Xunit;

namespace GraphSpec.UnitTests.Validation;

/// <summary>
/// Produces traces without the implementation: behaviours of a model of spec/tla/models (Models.tla
/// plus a cfg), written in the trace format against BlockLayer with the model's constants. A
/// behaviour is a seeded random walk over the model's successors or the checker's counterexample.
/// </summary>
internal sealed class ModelTraces
{
    private static readonly Lazy<SpecInstance> BlockLayerSpec = new(() =>
    {
        var loaded = SpecInstance.Load(Path.Combine(SpecFolder, "BlockLayer.tla"));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return loaded.Instance!;
    });

    private readonly Evaluator evaluator;
    private readonly OperatorDefinition init;
    private readonly OperatorDefinition next;

    private ModelTraces(string model, BoundModel bound, ModelContext context)
    {
        Model = model;
        evaluator = context.CreateEvaluator();
        Assert.True(bound.Spec.TryGetDefinition("Init", out var initDefinition));
        Assert.True(bound.Spec.TryGetDefinition("Next", out var nextDefinition));
        (init, next) = (initDefinition, nextDefinition);
        var constants = ImmutableArray.CreateBuilder<NamedValue>();
        foreach (var name in BlockLayer.ConstantNames)
        {
            var expression = bound.Spec.BindExpression(name);
            var value = evaluator.Evaluate(expression.Definition!);
            Assert.True(value.Succeeded, value.Error?.ToString());
            constants.Add(new NamedValue(name, value.Value!));
        }

        Constants = constants.ToImmutable();
        Invariants = [.. bound.Invariants.Select(i => i.Name)];
    }

    public static string SpecFolder => Path.Combine(TestPaths.RepositoryRoot, "spec", "tla");

    /// <summary>BlockLayer.tla, loaded once for all tests.</summary>
    public static SpecInstance BlockLayer => BlockLayerSpec.Value;

    public string Model { get; }

    /// <summary>BlockLayer's constants as the model sets them.</summary>
    public ImmutableArray<NamedValue> Constants { get; }

    /// <summary>The invariants the model's cfg checks.</summary>
    public ImmutableArray<string> Invariants { get; }

    /// <summary>Validation options checking the cfg's invariants.</summary>
    public ValidationOptions Options => new() { Invariants = Invariants };

    public TraceHeader Header => new("BlockLayer", Constants, Model, [], null, null);

    /// <summary>Loads spec/tla/models/NAME.cfg with Models.tla.</summary>
    public static ModelTraces Load(string model)
    {
        var bound = ModelLoader.LoadFiles(Path.Combine(SpecFolder, "Models.tla"), Path.Combine(SpecFolder, "models", model + ".cfg"));
        Assert.True(bound.Succeeded, string.Join("\n", bound.Diagnostics));
        var context = bound.Model!.CreateModelContext();
        Assert.True(context.Model is not null, string.Join("\n", context.Diagnostics));
        return new ModelTraces(model, bound.Model, context.Model!);
    }

    /// <summary>
    /// A random behaviour: from the first initial state, a seeded choice among the successors
    /// (the Terminated stutter excluded) until none is left or <paramref name="maxSteps"/> is
    /// reached; it ends "done" when the spec's only move is the stutter, else "deadlock".
    /// </summary>
    public TraceDocument RandomWalk(int seed, int maxSteps = 200)
    {
        var random = new Random(seed);
        var initial = new Collector();
        Assert.Null(evaluator.EnumerateInitialStates(init, initial));
        var state = initial.States[0].State;
        var steps = ImmutableArray.CreateBuilder<TraceStep>();
        steps.Add(TraceStep.Initial(Named(state)));
        for (var i = 1; i <= maxSteps; i++)
        {
            var successors = new Collector();
            Assert.Null(evaluator.EnumerateSuccessors(next, state, successors));
            var moves = successors.States.FindAll(s => s.Action != "Terminated");
            if (moves.Count == 0)
            {
                var end = successors.States.Count > 0 ? RunEnd.Done : RunEnd.Deadlock;
                return new TraceDocument(Header, steps.ToImmutable(), new TraceFooter(end, i - 1));
            }

            var chosen = moves[random.Next(moves.Count)];
            steps.Add(Step(i, chosen.Action, chosen.Parameters, chosen.State));
            state = chosen.State;
        }

        Assert.Fail($"{Model}: the walk with seed {seed} did not end within {maxSteps} steps");
        return null!;
    }

    /// <summary>The model checker's counterexample, ending in <paramref name="end"/>.</summary>
    public TraceDocument Counterexample(RunEnd end)
    {
        var result = ModelChecker.CheckFiles(Path.Combine(SpecFolder, "Models.tla"), Path.Combine(SpecFolder, "models", Model + ".cfg"), new CheckOptions { Workers = 1 });
        Assert.NotEmpty(result.Trace);
        var steps = ImmutableArray.CreateBuilder<TraceStep>();
        steps.Add(TraceStep.Initial(Named([.. result.Trace[0].Values])));
        for (var i = 1; i < result.Trace.Length; i++)
        {
            var action = result.Trace[i].Action;
            var parameters = action.ParameterNames.Select((name, k) => new NamedValue(name, action.Arguments[k])).ToImmutableArray();
            steps.Add(Step(i, action.Name, parameters, [.. result.Trace[i].Values]));
        }

        return new TraceDocument(Header, steps.ToImmutable(), new TraceFooter(end, result.Trace.Length - 1));
    }

    /// <summary>The checker's verdict on this model (the expected outcome and the violated invariant).</summary>
    public CheckResult Check() =>
        ModelChecker.CheckFiles(Path.Combine(SpecFolder, "Models.tla"), Path.Combine(SpecFolder, "models", Model + ".cfg"), new CheckOptions { Workers = 1 });

    public static TraceStep Step(int index, string action, ImmutableArray<NamedValue> parameters, Value[] state) =>
        new(index, Thread(parameters), action, parameters, Named(state));

    public static ImmutableArray<NamedValue> Named(Value[] state) =>
        [.. state.Select((value, i) => new NamedValue(BlockLayer.VariableNames[i], value))];

    // A thread step names its thread by its parameter t; Submit and IoComplete are the environment's.
    private static string Thread(ImmutableArray<NamedValue> parameters) =>
        parameters.FirstOrDefault(p => p.Name == "t").Value is ModelValue thread ? thread.Name : TraceStep.EnvironmentThread;

    private sealed class Collector : IStateSink
    {
        public List<(Value[] State, string Action, ImmutableArray<NamedValue> Parameters)> States { get; } = [];

        public bool OnState(Value[] state, in ActionInfo action)
        {
            var arguments = action.GetArguments();
            var names = action.Definition?.Parameters ?? [];
            States.Add((state, action.Name, [.. names.Select((p, k) => new NamedValue(p.Name, arguments[k]))]));
            return true;
        }
    }
}
