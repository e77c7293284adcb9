using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Semantics;

internal sealed partial class SpecResolver
{
    private void ResolveUnnamedInstance(InstanceUnit unit)
    {
        var members = ResolveInstance(unit.Instance, parameterLevel: module.Environment.Level);
        if (members is null)
        {
            return;
        }

        foreach (var (name, symbol) in members.Exported)
        {
            if (members.DeclarationNames.Contains(name))
            {
                continue; // INSTANCE imports definitions, not the instantiated module's parameters
            }

            if (LookupExisting(name) is { } existing)
            {
                if (!ReferenceEquals(existing, symbol) && !(existing is BuiltinSymbol && symbol is BuiltinSymbol))
                {
                    ReportConflict(name, unit.Instance.Module.Span, existing);
                }

                continue;
            }

            module.Visible[name] = symbol;
            if (!unit.IsLocal)
            {
                module.Exported[name] = symbol;
            }
        }
    }

    private InstanceSymbol? ResolveNamedInstance(NamedInstanceUnit unit)
    {
        var parentLevel = module.Environment.Level;
        var hasParameters = !unit.Parameters.IsEmpty;
        if (hasParameters && parentLevel != 0)
        {
            Error("An instance with parameters inside an instance with parameters is not supported.", unit.Span);
            return null;
        }

        ModuleScope? members;
        if (hasParameters)
        {
            // The parameters live in a frame of their own (level 1); substitutions may use them.
            var frame = PushFrame(1);
            var mark = locals.Count;
            foreach (var p in unit.Parameters)
            {
                DeclareLocal(p.Name, SlotKind.Parameter, p.Arity);
            }

            members = ResolveInstance(unit.Instance, parameterLevel: 1);
            PopLocals(mark);
            PopFrame();
            if (frame.Size != unit.Parameters.Length)
            {
                Error("Internal error: instance parameter frame grew.", unit.Span);
            }
        }
        else
        {
            members = ResolveInstance(unit.Instance, parameterLevel: parentLevel);
        }

        return members is null
            ? null
            : new InstanceSymbol(unit.Name.Name, unit.Name.Span, module.Name, parentLevel, unit.Parameters.Length, members.Exported, unit.IsLocal);
    }

    /// <summary>
    /// Resolves the instantiated module with every CONSTANT and VARIABLE of its EXTENDS closure
    /// replaced: by the WITH expression, or implicitly by the same name in the current scope.
    /// </summary>
    private ModuleScope? ResolveInstance(InstanceSyntax instance, int parameterLevel)
    {
        var name = instance.Module.Name;
        if (BuiltinRegistry.IsStandardModule(name))
        {
            var standard = new ModuleScope(name, new InstanceEnvironment(new Dictionary<string, Symbol>(), parameterLevel));
            foreach (var builtin in BuiltinCatalog.OperatorsOf(name))
            {
                standard.Exported[builtin.Name] = builtin;
            }

            return standard;
        }

        var syntax = library.Get(name, instance.Module.Span);
        if (syntax is null)
        {
            return null;
        }

        if (resolvingModules.Contains(name))
        {
            Error($"Circular dependency among modules: {string.Join(" -> ", resolvingModules)} -> {name}.", instance.Module.Span);
            return null;
        }

        var parameters = new List<(Identifier Name, int Arity)>();
        CollectParameters(syntax, parameters, new HashSet<string>(StringComparer.Ordinal));
        var substitutions = new Dictionary<string, Symbol>(StringComparer.Ordinal);
        foreach (var substitution in instance.Substitutions)
        {
            var target = parameters.FindIndex(p => p.Name.Name == substitution.Name.Name);
            if (target < 0)
            {
                Error($"{substitution.Name.Name} is not a CONSTANT or VARIABLE of module {name}.", substitution.Name.Span);
                continue;
            }

            substitutions[substitution.Name.Name] = BindSubstitution(substitution, parameters[target].Arity, parameterLevel);
        }

        foreach (var (parameter, arity) in parameters)
        {
            if (substitutions.ContainsKey(parameter.Name))
            {
                continue;
            }

            var implicitTarget = Lookup(parameter.Name);
            if (implicitTarget is null)
            {
                Error($"The INSTANCE of module {name} needs a substitution for {parameter.Name}: no symbol of that name is defined here.",
                    instance.Module.Span);
                substitutions[parameter.Name] = Placeholder(parameter, arity, parameterLevel);
                continue;
            }

            substitutions[parameter.Name] = implicitTarget;
        }

        return ResolveModule(syntax, new InstanceEnvironment(substitutions, parameterLevel));
    }

    /// <summary>The CONSTANTs and VARIABLEs of a module and of the user modules it extends.</summary>
    private void CollectParameters(ModuleSyntax syntax, List<(Identifier Name, int Arity)> parameters, HashSet<string> visited)
    {
        if (!visited.Add(syntax.Name.Name))
        {
            return;
        }

        foreach (var extended in syntax.Extends)
        {
            if (!BuiltinRegistry.IsStandardModule(extended.Name) && library.Get(extended.Name, extended.Span) is { } inner)
            {
                CollectParameters(inner, parameters, visited);
            }
        }

        foreach (var unit in syntax.Units)
        {
            if (unit is ConstantsUnit c)
            {
                foreach (var d in c.Constants)
                {
                    parameters.Add((d.Name, d.Arity));
                }
            }
            else if (unit is VariablesUnit v)
            {
                foreach (var variable in v.Variables)
                {
                    parameters.Add((variable, 0));
                }
            }
        }
    }

    /// <summary>
    /// <c>a &lt;- e</c>: a plain name maps straight to its symbol; any other expression becomes a
    /// zero-arity definition evaluated where it is used.
    /// </summary>
    private Symbol BindSubstitution(Substitution substitution, int arity, int parameterLevel)
    {
        if (substitution.Value is NameExpression { IsSimple: true } n && Lookup(n.Last.Name.Name) is { } direct)
        {
            if (direct.Arity != arity)
            {
                Error($"The substitution for {substitution.Name.Name} must have {arity} arguments, {direct.Name} has {direct.Arity}.",
                    substitution.Value.Span);
            }

            return direct;
        }

        if (substitution.Value is LambdaExpression lambda && arity > 0)
        {
            return new DefinitionSymbol(substitution.Name.Name, substitution.Name.Span, module.Name, BindLambdaDefinition(lambda, parameterLevel), isLocal: false);
        }

        if (arity > 0)
        {
            Error($"The substitution for operator constant {substitution.Name.Name} must be an operator name or a LAMBDA.", substitution.Value.Span);
        }

        var definition = new OperatorDefinition(substitution.Name.Name, module.Name, [], substitution.Value.Span, parameterLevel);
        BindDefinitionBody(definition, [], substitution.Value);
        return new DefinitionSymbol(substitution.Name.Name, substitution.Name.Span, module.Name, definition, isLocal: false);
    }

    /// <summary>Stands for a parameter whose substitution failed, so that its uses report nothing more.</summary>
    private DefinitionSymbol Placeholder(Identifier parameter, int arity, int parameterLevel)
    {
        var parameters = new ParameterInfo[arity];
        for (var i = 0; i < arity; i++)
        {
            parameters[i] = new ParameterInfo("_", 0, parameter.Span);
        }

        var definition = new OperatorDefinition(parameter.Name, module.Name, [.. parameters], parameter.Span, parameterLevel)
        {
            Body = new ErrorExpr(parameter.Span),
            FrameSize = arity,
        };
        return new DefinitionSymbol(parameter.Name, parameter.Span, module.Name, definition, isLocal: false);
    }
}
