using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tlc.Output;

/// <summary>
/// Maps TLC's <c>-tool</c> output (and its <c>-dumpTrace json</c> file, when there is one) to the
/// <see cref="CheckResult"/> the embedded checker returns: outcome, TLC's exit code, violated name,
/// statistics, counterexample and diagnostics. Output that is not TLC's, or that ends before TLC
/// reports a result, is an error message rather than a result.
/// </summary>
public static partial class TlcOutputParser
{
    public static (CheckResult? Result, string? Error) Parse(string output, int exitCode, string? jsonTrace = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            return ParseChecked(output, exitCode, jsonTrace);
        }
        catch (Exception e) when (e is FormatException or OverflowException or EvaluationException or InvalidOperationException)
        {
            // Numbers too large for their field, values TLC would never print: not TLC's output.
            return (null, $"TLC output not understood (exit code {exitCode}): {e.Message}");
        }
    }

    private static (CheckResult? Result, string? Error) ParseChecked(string output, int exitCode, string? jsonTrace)
    {
        var (items, readError) = TlcMessageReader.Read(output);
        var run = new RunFacts();
        foreach (var item in items)
        {
            if (item.Message is { } message)
            {
                var error = run.Add(message);
                if (error is not null)
                {
                    return (null, error);
                }
            }
            else if (item.PlainLine is { } line && !run.SanyFinished && !IsSanyProgress(line))
            {
                run.SanyLines.Add(line);
            }
        }

        if (!run.SawVersion && run.Outcome is null)
        {
            return (null, $"the process did not produce TLC's -tool output (exit code {exitCode}){FirstLines(output)}");
        }

        if (run.Outcome is not { } outcome)
        {
            var why = readError ?? run.LastErrorText ?? "no result message";
            return (null, $"TLC exited with code {exitCode} without reporting a result: {why}");
        }

        if (readError is not null)
        {
            // A message cut in the middle (TLC killed or crashed while printing): what came before is incomplete.
            return (null, $"{readError} (exit code {exitCode}); the output is cut short or corrupted");
        }

        if (outcome == CheckOutcome.Ok && exitCode != 0)
        {
            return (null, $"TLC reported success but exited with code {exitCode}");
        }

        if (outcome == CheckOutcome.Ok && !run.HasStatistics)
        {
            return (null, "TLC reported success but printed no statistics; the output is cut short");
        }

        if (outcome == CheckOutcome.ParseError)
        {
            var diagnostics = SanyReport.Diagnostics(run.SanyLines);
            run.Diagnostics.InsertRange(0, diagnostics);
            run.Message ??= diagnostics.IsEmpty ? null : diagnostics[0].Message;
        }

        var (trace, variables, traceError) = TlcTraceAssembler.Assemble(run.States, jsonTrace);
        if (traceError is not null)
        {
            return (null, traceError);
        }

        var result = new CheckResult
        {
            Outcome = outcome,
            ExitCode = exitCode,
            ViolatedName = run.ViolatedName,
            Message = run.Message,
            Statistics = new CheckStatistics(run.Generated, run.Distinct, run.Queue, run.Depth),
            HasStatistics = run.HasStatistics,
            InitialStates = run.InitialStates,
            VariableNames = variables,
            Trace = trace,
            TraceEnd = run.TraceEnd,
            LoopAction = run.LoopAction,
            ViolatedByInitialState = run.ViolatedByInitialState,
            Diagnostics = [.. run.Diagnostics],
            Elapsed = run.Elapsed,
        };
        return (result, null);
    }

    private static bool IsSanyProgress(string line) =>
        line.StartsWith("Parsing file ", StringComparison.Ordinal)
        || line.StartsWith("Semantic processing of module ", StringComparison.Ordinal)
        || line.StartsWith("Linting of module ", StringComparison.Ordinal);

    private static string FirstLines(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(3).ToArray();
        return lines.Length == 0 ? "; it printed nothing" : "; it printed: " + string.Join(" | ", lines);
    }

    [GeneratedRegex(@"^(?:Invariant|Temporal property|Action property) (?<name>\S+) (?:is|was) violated")]
    private static partial Regex ViolationPattern();

    /// <summary>What the messages of one run say, gathered in order.</summary>
    private sealed class RunFacts
    {
        public bool SawVersion { get; private set; }
        public bool SanyFinished { get; private set; }
        public List<string> SanyLines { get; } = [];
        public CheckOutcome? Outcome { get; private set; }
        public string? ViolatedName { get; private set; }
        public string? Message { get; set; }
        public string? LastErrorText { get; private set; }
        public bool ViolatedByInitialState { get; private set; }
        public bool HasStatistics { get; private set; }
        public long Generated { get; private set; }
        public long Distinct { get; private set; }
        public long Queue { get; private set; }
        public int Depth { get; private set; }
        public long InitialStates { get; private set; }
        public TimeSpan Elapsed { get; private set; }
        public List<TlcPrintedState> States { get; } = [];
        public TraceEnd TraceEnd { get; private set; } = TraceEnd.None;
        public TraceAction? LoopAction { get; private set; }
        public List<Diagnostic> Diagnostics { get; } = [];

        /// <summary>Takes one top-level message into account; returns an error for a state TLC printed that cannot be read.</summary>
        public string? Add(TlcMessage message)
        {
            if (message.Severity == TlcMessage.ErrorSeverity)
            {
                LastErrorText = message.FullText;
            }

            switch (message.Code)
            {
                case TlcMessageCodes.Version:
                    SawVersion = true;
                    break;
                case TlcMessageCodes.SanyEnd:
                    SanyFinished = true;
                    break;
                case TlcMessageCodes.InitialStatesGenerated or TlcMessageCodes.InitialStatesGeneratedDistinct:
                    InitialStates = TlcStatisticsText.InitialStates(message.Text) ?? InitialStates;
                    break;
                case TlcMessageCodes.Progress:
                    if (!HasStatistics && TlcStatisticsText.Counts(message.Text) is { } progress)
                    {
                        (Generated, Distinct, Queue) = progress;
                        Depth = TlcStatisticsText.Depth(message.Text) ?? Depth;
                    }

                    break;
                case TlcMessageCodes.Statistics:
                    if (TlcStatisticsText.Counts(message.Text) is { } counts)
                    {
                        (Generated, Distinct, Queue) = counts;
                        HasStatistics = true;
                    }

                    break;
                case TlcMessageCodes.SearchDepth:
                    Depth = TlcStatisticsText.Depth(message.Text) ?? Depth;
                    break;
                case TlcMessageCodes.Finished:
                    Elapsed = TlcStatisticsText.Elapsed(message.Text) ?? Elapsed;
                    break;
                case TlcMessageCodes.StatePrint:
                    var (state, error) = TlcPrintedState.Parse(message.Text);
                    if (state is null)
                    {
                        return error;
                    }

                    States.Add(state);
                    break;
                case TlcMessageCodes.BackToState:
                    if (TlcPrintedState.ParseLassoEnd(message.Text) is { } back)
                    {
                        TraceEnd = new TraceEnd(TraceEndKind.BackToState, back.Number);
                        LoopAction = back.Action;
                    }

                    break;
                case TlcMessageCodes.Stuttering:
                    TraceEnd = TraceEnd.Stuttering;
                    break;
                case TlcMessageCodes.NestedExpression:
                    foreach (var (span, _) in TlcSourceRange.FindAll(message.Text))
                    {
                        Diagnostics.Add(new Diagnostic(DiagnosticKind.Evaluation, "while evaluating this expression", span));
                    }

                    break;
                default:
                    return Decide(message);
            }

            return null;
        }

        /// <summary>The first message that says how the run ended decides the outcome.</summary>
        private string? Decide(TlcMessage message)
        {
            if (Outcome is not null)
            {
                return null;
            }

            var text = message.FullText;
            switch (message.Code)
            {
                case TlcMessageCodes.Success:
                    Outcome = CheckOutcome.Ok;
                    break;
                case TlcMessageCodes.InvariantViolatedBehavior:
                    Violation(CheckOutcome.Invariant, text);
                    break;
                case TlcMessageCodes.InvariantViolatedInitial:
                    Violation(CheckOutcome.Invariant, text);
                    ViolatedByInitialState = true;
                    var newline = text.IndexOf('\n', StringComparison.Ordinal);
                    var (assignments, error) = TlcPrintedState.ParseAssignments(newline < 0 ? "" : text[(newline + 1)..]);
                    if (assignments is null)
                    {
                        return error;
                    }

                    States.Add(new TlcPrintedState(1, TraceAction.Initial, assignments.Value));
                    break;
                case TlcMessageCodes.ActionPropertyViolated or TlcMessageCodes.TemporalPropertyViolated:
                    Violation(CheckOutcome.Property, text);
                    break;
                case TlcMessageCodes.DeadlockReached:
                    Outcome = CheckOutcome.Deadlock;
                    Message = text;
                    break;
                case TlcMessageCodes.AssertFailed:
                    Outcome = CheckOutcome.Assert;
                    Message = text;
                    break;
                case TlcMessageCodes.AssumptionFalse:
                    Outcome = CheckOutcome.AssumptionFalse;
                    Message = text;
                    break;
                case TlcMessageCodes.ParsingFailed or TlcMessageCodes.ParsingFailedWithDetails:
                    Outcome = CheckOutcome.ParseError;
                    break;
                case TlcMessageCodes.InvariantEvaluationFailed or TlcMessageCodes.NoStatesSatisfyingInit:
                    EvaluationError(text, message);
                    break;
                case TlcMessageCodes.General:
                    if (message.Nested.Any(n => TlcMessageCodes.IsConfigError(n.Code)) || text.Contains("ConfigFileException", StringComparison.Ordinal))
                    {
                        ConfigError(message);
                    }
                    else
                    {
                        EvaluationError(WithoutBoilerplate(text), message);
                    }

                    break;
                default:
                    if (TlcMessageCodes.IsConfigError(message.Code))
                    {
                        ConfigError(message);
                    }

                    break;
            }

            return null;
        }

        private void Violation(CheckOutcome outcome, string text)
        {
            Outcome = outcome;
            var match = ViolationPattern().Match(text);
            ViolatedName = match.Success ? match.Groups["name"].Value.TrimEnd('.') : null;
            var newline = text.IndexOf('\n', StringComparison.Ordinal);
            Message = newline < 0 ? text : text[..newline];
        }

        private void EvaluationError(string text, TlcMessage message)
        {
            Outcome = CheckOutcome.EvalError;
            Message = text.Trim();
            var span = TlcSourceRange.Find(message.FullText)?.Span ?? SourceSpan.None;
            Diagnostics.Add(new Diagnostic(DiagnosticKind.Evaluation, Message, span));
        }

        private void ConfigError(TlcMessage message)
        {
            Outcome = CheckOutcome.ConfigError;
            var detail = message.Nested.FirstOrDefault(n => TlcMessageCodes.IsConfigError(n.Code));
            Message = (detail ?? message).FullText.Trim();
            var line = CfgLinePattern().Match(Message);
            var span = line.Success ? new SourceSpan("", int.Parse(line.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 0, 0) : SourceSpan.None;
            Diagnostics.Add(new Diagnostic(DiagnosticKind.Config, Message, span));
        }

        // TLC's general-error message starts with three fixed lines and the exception's class.
        private static string WithoutBoilerplate(string text)
        {
            var lines = text.Split('\n').ToList();
            var exception = lines.FindIndex(l => l.StartsWith("The exception was a ", StringComparison.Ordinal));
            var rest = exception < 0 ? lines : lines.Skip(exception + 1).ToList();
            return string.Join("\n", rest).TrimStart(':', ' ').Trim();
        }
    }

    [GeneratedRegex(@"configuration file at line (?<n>\d+)")]
    private static partial Regex CfgLinePattern();
}
