using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Config;

/// <summary>
/// Checks a parsed cfg against a resolved spec, as TLC does before it explores anything: every name
/// the cfg uses must be a definition of the root module (or of a module it extends or instances),
/// every declared constant must get a value or a replacement, and cfg values become engine values.
/// All problems are <see cref="DiagnosticKind.Config"/> diagnostics (TLC exit 151) pointing at the
/// cfg line, or, for an unassigned constant, at its declaration.
/// </summary>
public sealed class ConfigBinder
{
    private readonly ResolvedSpec _spec;
    private readonly ModelConfig _config;
    private readonly bool _requireBehaviour;
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    private ConfigBinder(ResolvedSpec spec, ModelConfig config, bool requireBehaviour)
    {
        _spec = spec;
        _config = config;
        _requireBehaviour = requireBehaviour;
    }

    /// <summary>
    /// Binds <paramref name="config"/> to <paramref name="spec"/>. With <paramref name="requireBehaviour"/>
    /// (the model checker's case) the cfg must give SPECIFICATION or INIT and NEXT; <c>eval</c> only
    /// needs the constants.
    /// </summary>
    public static BindResult Bind(ResolvedSpec spec, ModelConfig config, bool requireBehaviour = true)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(config);
        return new ConfigBinder(spec, config, requireBehaviour).Run();
    }

    private BindResult Run()
    {
        var (values, substitutions) = BindConstants();
        CheckBehaviourSpecification();
        var model = new BoundModel(
            _spec,
            _config,
            values,
            substitutions,
            Definition(_config.Init, "initial predicate"),
            Definition(_config.Next, "next-state relation"),
            Definition(_config.Specification, "specification"),
            Definitions(_config.Invariants, "invariant"),
            Definitions(_config.Properties, "property"),
            Definitions(_config.Constraints, "constraint"),
            Definitions(_config.ActionConstraints, "action constraint"),
            Definition(_config.Symmetry, "symmetry"),
            Definition(_config.View, "view"),
            Definition(_config.Alias, "alias"),
            Definition(_config.Postcondition, "postcondition"));
        return _diagnostics.Count == 0
            ? new BindResult(model, [])
            : new BindResult(null, _diagnostics.ToImmutable());
    }

    // TLC needs the behaviour from exactly one place: SPECIFICATION, or INIT with NEXT.
    private void CheckBehaviourSpecification()
    {
        if (_config.Specification is { } specification)
        {
            if (_config.Init is { } init)
            {
                Error($"The configuration file gives both SPECIFICATION {specification.Name} and INIT {init.Name}; give one or the other.", init.Span);
            }
            if (_config.Next is { } next)
            {
                Error($"The configuration file gives both SPECIFICATION {specification.Name} and NEXT {next.Name}; give one or the other.", next.Span);
            }
            return;
        }
        if (!_requireBehaviour)
        {
            return;
        }
        var file = new SourceSpan(_config.File, 1, 1, 1, 1);
        if (_config.Init is null)
        {
            Error("The configuration file did not specify the initial state predicate (INIT) or a SPECIFICATION.", file);
        }
        if (_config.Next is null)
        {
            Error("The configuration file did not specify the next-state relation (NEXT) or a SPECIFICATION.", file);
        }
    }

    private (ImmutableDictionary<string, Value> Values, ImmutableDictionary<string, string> Substitutions) BindConstants()
    {
        var values = ImmutableDictionary.CreateBuilder<string, Value>(StringComparer.Ordinal);
        var substitutions = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var bound = new SourceSpan?[_spec.Constants.Length];
        foreach (var binding in _config.Constants)
        {
            var constant = FindConstant(binding.Name.Name);
            if (constant is null)
            {
                CheckNonConstantBinding(binding);
                continue;
            }
            if (bound[constant.Index] is { } earlier)
            {
                Error($"The constant {constant.Name} is given a value twice in the configuration file (first at line {earlier.StartLine}).", binding.Name.Span);
                continue;
            }
            bound[constant.Index] = binding.Name.Span;
            switch (binding)
            {
                case ConstantAssignment assignment when BindValue(constant, assignment) is { } value:
                    values[constant.Name] = value;
                    break;
                case ConstantSubstitution substitution when BindSubstitution(constant, substitution) is { } definition:
                    substitutions[constant.Name] = definition.Name;
                    break;
            }
        }
        foreach (var constant in _spec.Constants)
        {
            if (bound[constant.Index] is null)
            {
                Error($"The constant parameter {constant.Name} is not assigned a value by the configuration file {Path.GetFileName(_config.File)}.", constant.Span);
            }
        }
        return (values.ToImmutable(), substitutions.ToImmutable());
    }

    private ConstantInfo? FindConstant(string name)
    {
        foreach (var constant in _spec.Constants)
        {
            if (constant.Name == name)
            {
                return constant;
            }
        }
        return null;
    }

    // TLC silently ignores an assignment to a name the spec does not declare (case 030). Replacing
    // a definition (TLC's "Def <- Other" or "Def = 3") is not supported yet: say so, don't ignore it.
    private void CheckNonConstantBinding(ConstantBinding binding)
    {
        if (_spec.TryGetDefinition(binding.Name.Name, out _))
        {
            Error($"{binding.Name.Name} is a definition, not a declared constant; overriding definitions from the configuration file is not supported.", binding.Name.Span);
        }
    }

    private Value? BindValue(ConstantInfo constant, ConstantAssignment assignment)
    {
        if (constant.Arity > 0)
        {
            Error($"The constant {constant.Name} takes {constant.Arity} argument(s); give it a definition with '{constant.Name} <- Def' instead of a value.", assignment.Name.Span);
            return null;
        }
        try
        {
            return ConfigValueConverter.ToValue(assignment.Value);
        }
        catch (EvaluationException e)
        {
            Error($"The value of {constant.Name} in the configuration file is not a valid value: {e.Message}", assignment.Value.Span);
            return null;
        }
    }

    private OperatorDefinition? BindSubstitution(ConstantInfo constant, ConstantSubstitution substitution)
    {
        if (substitution.Module is { } module && module.Name != _spec.RootModule)
        {
            Error($"Module-specific substitutions ('{constant.Name} <- [{module.Name}] {substitution.Definition.Name}') are not supported; only the root module {_spec.RootModule}.", module.Span);
            return null;
        }
        var target = substitution.Definition;
        if (!_spec.TryGetDefinition(target.Name, out var definition))
        {
            Error($"The definition {target.Name} that replaces the constant {constant.Name} in the configuration file is not defined in the specification.", target.Span);
            return null;
        }
        if (definition.Parameters.Length != constant.Arity)
        {
            Error($"The constant {constant.Name} takes {constant.Arity} argument(s) but {target.Name} takes {definition.Parameters.Length}.", target.Span);
            return null;
        }
        if (constant.Arity == 0 && definition.Level != ExpressionLevel.Constant)
        {
            Error($"The definition {target.Name} that replaces the constant {constant.Name} depends on variables; it must be a constant expression.", target.Span);
            return null;
        }
        return definition;
    }

    private OperatorDefinition? Definition(Identifier? name, string role)
    {
        if (name is null)
        {
            return null;
        }
        if (!_spec.TryGetDefinition(name.Name, out var definition))
        {
            Error($"The {role} {name.Name} specified in the configuration file is not defined in the specification.", name.Span);
            return null;
        }
        if (definition.Parameters.Length > 0)
        {
            Error($"The {role} {name.Name} specified in the configuration file takes {definition.Parameters.Length} argument(s); it must take none.", name.Span);
            return null;
        }
        return definition;
    }

    private ImmutableArray<OperatorDefinition> Definitions(ImmutableArray<Identifier> names, string role)
    {
        var definitions = ImmutableArray.CreateBuilder<OperatorDefinition>(names.Length);
        foreach (var name in names)
        {
            if (Definition(name, role) is { } definition)
            {
                definitions.Add(definition);
            }
        }
        return definitions.ToImmutable();
    }

    private void Error(string message, SourceSpan span) => _diagnostics.Add(new Diagnostic(DiagnosticKind.Config, message, span));
}
