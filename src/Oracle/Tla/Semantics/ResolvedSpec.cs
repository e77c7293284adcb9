using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Parsing;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Semantics;

/// <summary>
/// A specification after resolution: the root module's variables, constants, ASSUMEs and
/// definitions (including those it got by EXTENDS and unnamed INSTANCE), each bound to executable
/// code. Immutable and shareable between threads; evaluate through a <see cref="ModelContext"/>.
/// </summary>
public sealed class ResolvedSpec
{
    private readonly ModuleScope rootScope;

    internal ResolvedSpec(
        string rootModule,
        ImmutableArray<VariableInfo> variables,
        ImmutableArray<ConstantInfo> constants,
        ImmutableArray<AssumptionInfo> assumptions,
        ModuleScope rootScope,
        int cacheSize)
    {
        RootModule = rootModule;
        Variables = variables;
        Constants = constants;
        Assumptions = assumptions;
        this.rootScope = rootScope;
        CacheSize = cacheSize;
    }

    public string RootModule { get; }

    public ImmutableArray<VariableInfo> Variables { get; }

    public ImmutableArray<ConstantInfo> Constants { get; }

    public ImmutableArray<AssumptionInfo> Assumptions { get; }

    /// <summary>Number of constant-level definitions cached per model.</summary>
    internal int CacheSize { get; }

    internal ModuleScope RootScope => rootScope;

    /// <summary>A top-level definition visible in the root module (own, extended or instanced).</summary>
    public bool TryGetDefinition(string name, [NotNullWhen(true)] out OperatorDefinition? definition)
    {
        if (rootScope.Visible.TryGetValue(name, out var symbol) && symbol is DefinitionSymbol d)
        {
            definition = d.Definition;
            return true;
        }

        definition = null;
        return false;
    }

    /// <summary>The names of all top-level definitions visible in the root module.</summary>
    public IEnumerable<string> DefinitionNames
    {
        get
        {
            foreach (var (name, symbol) in rootScope.Visible)
            {
                if (symbol is DefinitionSymbol)
                {
                    yield return name;
                }
            }
        }
    }

    /// <summary>The variable with this name, or null.</summary>
    public VariableInfo? FindVariable(string name)
    {
        foreach (var v in Variables)
        {
            if (v.Name == name)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>
    /// Parses and resolves <paramref name="text"/> in the scope of the root module (for
    /// <c>graphspec eval</c>, cfg expressions, trace checks). The result is an anonymous
    /// zero-arity definition; evaluate it with <see cref="Evaluator.Evaluate(OperatorDefinition, IReadOnlyList{GraphSpec.Oracle.Tla.Values.Value}?)"/>.
    /// </summary>
    public ExpressionBindResult BindExpression(string text, string file = "<expression>")
    {
        var parsed = TlaParser.ParseExpression(text, file);
        if (parsed.Expression is null)
        {
            return new ExpressionBindResult(null, parsed.Diagnostics);
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(parsed.Diagnostics);
        var definition = SpecResolver.BindStandalone(this, parsed.Expression, diagnostics);
        var failed = false;
        foreach (var d in diagnostics)
        {
            failed |= d.Kind is DiagnosticKind.Parse or DiagnosticKind.Semantic;
        }

        return new ExpressionBindResult(failed ? null : definition, diagnostics.ToImmutable());
    }
}

/// <summary>An expression resolved in a spec's scope, as a zero-arity definition named EXPR.</summary>
public sealed record ExpressionBindResult(OperatorDefinition? Definition, ImmutableArray<Diagnostic> Diagnostics);
