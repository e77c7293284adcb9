using System.Runtime.CompilerServices;

namespace GraphSpec.Oracle.Tla.Evaluation;

/// <summary>Turns runaway recursion (a RECURSIVE operator without base case) into an evaluation error.</summary>
internal static class DepthGuard
{
    /// <summary>Operator calls check the stack only every 8 levels (the check costs a runtime call).</summary>
    public const int CheckInterval = 7;

    public static void Check(Expr at)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw at.Fail("The evaluation recursed too deeply (is a recursive definition missing its base case?).");
        }
    }
}

/// <summary>Room for the arguments of a builtin call without allocating.</summary>
[InlineArray(Length)]
internal struct ValueBuffer
{
    public const int Length = 4;
    private Values.Value element;
}
