namespace GraphSpec.Cli.CommandLine;

/// <summary>
/// While alive, the first Ctrl-C cancels <see cref="Token"/> instead of killing the process, so
/// that a long check stops cleanly and still prints what it found (and kills a TLC it started).
/// </summary>
internal sealed class CtrlCCancellation : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly ConsoleCancelEventHandler handler;

    public CtrlCCancellation()
    {
        handler = (_, e) =>
        {
            e.Cancel = true;
            source.Cancel();
        };
        Console.CancelKeyPress += handler;
    }

    public CancellationToken Token => source.Token;

    public bool IsCancellationRequested => source.IsCancellationRequested;

    public void Dispose()
    {
        Console.CancelKeyPress -= handler;
        source.Dispose();
    }
}
