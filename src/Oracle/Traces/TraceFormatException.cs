namespace GraphSpec.Oracle.Traces;

/// <summary>
/// A malformed line, found while reading it: the byte offset in the line where the problem starts.
/// Caught by <see cref="TraceReader"/>, which turns it into a <see cref="TraceDiagnostic"/>.
/// </summary>
internal sealed class TraceFormatException(long byteOffset, string message) : Exception(message)
{
    public long ByteOffset { get; } = byteOffset;
}
