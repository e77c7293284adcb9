using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>
/// A resolved spec with its constants bound (one model of a cfg file): constant values, operator
/// constants and the cache of constant-level definitions. Shared by all evaluating threads; each
/// thread evaluates through its own <see cref="Evaluator"/>.
/// </summary>
public sealed class ModelContext
{
    private ModelContext(ResolvedSpec spec)
    {
        Spec = spec;
        Constants = new Value[spec.Constants.Length];
        ConstantOperators = new OperatorDefinition?[spec.Constants.Length];
        DefinitionCache = new object?[spec.CacheSize];
    }

    public ResolvedSpec Spec { get; }

    internal Value[] Constants { get; }
    internal OperatorDefinition?[] ConstantOperators { get; }
    internal object?[] DefinitionCache { get; }

    /// <summary>
    /// Binds every constant of <paramref name="spec"/>: by value (<c>N = 3</c>) or by a definition
    /// of the spec (<c>N &lt;- Def</c>, also for operator constants <c>F &lt;- Op</c>). Unbound constants
    /// and unknown definitions are Config diagnostics; names that are not constants are ignored
    /// (TLC ignores a cfg value for an undeclared constant).
    /// </summary>
    public static ModelContextResult Create(
        ResolvedSpec spec,
        IReadOnlyDictionary<string, Value> constantValues,
        IReadOnlyDictionary<string, string> substitutions)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var model = new ModelContext(spec);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var deferred = new List<(ConstantInfo Constant, OperatorDefinition Definition)>();
        foreach (var constant in spec.Constants)
        {
            if (substitutions.TryGetValue(constant.Name, out var target))
            {
                if (!spec.TryGetDefinition(target, out var definition))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Config,
                        $"The constant {constant.Name} is substituted by {target}, which is not defined in the specification.", constant.Span));
                }
                else if (definition.Parameters.Length != constant.Arity)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Config,
                        $"The constant {constant.Name} takes {constant.Arity} arguments, but {target} takes {definition.Parameters.Length}.", constant.Span));
                }
                else if (constant.Arity > 0)
                {
                    model.ConstantOperators[constant.Index] = definition;
                }
                else
                {
                    deferred.Add((constant, definition));
                }
            }
            else if (constant.Arity == 0 && constantValues.TryGetValue(constant.Name, out var value))
            {
                model.Constants[constant.Index] = value;
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Config,
                    $"The constant parameter {constant.Name} is not assigned a value by the configuration file.", constant.Span));
            }
        }

        OverrideDefinitions(spec, model, constantValues, substitutions, diagnostics, deferred);
        if (diagnostics.Count == 0 && deferred.Count > 0)
        {
            // N <- Def: Def is evaluated once, after the constants given by value. The constants
            // change meanwhile, so this evaluator must not remember closed values.
            var evaluator = new Evaluator(new EvalContext(model, new BuiltinContext()) { ClosedValues = null });
            foreach (var (constant, definition) in deferred)
            {
                var result = evaluator.Evaluate(definition);
                if (result.Error is { } error)
                {
                    diagnostics.Add(error.ToDiagnostic());
                }
                else if (constant.Index >= 0)
                {
                    model.Constants[constant.Index] = result.Value!;
                }
                else
                {
                    model.DefinitionCache[-constant.Index - 1] = result.Value!;
                }
            }
        }

        return new ModelContextResult(diagnostics.Count == 0 ? model : null, diagnostics.ToImmutable());
    }

    /// <summary>
    /// A cfg may also give a value to a zero-arity constant-level definition (<c>NoVal = NoVal</c>
    /// for <c>NoVal == CHOOSE v : v \notin Val</c>) or replace it by another definition, as TLC
    /// allows: the value goes into the definition's cache slot, so it is never evaluated.
    /// </summary>
    private static void OverrideDefinitions(
        ResolvedSpec spec,
        ModelContext model,
        IReadOnlyDictionary<string, Value> constantValues,
        IReadOnlyDictionary<string, string> substitutions,
        ImmutableArray<Diagnostic>.Builder diagnostics,
        List<(ConstantInfo Constant, OperatorDefinition Definition)> deferred)
    {
        foreach (var (name, value) in constantValues)
        {
            if (IsConstant(spec, name) || !spec.TryGetDefinition(name, out var definition))
            {
                continue; // undeclared names are ignored, as TLC does
            }

            if (definition.CacheIndex < 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Config,
                    $"The definition {name} cannot be given a value: only constant-level definitions without parameters can.", definition.Span));
                continue;
            }

            model.DefinitionCache[definition.CacheIndex] = value;
        }

        foreach (var (name, target) in substitutions)
        {
            if (IsConstant(spec, name) || !spec.TryGetDefinition(name, out var definition))
            {
                continue;
            }

            if (definition.CacheIndex < 0 || !spec.TryGetDefinition(target, out var replacement) || !replacement.Parameters.IsEmpty)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Config,
                    $"The definition {name} cannot be replaced by {target}.", definition.Span));
                continue;
            }

            // A pseudo-constant with a negative index marks "store in the definition cache".
            deferred.Add((new ConstantInfo(name, 0, definition.Span, -definition.CacheIndex - 1), replacement));
        }
    }

    private static bool IsConstant(ResolvedSpec spec, string name)
    {
        foreach (var c in spec.Constants)
        {
            if (c.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A model for a spec without constants (a convenience for tests and <c>eval</c>); throws
    /// <see cref="InvalidOperationException"/> when the spec declares constants: use <see cref="Create"/>.
    /// </summary>
    public static ModelContext CreateWithoutConstants(ResolvedSpec spec) =>
        Create(spec, new Dictionary<string, Value>(), new Dictionary<string, string>()).Model
        ?? throw new InvalidOperationException("The specification declares constants.");

    /// <summary>An evaluator for one thread.</summary>
    public Evaluator CreateEvaluator(BuiltinContext? builtins = null) => new(new EvalContext(this, builtins ?? new BuiltinContext()));
}

public sealed record ModelContextResult(ModelContext? Model, ImmutableArray<Diagnostic> Diagnostics);
