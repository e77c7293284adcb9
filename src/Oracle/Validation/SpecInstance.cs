using System.Collections.Concurrent;
using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Validation;

/// <summary>
/// A spec parsed and resolved once, to validate any number of traces against (from any number of
/// threads). Each trace brings its constants; the model they make (constants bound, constant-level
/// definitions such as BlockLayer's expanded programs evaluated once) is cached by value, so traces
/// of the same scenario share it. Nothing is written to disk.
/// </summary>
public sealed class SpecInstance
{
    private const int MaxCachedModels = 512;
    private readonly ConcurrentDictionary<long, CachedModel> models = new();

    private SpecInstance(ResolvedSpec spec, Func<string, string?>? readSource = null)
    {
        Spec = spec;
        Sources = new SourceText(readSource);
        VariableNames = [.. spec.Variables.Select(v => v.Name)];
        ConstantNames = [.. spec.Constants.Where(c => c.Arity == 0).Select(c => c.Name)];
    }

    public ResolvedSpec Spec { get; }

    /// <summary>The root module's name (a trace header's <c>spec</c>).</summary>
    public string ModuleName => Spec.RootModule;

    /// <summary>The variables in declaration order: the order of state arrays.</summary>
    public ImmutableArray<string> VariableNames { get; }

    /// <summary>The constants a trace must give values to.</summary>
    public ImmutableArray<string> ConstantNames { get; }

    internal SourceText Sources { get; }

    /// <summary>Parses and resolves <paramref name="specPath"/> (sibling modules from its folder).</summary>
    public static SpecInstanceResult Load(string specPath)
    {
        ArgumentNullException.ThrowIfNull(specPath);
        var loaded = SpecLoader.LoadFile(specPath);
        return new SpecInstanceResult(loaded.Spec is { } spec ? new SpecInstance(spec) : null, loaded.Diagnostics);
    }

    /// <summary>
    /// Wraps a spec already loaded. <paramref name="readSource"/> gives the text of a module file
    /// named in source spans (for specs loaded from memory); by default files are read from disk.
    /// </summary>
    public static SpecInstance FromResolved(ResolvedSpec spec, Func<string, string?>? readSource = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new SpecInstance(spec, readSource);
    }

    /// <summary>
    /// The model of these constants (cached), or a failure: a constant missing or unknown
    /// (malformed trace), a constant-level definition failing, an ASSUME false.
    /// </summary>
    internal (ModelContext? Model, ValidationFailure? Failure) Bind(IReadOnlyDictionary<string, Value> constants)
    {
        var (model, _, failure) = BindWithResults(constants);
        return (model, failure);
    }

    /// <summary><see cref="Bind"/>, with the table of results already verified for this model.</summary>
    internal (ModelContext? Model, VerifiedResults? Verified, ValidationFailure? Failure) BindWithResults(IReadOnlyDictionary<string, Value> constants)
    {
        var values = new Value[Spec.Constants.Length];
        var hasher = new FingerprintHasher();
        foreach (var constant in Spec.Constants)
        {
            if (constant.Arity > 0)
            {
                return (null, null, new ValidationFailure(ValidationOutcome.MalformedTrace,
                    $"{ModuleName} declares the operator constant {constant.Name}, which a trace cannot give a value to."));
            }

            if (!constants.TryGetValue(constant.Name, out var value))
            {
                return (null, null, new ValidationFailure(ValidationOutcome.MalformedTrace, $"The trace gives no value to the constant {constant.Name} of {ModuleName}."));
            }

            values[constant.Index] = value;
            hasher.Add(value.Fingerprint());
        }

        if (constants.Count != Spec.Constants.Length)
        {
            foreach (var name in constants.Keys)
            {
                if (!ConstantNames.Contains(name))
                {
                    return (null, null, new ValidationFailure(ValidationOutcome.MalformedTrace, $"{name} is not a constant of {ModuleName}."));
                }
            }
        }

        var key = hasher.Finish();
        if (models.TryGetValue(key, out var cached) && cached.Matches(values))
        {
            return (cached.Model, cached.Verified, cached.Failure);
        }

        var (model, failure) = Create(constants);
        if (models.Count >= MaxCachedModels)
        {
            models.Clear();
        }

        var verified = new VerifiedResults();
        models[key] = new CachedModel(values, model, verified, failure);
        return (model, verified, failure);
    }

    private (ModelContext? Model, ValidationFailure? Failure) Create(IReadOnlyDictionary<string, Value> constants)
    {
        var created = ModelContext.Create(Spec, constants, ImmutableDictionary<string, string>.Empty);
        if (created.Model is not { } model)
        {
            var first = created.Diagnostics.IsEmpty ? null : created.Diagnostics[0];
            var outcome = first?.Kind == DiagnosticKind.Evaluation ? ValidationOutcome.EvaluationError : ValidationOutcome.MalformedTrace;
            return (null, new ValidationFailure(outcome, first?.Message ?? "The constants cannot be bound.") { Location = first?.Span ?? SourceSpan.None });
        }

        var evaluator = model.CreateEvaluator();
        foreach (var assumption in Spec.Assumptions)
        {
            var result = evaluator.Evaluate(assumption.Definition);
            if (result.Error is { } error)
            {
                return (null, new ValidationFailure(ValidationOutcome.EvaluationError, $"Evaluating the assumption at {assumption.Span.ToTlcString(assumption.Module)} failed: {error.Message}") { Location = error.Span });
            }

            if (!result.IsTrue)
            {
                return (null, new ValidationFailure(ValidationOutcome.AssumptionFalse,
                    $"The trace's constants make the assumption at {assumption.Span.ToTlcString(assumption.Module)} false: {Sources.Of(assumption.Span)}")
                { Location = assumption.Span });
            }
        }

        return (model, null);
    }

    private sealed record CachedModel(Value[] Constants, ModelContext? Model, VerifiedResults Verified, ValidationFailure? Failure)
    {
        public bool Matches(Value[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (!Constants[i].Equals(values[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>A loaded spec, or the parse and semantic diagnostics that prevented loading it.</summary>
public sealed record SpecInstanceResult(SpecInstance? Instance, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => Instance is not null;
}
