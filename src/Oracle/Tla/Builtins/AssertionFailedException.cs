using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// <c>Assert(FALSE, out)</c>: not an ordinary evaluation error, because TLC reports it with its own
/// message and exit code 14 (an <see cref="EvaluationException"/> exits 75). The message is TLC's;
/// <see cref="Output"/> is the second argument.
/// </summary>
public sealed class AssertionFailedException : Exception
{
    public AssertionFailedException(Value output)
        : base(TlcMessages.AssertFailed(output))
    {
        Output = output;
    }

    /// <summary>The value of <c>Assert</c>'s second argument.</summary>
    public Value Output { get; }
}
