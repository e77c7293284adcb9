namespace GraphSpec.Impl.Qemu;

/// <summary>
/// The BlockBackend: guest requests enter here. blk->in_flight, blk->quiesce_counter (raised by
/// its root edge's drained_begin callback) and the queue of requests parked at its gate while it
/// is quiesced (blk_wait_while_drained).
/// </summary>
public sealed class BlockBackend
{
    public int InFlight { get; set; }

    public int QuiesceCounter { get; set; }

    public CoQueue QueuedRequests { get; } = new();

    /// <summary>blk_root_drained_begin.</summary>
    public void RootDrainedBegin() => QuiesceCounter++;

    /// <summary>blk_root_drained_end: the last end restarts every parked request.</summary>
    public void RootDrainedEnd()
    {
        QuiesceCounter--;
        if (QuiesceCounter == 0)
        {
            QueuedRequests.EnterAll();
        }
    }
}
