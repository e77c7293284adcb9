namespace GraphSpec.Oracle.Tla.Values;

/// <summary><c>TRUE</c> or <c>FALSE</c>; exactly two instances exist. TLC orders FALSE before TRUE.</summary>
public sealed class BoolValue : Value
{
    public static readonly BoolValue False = new(false);
    public static readonly BoolValue True = new(true);

    private BoolValue(bool value)
        : base(ValueKind.Boolean)
    {
        Value = value;
    }

    public bool Value { get; }

    public static BoolValue Of(bool value) => value ? True : False;

    private protected override long ComputeFingerprint()
    {
        var hasher = new FingerprintHasher();
        hasher.Add((long)ValueKind.Boolean);
        hasher.Add(Value ? 1 : 0);
        return hasher.Finish();
    }
}
