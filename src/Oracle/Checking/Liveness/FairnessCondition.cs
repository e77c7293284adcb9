using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Checking.Liveness;

/// <summary>
/// One fairness conjunct of the specification, <c>WF_v(A)</c> or <c>SF_v(A)</c>, for one value of
/// the variables quantified around it (<c>\A p \in Procs : WF_v(Enter(p))</c> gives one condition
/// per process). <see cref="Bindings"/> describes those values for messages.
/// </summary>
public sealed class FairnessCondition
{
    internal FairnessCondition(FairnessKind kind, BoundFormula action, UnchangedExpr subscript, SourceSpan span, string bindings)
    {
        Kind = kind;
        Action = action;
        Subscript = subscript;
        Span = span;
        Bindings = bindings;
    }

    public FairnessKind Kind { get; }

    /// <summary>The whole <c>WF_v(A)</c> expression.</summary>
    public SourceSpan Span { get; }

    /// <summary>The values of the enclosing quantified variables, e.g. <c>p = 1</c> (empty when none).</summary>
    public string Bindings { get; }

    internal BoundFormula Action { get; }

    internal UnchangedExpr Subscript { get; }

    public override string ToString() =>
        $"{(Kind == FairnessKind.Weak ? "WF" : "SF")} at {Span}{(Bindings.Length == 0 ? "" : $" with {Bindings}")}";
}
