namespace GraphSpec.Impl.Simulation;

/// <summary>
/// One edge of a deadlock's wait-for graph: <see cref="Thread"/> waits for the lock of
/// <see cref="Ctx"/> held by <see cref="Owner"/> (WaitsFor "lock"), or for a bottom half in
/// <see cref="Ctx"/> (WaitsFor "bh"; idle threads are listed with WaitsFor "idle").
/// </summary>
public sealed record WaitForEdge(string Thread, string WaitsFor, string Ctx, string? Owner)
{
    public override string ToString() => WaitsFor switch
    {
        "lock" => $"{Thread} -> lock {Ctx} (owner {Owner})",
        "bh" => $"{Thread} -> needs a bottom half in {Ctx}",
        "unheld" => $"{Thread} -> must release {Ctx}, which it does not hold (owner {Owner ?? "nobody"})",
        _ => $"{Thread} idle in {Ctx}",
    };
}
