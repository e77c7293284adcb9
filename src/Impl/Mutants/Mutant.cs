namespace GraphSpec.Impl.Mutants;

/// <summary>
/// The shared bug-catalog mutants (bug-catalog.md). Each one switches exactly one behaviour of the
/// implementation; the spec's constant <c>Bug&lt;id&gt;</c> is TRUE exactly when it is on.
/// </summary>
public enum Mutant
{
    /// <summary>bdrv_graph_co_rdunlock kicks only if has_writer (lost wakeup of the polling writer).</summary>
    B2,

    /// <summary>The 8.0 writer polls without dropping the caller's AioContext lock.</summary>
    B3,

    /// <summary>A request parks at the BlockBackend gate still counted in blk->in_flight.</summary>
    B4,

    /// <summary>In-flight decrements kick before they decrement.</summary>
    B7,

    /// <summary>A helper on the graph-edit path re-acquires the context lock its caller holds.</summary>
    B8,

    /// <summary>The BlockBackend does not queue requests while drained.</summary>
    B10,

    /// <summary>The drained section is begun inside the write-locked section.</summary>
    B11,

    /// <summary>A request's error path returns without bdrv_dec_in_flight.</summary>
    B14,

    /// <summary>A graph edit without the preceding drain.</summary>
    B16,

    /// <summary>The writer checks reader_count before it sets has_writer.</summary>
    H1,

    /// <summary>The writer keeps has_writer = 1 while it polls.</summary>
    H2,

    /// <summary>The rdlock slow path forgets aio_wait_kick.</summary>
    H4,
}
