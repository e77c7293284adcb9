namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// A run-time error of TLA+ evaluation (TLC exit 75): comparing values of kinds TLC refuses to
/// compare, applying a function outside its domain, dividing by zero, enumerating an infinite set.
/// The message uses TLC's wording; the evaluator catches it and adds the source position of the
/// innermost expression being evaluated.
/// </summary>
public sealed class EvaluationException : Exception
{
    public EvaluationException(string message)
        : base(message)
    {
    }
}
