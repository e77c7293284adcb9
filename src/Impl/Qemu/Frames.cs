using System.Collections.Immutable;
using GraphSpec.Impl.Scenarios;

namespace GraphSpec.Impl.Qemu;

/// <summary>
/// A frame of a thread's explicit call stack. The stack is explicit because the poll inside
/// AIO_WAIT_WHILE is a nested event loop: it runs whatever bottom half is pending on top of the
/// waiting frame, and that bottom half may wait in turn. <see cref="Pc"/> is where the frame resumes.
/// </summary>
public abstract class Frame(string pc)
{
    public string Pc { get; set; } = pc;
}

/// <summary>A program of operations (the main thread's monitor commands, or the BH program): op <see cref="I"/> (1-based) is next.</summary>
public sealed class ProgFrame(string prog, ImmutableArray<Operation> program) : Frame("start")
{
    public string Prog { get; } = prog;

    public ImmutableArray<Operation> Program { get; } = program;

    public int I { get; set; } = 1;

    public bool Finished => I > Program.Length;

    public Operation Current => Program[I - 1];

    /// <summary>The next operation, from its start.</summary>
    public void Advance()
    {
        I++;
        Pc = "start";
    }
}

/// <summary>AIO_WAIT_WHILE(ctx, cond) (Unlock) or AIO_WAIT_WHILE_UNLOCKED; Ctx null is NULL.</summary>
public sealed class WaitFrame(AioContext? ctx, WaitCondition cond, bool unlock) : Frame("enter")
{
    public AioContext? Ctx { get; } = ctx;

    public WaitCondition Cond { get; } = cond;

    public bool Unlock { get; } = unlock;
}

/// <summary>A bottom half that enters a coroutine (co_schedule_bh_cb → aio_co_enter).</summary>
public sealed class WakeFrame(RequestCoroutine co) : Frame("start")
{
    public RequestCoroutine Co { get; } = co;
}

/// <summary>A coroutine running on the stack of the thread that entered it.</summary>
public sealed class CoFrame(RequestCoroutine co) : Frame("run")
{
    public RequestCoroutine Co { get; } = co;
}
