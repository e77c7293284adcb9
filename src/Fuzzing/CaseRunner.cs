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
        // The trace goes through UTF-8 bytes, as a --trace file would, without a string in between.
        var bytes = new MemoryStream();
        RunResult result;
        using (var writer = new StreamWriter(bytes, Utf8, leaveOpen: true) { NewLine = "\n" })
        {
            var options = new RunOptions(fuzzCase.Seed, fuzzCase.Schedule.IsDefaultOrEmpty ? null : fuzzCase.Schedule, maxSteps) { LenientSchedule = lenient };
            result = Simulator.Run(fuzzCase.Scenario, fuzzCase.Mutants, options, new GraphSpec.Impl.Tracing.TraceWriter(writer));
        }

        var utf8 = bytes.GetBuffer().AsMemory(0, (int)bytes.Length);
        var read = TraceReader.Read(utf8.Span, "<trace>");
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

        return new CaseVerdict(result, validation, utf8) { Actions = actions };
    }
}
