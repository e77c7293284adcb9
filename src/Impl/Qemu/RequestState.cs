namespace GraphSpec.Impl.Qemu;

/// <summary>
/// Where a request coroutine is in blk_co_preadv → bdrv_co_preadv (its program counter). The names
/// are the spec's rState values (BlockLayer RStates), so that the trace maps them one to one.
/// </summary>
public enum RequestState
{
    Idle, Sub, BlkParked, BlkHeld, RdInc, RdCheck, RdSlow, RParked,
    Capture, Issued, NodeDec, NRdInc, NRdCheck, NRdSlow, NParked,
    RdUnlock, Fin, BlkDec, Done,
}
