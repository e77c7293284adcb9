using GraphSpec.Impl.Qemu;
using GraphSpec.Impl.Simulation;

namespace GraphSpec.Impl.Tracing;

/// <summary>Receives a run as it happens: the initial state, each step, and the end.</summary>
public interface ITraceSink
{
    void Begin(BlockLayer bl, ulong? seed, IReadOnlyList<string>? schedule);

    /// <summary>A step: <paramref name="thread"/> is the thread's name or "env"; the parameter is {"t": thread} or {"r": request}.</summary>
    void Step(int index, string thread, string action, string paramName, string paramValue, BlockLayer bl);

    void End(RunResult result);
}
