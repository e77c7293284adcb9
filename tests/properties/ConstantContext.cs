using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Semantics;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.PropertyTests;

/// <summary>
/// A module with no constants or variables, loaded once, in whose scope the differential properties
/// evaluate generated expressions.
/// </summary>
internal sealed class ConstantContext
{
    private readonly ResolvedSpec spec;
    private readonly ModelContext model;

    private ConstantContext(ResolvedSpec spec)
    {
        this.spec = spec;
        model = ModelContext.CreateWithoutConstants(spec);
    }

    /// <summary>Loads <c>---- MODULE name ---- EXTENDS modules ====</c>.</summary>
    public static ConstantContext Extending(string name, string modules) =>
        new(SpecLoader.LoadText($"---- MODULE {name} ----\nEXTENDS {modules}\n====\n", name + ".tla", _ => null).Spec
            ?? throw new InvalidOperationException($"the context EXTENDS {modules} does not load"));

    /// <summary>
    /// Resolves and evaluates <paramref name="text"/>; an expression that does not resolve breaks the
    /// generator's contract (it only generates well-formed expressions).
    /// </summary>
    public EvaluationResult Evaluate(string text)
    {
        var bound = spec.BindExpression(text, "expression");
        return bound.Definition is null
            ? throw new ParserContractViolation($"did not resolve: {string.Join("; ", bound.Diagnostics)}")
            : model.CreateEvaluator().Evaluate(bound.Definition);
    }

    /// <summary>The value as TLC prints it, or <c>error: </c> and the error.</summary>
    public static string Printed(EvaluationResult result) =>
        result.Error is null ? ValuePrinter.Print(result.Value!) : "error: " + result.Error;
}
