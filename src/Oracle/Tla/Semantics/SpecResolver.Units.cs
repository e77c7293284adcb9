using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Semantics;

internal sealed partial class SpecResolver
{
    private void ResolveUnit(UnitSyntax unit)
    {
        switch (unit)
        {
            case ConstantsUnit c:
                foreach (var declaration in c.Constants)
                {
                    DeclareConstant(declaration);
                }

                break;
            case VariablesUnit v:
                foreach (var variable in v.Variables)
                {
                    DeclareVariable(variable);
                }

                break;
            case OperatorDefinitionUnit d:
                DeclareModuleSymbol(ResolveOperatorDefinition(d, module.Environment.Level), d.IsLocal);
                break;
            case FunctionDefinitionUnit f:
                DeclareModuleSymbol(ResolveFunctionDefinition(f, module.Environment.Level), f.IsLocal);
                break;
            case RecursiveUnit r:
                foreach (var declaration in r.Operators)
                {
                    DeclareModuleSymbol(DeclareRecursive(declaration, module.Environment.Level), isLocal: false);
                }

                break;
            case InstanceUnit i:
                ResolveUnnamedInstance(i);
                break;
            case NamedInstanceUnit n:
                if (ResolveNamedInstance(n) is { } instance)
                {
                    DeclareModuleSymbol(instance, n.IsLocal);
                }

                break;
            case AssumeUnit a:
                ResolveAssume(a);
                break;
            case TheoremUnit:
                break; // theorems are never checked
        }
    }

    private void DeclareConstant(ConstantDeclaration declaration)
    {
        var name = declaration.Name;
        module.DeclarationNames.Add(name.Name);
        Symbol symbol;
        if (module.Environment.Substitutions is { } substitutions)
        {
            if (!substitutions.TryGetValue(name.Name, out var substitute))
            {
                return; // reported when the substitution was built
            }

            symbol = substitute;
        }
        else
        {
            symbol = new ConstantSymbol(name.Name, name.Span, module.Name, constants.Count, declaration.Arity);
            constants.Add(new ConstantInfo(name.Name, declaration.Arity, name.Span, constants.Count));
        }

        DeclareParameterSymbol(name, symbol);
    }

    private void DeclareVariable(Identifier name)
    {
        module.DeclarationNames.Add(name.Name);
        Symbol symbol;
        if (module.Environment.Substitutions is { } substitutions)
        {
            if (!substitutions.TryGetValue(name.Name, out var substitute))
            {
                return;
            }

            symbol = substitute;
        }
        else
        {
            symbol = new VariableSymbol(name.Name, name.Span, module.Name, variables.Count);
            variables.Add(new VariableInfo(name.Name, variables.Count, name.Span));
        }

        DeclareParameterSymbol(name, symbol);
    }

    /// <summary>A CONSTANT or VARIABLE name: visible under its own name, also when substituted.</summary>
    private void DeclareParameterSymbol(Identifier name, Symbol symbol)
    {
        if (LookupExisting(name.Name) is { } existing)
        {
            ReportConflict(name.Name, name.Span, existing);
            return;
        }

        module.Visible[name.Name] = symbol;
        module.Exported[name.Name] = symbol;
    }

    private DefinitionSymbol DeclareRecursive(ConstantDeclaration declaration, int parentLevel)
    {
        var parameters = ImmutableArray.CreateBuilder<ParameterInfo>(declaration.Arity);
        for (var i = 0; i < declaration.Arity; i++)
        {
            parameters.Add(new ParameterInfo("_", 0, declaration.Name.Span));
        }

        var definition = new OperatorDefinition(declaration.Name.Name, module.Name, parameters.MoveToImmutable(), declaration.Name.Span, parentLevel);
        return new DefinitionSymbol(declaration.Name.Name, declaration.Name.Span, module.Name, definition, isLocal: false)
        {
            IsPendingRecursive = true,
        };
    }

    /// <summary>
    /// Resolves <c>Op(p) == body</c> defined in a scope at <paramref name="parentLevel"/>. A pending
    /// RECURSIVE declaration of the same name receives the body.
    /// </summary>
    private DefinitionSymbol ResolveOperatorDefinition(OperatorDefinitionUnit unit, int parentLevel)
    {
        var parameters = ImmutableArray.CreateBuilder<ParameterInfo>(unit.Parameters.Length);
        foreach (var p in unit.Parameters)
        {
            parameters.Add(new ParameterInfo(p.Name.Name, p.Arity, p.Name.Span));
        }

        OperatorDefinition definition;
        if (Lookup(unit.Name.Name) is DefinitionSymbol { IsPendingRecursive: true } pending)
        {
            definition = pending.Definition;
            if (definition.Parameters.Length != unit.Parameters.Length)
            {
                Error($"The RECURSIVE declaration of {unit.Name.Name} has {definition.Parameters.Length} parameters, its definition {unit.Parameters.Length}.", unit.Name.Span);
            }

            definition.ReplaceParameters(parameters.MoveToImmutable(), unit.Span);
        }
        else
        {
            definition = new OperatorDefinition(unit.Name.Name, module.Name, parameters.MoveToImmutable(), unit.Span, parentLevel);
        }

        BindDefinitionBody(definition, unit.Parameters, unit.Body);
        return new DefinitionSymbol(unit.Name.Name, unit.Name.Span, module.Name, definition, unit.IsLocal);
    }

    /// <summary>Binds a body in a new frame whose first slots are the parameters.</summary>
    private void BindDefinitionBody(OperatorDefinition definition, ImmutableArray<OperatorParameter> parameters, ExpressionSyntax body)
    {
        var frame = PushFrame(definition.ParentLevel + 1);
        var mark = locals.Count;
        foreach (var p in parameters)
        {
            DeclareLocal(p.Name, SlotKind.Parameter, p.Arity);
        }

        var bound = Bind(body);
        PopLocals(mark);
        PopFrame();
        definition.Body = bound;
        definition.Level = bound.Level;
        definition.FrameSize = frame.Size;
        RegisterCacheable(definition);
    }

    /// <summary>Constant-level module definitions without parameters are evaluated once per model.</summary>
    private void RegisterCacheable(OperatorDefinition definition)
    {
        if (definition.ParentLevel == 0 && definition.Parameters.IsEmpty && definition.Level == ExpressionLevel.Constant
            && definition.CacheIndex < 0 && !standaloneMode)
        {
            definition.CacheIndex = cacheableDefinitions.Count;
            cacheableDefinitions.Add(definition);
        }
    }

    /// <summary><c>f[x \in S] == body</c>: a zero-arity definition whose body builds the function.</summary>
    private DefinitionSymbol ResolveFunctionDefinition(FunctionDefinitionUnit unit, int parentLevel)
    {
        var definition = new OperatorDefinition(unit.Name.Name, module.Name, [], unit.Span, parentLevel) { IsFunction = true };
        var frame = PushFrame(parentLevel + 1);
        var mark = locals.Count;
        var self = DeclareLocal(unit.Name, SlotKind.FunctionSelf, 0, checkConflict: false);
        var body = BindRecursiveFunction(unit.Bounds, unit.Body, self.Index, unit.Span);
        PopLocals(mark);
        PopFrame();
        definition.Body = body;
        definition.Level = body.Level;
        definition.FrameSize = frame.Size;
        RegisterCacheable(definition);
        return new DefinitionSymbol(unit.Name.Name, unit.Name.Span, module.Name, definition, unit.IsLocal);
    }

    private void ResolveAssume(AssumeUnit unit)
    {
        var definition = new OperatorDefinition(unit.Name?.Name ?? "ASSUME", module.Name, [], unit.Span, module.Environment.Level);
        var savedPrime = primeAllowed;
        primeAllowed = false;
        BindDefinitionBody(definition, [], unit.Body);
        primeAllowed = savedPrime;
        if (definition.Level > ExpressionLevel.Constant && definition.Body is not ErrorExpr)
        {
            Error("Level error: the formula of an ASSUME must be constant-level (no variables, primes or temporal operators).", unit.Body.Span);
        }

        if (unit.Name is { } name)
        {
            DeclareModuleSymbol(new DefinitionSymbol(name.Name, name.Span, module.Name, definition, isLocal: false), isLocal: false);
        }

        if (module.Environment.IsRoot)
        {
            assumptions.Add(new AssumptionInfo(definition, unit.Span, module.Name));
        }
    }
}
