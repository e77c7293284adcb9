using System.Runtime.CompilerServices;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// Turns a dangerously deep recursion over a nested value (comparison, printing, hashing) into an
/// evaluation error instead of a process crash.
/// </summary>
internal static class StackGuard
{
    public static void Ensure()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new EvaluationException("The value is nested too deeply to be processed.");
        }
    }
}
