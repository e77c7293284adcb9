using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Semantics;

/// <summary>
/// Binds every name of a specification, once, to its definition, and produces the executable tree.
/// Split over several files: modules and units (here), names, expressions, binders.
/// </summary>
internal sealed partial class SpecResolver
{
    private readonly ModuleLibrary library;
    private readonly ImmutableArray<Diagnostic>.Builder diagnostics;
    private readonly List<VariableInfo> variables = [];
    private readonly List<ConstantInfo> constants = [];
    private readonly List<AssumptionInfo> assumptions = [];
    private readonly List<OperatorDefinition> cacheableDefinitions = [];
    private readonly List<string> resolvingModules = [];

    /// <summary>The module whose units are being resolved.</summary>
    private ModuleScope module = null!;

    private SpecResolver(ModuleLibrary library, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        this.library = library;
        this.diagnostics = diagnostics;
    }

    public static ResolvedSpec? Resolve(ModuleSyntax root, ModuleLibrary library, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var resolver = new SpecResolver(library, diagnostics);
        var scope = resolver.ResolveModule(root, new InstanceEnvironment(null, 0));
        return new ResolvedSpec(
            root.Name.Name,
            [.. resolver.variables],
            [.. resolver.constants],
            [.. resolver.assumptions],
            scope,
            resolver.cacheableDefinitions.Count);
    }

    private void Error(string message, SourceSpan span) =>
        diagnostics.Add(new Diagnostic(DiagnosticKind.Semantic, message, span));

    private ModuleScope ResolveModule(ModuleSyntax syntax, InstanceEnvironment environment)
    {
        var name = syntax.Name.Name;
        if (environment.Resolved.TryGetValue(name, out var done))
        {
            return done;
        }

        if (resolvingModules.Contains(name))
        {
            Error($"Circular dependency among modules: {string.Join(" -> ", resolvingModules)} -> {name}.", syntax.Name.Span);
            return new ModuleScope(name, environment);
        }

        resolvingModules.Add(name);
        var saved = module;
        var scope = new ModuleScope(name, environment);
        module = scope;
        try
        {
            WithFreshScopes(() =>
            {
                foreach (var extended in syntax.Extends)
                {
                    Extend(scope, extended);
                }

                foreach (var unit in syntax.Units)
                {
                    ResolveUnit(unit);
                }

                return 0;
            });
        }
        finally
        {
            module = saved;
            resolvingModules.RemoveAt(resolvingModules.Count - 1);
        }

        environment.Resolved[name] = scope;
        return scope;
    }

    private void Extend(ModuleScope scope, Identifier extended)
    {
        if (BuiltinRegistry.IsStandardModule(extended.Name))
        {
            foreach (var builtin in BuiltinCatalog.OperatorsOf(extended.Name))
            {
                AddImported(scope, builtin, exported: true);
            }

            return;
        }

        var syntax = library.Get(extended.Name, extended.Span);
        if (syntax is null)
        {
            return;
        }

        var extendedScope = ResolveModule(syntax, scope.Environment);
        foreach (var symbol in extendedScope.Exported.Values)
        {
            AddImported(scope, symbol, exported: true);
        }

        scope.DeclarationNames.UnionWith(extendedScope.DeclarationNames);
    }

    /// <summary>Adds a symbol brought in by EXTENDS or INSTANCE; the same symbol twice is fine.</summary>
    private void AddImported(ModuleScope scope, Symbol symbol, bool exported)
    {
        if (scope.Visible.TryGetValue(symbol.Name, out var existing) && !ReferenceEquals(existing, symbol))
        {
            if (existing is BuiltinSymbol && symbol is BuiltinSymbol)
            {
                return; // the same standard operator reached by two paths
            }

            ReportConflict(symbol.Name, symbol.Span.IsNone ? existing.Span : symbol.Span, existing);
            return;
        }

        scope.Visible[symbol.Name] = symbol;
        if (exported)
        {
            scope.Exported[symbol.Name] = symbol;
        }
    }

    private void ReportConflict(string name, SourceSpan at, Symbol existing)
    {
        var where = existing.Span.IsNone
            ? $"the built-in operator of module {existing.Module}"
            : $"the one at {existing.Span.ToTlcString(existing.Module)}";
        Error($"Multiply-defined symbol '{name}': this definition or declaration conflicts with {where}.", at);
    }

    /// <summary>Declares a module-level name in the current module.</summary>
    private void DeclareModuleSymbol(Symbol symbol, bool isLocal)
    {
        if (LookupExisting(symbol.Name) is { } existing)
        {
            if (existing is DefinitionSymbol { IsPendingRecursive: true } pending && symbol is DefinitionSymbol defined
                && ReferenceEquals(pending.Definition, defined.Definition))
            {
                pending.IsPendingRecursive = false;
                return;
            }

            ReportConflict(symbol.Name, symbol.Span, existing);
            return;
        }

        module.Visible[symbol.Name] = symbol;
        if (!isLocal)
        {
            module.Exported[symbol.Name] = symbol;
        }
    }
}

internal sealed partial class SpecResolver
{
    /// <summary>Resolves an extra expression against a finished spec's root scope.</summary>
    public static OperatorDefinition BindStandalone(ResolvedSpec spec, ExpressionSyntax expression, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var resolver = new SpecResolver(new ModuleLibrary(_ => null, diagnostics), diagnostics)
        {
            module = spec.RootScope,
            standaloneMode = true,
        };
        var definition = new OperatorDefinition("EXPR", spec.RootModule, [], expression.Span, 0);
        resolver.BindDefinitionBody(definition, [], expression);
        return definition;
    }
}
