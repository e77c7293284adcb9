namespace GraphSpec.Impl.Qemu;

/// <summary>
/// The graph reader/writer lock (block/graph-lock.c, 8.1/8.2): has_writer, reader_count per
/// AioContext, and reader_queue. <see cref="WriterHoldsLock"/> is bookkeeping: the writer is
/// between wrlock's return and wrunlock. aio_context_list_lock is implied by step atomicity.
/// </summary>
public sealed class GraphLock(int contextCount)
{
    public int HasWriter { get; set; }

    public int[] ReaderCount { get; } = new int[contextCount];

    public CoQueue ReaderQueue { get; } = new();

    public bool WriterHoldsLock { get; set; }

    /// <summary>reader_count(): the sum over every context.</summary>
    public int TotalReaders()
    {
        var sum = 0;
        foreach (var c in ReaderCount)
        {
            sum += c;
        }
        return sum;
    }
}
