using System.Text;
using GraphSpec.Impl.Simulation;
using GraphSpec.Oracle.Traces;
using GraphSpec.Oracle.Validation;

namespace GraphSpec.Fuzzing;

/// <summary>
/// Runs one case on the implementation, writing its trace, and validates the trace against the
/// spec (one parsed spec shared by every case). The trace goes through its text form on purpose:
/// what is validated is exactly what a user's <c>--trace</c> file and a replay would contain.
/// </summary>
public sealed class CaseRunner(SpecInstance spec, int maxSteps = 10_000)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic]
    private static MemoryStream? buffer;

    public SpecInstance Spec { get; } = spec;

    public CaseVerdict Run(FuzzCase fuzzCase) => Run(fuzzCase, lenient: false);

    /// <summary>
    /// Runs a case; <paramref name="lenient"/> skips scheduled choices that are not enabled (the
    /// shrinker's candidates replay what still fits of the old schedule).
    /// </summary>
    public CaseVerdict Run(FuzzCase fuzzCase, bool lenient) => Run(fuzzCase, lenient, null);

    /// <summary>
    /// Runs a case and hands the trace, as read back for validation, to <paramref name="onTrace"/>
    /// (which must not keep it: verdicts stay small, so a batch of them does not outlive the
    /// young generation of the garbage collector).
    /// </summary>
    public CaseVerdict Run(FuzzCase fuzzCase, bool lenient, Action<TraceDocument>? onTrace)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        // The trace goes through UTF-8 bytes, as a --trace file would, without a string in between,
        // into a buffer each thread keeps: a trace is larger than the large-object threshold, and
        // a fresh one per case made every case pay for a full garbage collection sooner or later.
        var bytes = buffer ??= new MemoryStream();
        bytes.SetLength(0);
        RunResult result;
        using (var writer = new StreamWriter(bytes, Utf8, bufferSize: 16 << 10, leaveOpen: true) { NewLine = "\n" })
        {
            var options = new RunOptions(fuzzCase.Seed, fuzzCase.Schedule.IsDefaultOrEmpty ? null : fuzzCase.Schedule, maxSteps) { LenientSchedule = lenient };
            result = Simulator.Run(fuzzCase.Scenario, fuzzCase.Mutants, options, new GraphSpec.Impl.Tracing.TraceWriter(writer));
        }

        var utf8 = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
        var read = TraceReader.Read(utf8, "<trace>");
        var validation = read.Document is { } document
            ? TraceValidator.Validate(Spec, document)
            : new ValidationResult(ValidationOutcome.MalformedTrace, new ValidationFailure(ValidationOutcome.MalformedTrace, read.Error?.Message ?? "unreadable trace"), 0, []);
        var actions = new HashSet<string>(StringComparer.Ordinal);
        if (read.Document is { } trace)
        {
            foreach (var step in trace.Steps)
            {
                actions.Add(step.Action);
            }

            onTrace?.Invoke(trace);
        }

        var verdict = new CaseVerdict(result, validation, ReadOnlyMemory<byte>.Empty) { Actions = actions };

        // Only a failure's trace is kept (for its report); the buffer is reused by the next case.
        return verdict.Passed ? verdict : verdict with { TraceUtf8 = utf8.ToArray() };
    }
}
