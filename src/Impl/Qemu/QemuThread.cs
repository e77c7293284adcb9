namespace GraphSpec.Impl.Qemu;

/// <summary>
/// A thread (the main loop or an IOThread): its home AioContext, its call stack (last = top) and,
/// as bookkeeping for assertions and the trace, how many levels of each context lock it holds.
/// </summary>
public sealed class QemuThread(string name, int index, AioContext home, int contextCount)
{
    public string Name { get; } = name;

    public int Index { get; } = index;

    public AioContext Home { get; } = home;

    public List<Frame> Stack { get; } = [];

    public int[] HeldDepth { get; } = new int[contextCount];

    public bool IsIdle => Stack.Count == 0;

    public Frame Top => Stack[^1];

    public void Push(Frame frame) => Stack.Add(frame);

    public void Pop() => Stack.RemoveAt(Stack.Count - 1);

    public override string ToString() => Name;
}
