using GraphSpec.Impl.Qemu;

namespace GraphSpec.Impl.Simulation;

/// <summary>
/// One thing the scheduler can run next: a thread's step, or an environment step (Submit or
/// IoComplete of a request). <see cref="Name"/> is its spelling in a schedule file:
/// the thread's name, <c>Submit(r1)</c>, <c>IoComplete(r1)</c>.
/// </summary>
public readonly record struct Choice(QemuThread? Thread, RequestCoroutine? Request, bool IsSubmit)
{
    public string Name => Thread is not null ? Thread.Name : IsSubmit ? $"Submit({Request!.Name})" : $"IoComplete({Request!.Name})";

    public override string ToString() => Name;
}
