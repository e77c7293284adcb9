namespace GraphSpec.Oracle.Tlc.Output;

/// <summary>The message codes of TLC's <c>-tool</c> output that the wrapper interprets (TLC's EC numbers).</summary>
public static class TlcMessageCodes
{
    public const int General = 1000;
    public const int NestedExpression = 2103;
    public const int AssumptionFalse = 2104;
    public const int InvariantViolatedInitial = 2107;
    public const int InvariantViolatedBehavior = 2110;
    public const int InvariantEvaluationFailed = 2111;
    public const int ActionPropertyViolated = 2112;
    public const int DeadlockReached = 2114;
    public const int TemporalPropertyViolated = 2116;
    public const int NoStatesSatisfyingInit = 2118;
    public const int BackToState = 2122;
    public const int AssertFailed = 2132;
    public const int ParsingFailedWithDetails = 2171;
    public const int InitialStatesGenerated = 2190;
    public const int InitialStatesGeneratedDistinct = 2191;
    public const int Success = 2193;
    public const int SearchDepth = 2194;
    public const int Statistics = 2199;
    public const int Progress = 2200;
    public const int StatePrint = 2217;
    public const int Stuttering = 2218;
    public const int Finished = 2186;
    public const int SanyStart = 2220;
    public const int SanyEnd = 2219;
    public const int Version = 2262;
    public const int ParsingFailed = 3002;

    /// <summary>True for the codes of cfg errors (TLC reports them with exit 151, or 255 for a cfg syntax error).</summary>
    public static bool IsConfigError(int code) => code is (>= 2222 and <= 2245) or (>= 5001 and <= 5006);
}
