using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Traces;

/// <summary>A problem with a trace file (malformed JSON, a bad value, a missing line), with its position.</summary>
public sealed record TraceDiagnostic(string Message, SourceSpan Span)
{
    public override string ToString() => Span.IsNone ? Message : $"{Span.ToLocationString()}: {Message}";
}

/// <summary>The outcome of reading a trace: the document, or the first problem found.</summary>
public sealed record TraceReadResult(TraceDocument? Document, TraceDiagnostic? Error)
{
    public bool Succeeded => Document is not null;
}
