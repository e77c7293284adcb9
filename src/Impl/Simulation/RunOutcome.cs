namespace GraphSpec.Impl.Simulation;

/// <summary>How a run ended.</summary>
public enum RunOutcome
{
    /// <summary>Every operation finished, every thread idle (exit 0).</summary>
    Done,

    /// <summary>No thread can step while work remains (exit 11).</summary>
    Deadlock,

    /// <summary>The implementation reached a state it asserts impossible (exit 12).</summary>
    Assert,

    /// <summary>The step limit was reached (a livelock, or a limit set too low).</summary>
    StepLimit,

    /// <summary>The explicit schedule named a choice that was not enabled.</summary>
    BadSchedule,
}
