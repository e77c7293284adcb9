namespace GraphSpec.Impl.Qemu;

/// <summary>
/// QemuRecMutex, the recursive mutex behind aio_context_acquire (QEMU &lt;= 8.2). A thread that
/// would block cannot take its step (the scheduler sees it as blocked); unlocking a mutex one does
/// not own is an assertion failure, as in qemu_rec_mutex_unlock.
/// </summary>
public sealed class RecMutex
{
    public QemuThread? Owner { get; private set; }

    public int Depth { get; private set; }

    public bool CanLock(QemuThread thread) => Owner is null || Owner == thread;

    public void Lock(QemuThread thread)
    {
        if (!CanLock(thread))
        {
            throw new ImplAssertionException($"qemu_rec_mutex_lock: {thread.Name} would block on a mutex owned by {Owner!.Name} (the scheduler must not run it)");
        }
        Owner = thread;
        Depth++;
    }

    public void Unlock(QemuThread thread)
    {
        if (Owner != thread)
        {
            throw new ImplAssertionException($"qemu_rec_mutex_unlock: {thread.Name} does not own the mutex (owner: {Owner?.Name ?? "nobody"})");
        }
        Depth--;
        if (Depth == 0)
        {
            Owner = null;
        }
    }
}
