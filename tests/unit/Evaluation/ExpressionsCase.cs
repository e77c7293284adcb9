namespace GraphSpec.UnitTests.Evaluation;

/// <summary>What evaluating a case must produce: a printed value, or an error.</summary>
public abstract record ExpressionsExpectation
{
    private ExpressionsExpectation()
    {
    }

    /// <summary>Evaluation succeeds and the value prints exactly as <see cref="Text"/>.</summary>
    public sealed record PrintedValue(string Text) : ExpressionsExpectation;

    /// <summary>
    /// Evaluation fails with a message containing <see cref="Substring"/> (case-insensitive; empty =
    /// any error), reported at <see cref="Line"/>:<see cref="Column"/> of the expression when given.
    /// </summary>
    public sealed record Error(string Substring, int? Line = null, int? Column = null) : ExpressionsExpectation;
}

/// <summary>A module the expression of a case is evaluated against.</summary>
public sealed record ExpressionsCaseModule(string Name, string Text);

/// <summary>
/// One acceptance case read from <c>tests/unit/ExpressionCases/*.txt</c>. <see cref="Id"/> is
/// <c>file:line</c> of the case's first line, so that a failure names the case. <see cref="Config"/>
/// is the text of a cfg file binding the module's constants (from the case's <c>cfg:</c> lines).
/// </summary>
public sealed record ExpressionsCase(
    string File,
    int Line,
    ExpressionsCaseModule? Module,
    string? Config,
    string Expression,
    ExpressionsExpectation Expected)
{
    public string Id => $"{File}:{Line}";
}
