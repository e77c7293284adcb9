using System.Globalization;
using System.Text;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Cli.Checking;

/// <summary>
/// Prints a check result as TLC prints it without <c>-tool</c>: the error line, the behaviour
/// (<c>State N: &lt;Action line L, col C to … of module M&gt;</c> and <c>/\ var = value</c> lines), the
/// statistics and depth. Variables are listed in declaration order.
/// </summary>
internal static class TlcReportWriter
{
    public static void Write(CheckResult result, TextWriter writer)
    {
        var text = new StringBuilder();
        if (result.HasStatistics || result.ViolatedByInitialState)
        {
            text.Append("Computing initial states...\n");
        }

        if (result.HasStatistics && !result.ViolatedByInitialState)
        {
            var plural = result.InitialStates == 1 ? "state" : "states";
            text.Append(CultureInfo.InvariantCulture, $"Finished computing initial states: {result.InitialStates} distinct {plural} generated.\n");
        }

        WriteOutcome(result, text);
        if (result.HasStatistics)
        {
            var s = result.Statistics;
            text.Append(CultureInfo.InvariantCulture, $"{s.Generated} states generated, {s.Distinct} distinct states found, {s.LeftOnQueue} states left on queue.\n");
            text.Append(CultureInfo.InvariantCulture, $"The depth of the complete state graph search is {s.Depth}.\n");
        }

        if (!result.Coverage.IsEmpty)
        {
            WriteCoverage(result, text);
        }

        text.Append(CultureInfo.InvariantCulture, $"Finished in {FormatElapsed(result.Elapsed)} at ({DateTime.Now:yyyy-MM-dd HH:mm:ss})\n");
        writer.Write(text.ToString());
    }

    /// <summary>TLC's progress line.</summary>
    public static string Progress(CheckStatistics s) =>
        $"Progress({s.Depth}) at {DateTime.Now:yyyy-MM-dd HH:mm:ss}: {s.Generated} states generated, {s.Distinct} distinct states found, {s.LeftOnQueue} states left on queue.";

    private static void WriteOutcome(CheckResult result, StringBuilder text)
    {
        switch (result.Outcome)
        {
            case CheckOutcome.Ok:
                text.Append("Model checking completed. No error has been found.\n");
                return;
            case CheckOutcome.ParseError or CheckOutcome.ConfigError:
                foreach (var diagnostic in result.Diagnostics)
                {
                    text.Append(diagnostic).Append('\n');
                }

                text.Append(result.Outcome == CheckOutcome.ParseError ? "Error: Parsing or semantic analysis failed.\n" : "Error: The configuration file is not valid.\n");
                return;
            case CheckOutcome.Stopped:
                text.Append("Model checking stopped before the state space was explored (interrupted).\n");
                return;
            case CheckOutcome.MaxStates:
                text.Append("Model checking stopped at the --max-states limit; the state space was not fully explored.\n");
                return;
            case CheckOutcome.Invariant when result.ViolatedByInitialState:
                text.Append(CultureInfo.InvariantCulture, $"Error: Invariant {result.ViolatedName} is violated by the initial state:\n");
                if (!result.Trace.IsEmpty)
                {
                    WriteVariables(result, result.Trace[0], text);
                }

                text.Append('\n');
                return;
        }

        text.Append(CultureInfo.InvariantCulture, $"Error: {Headline(result)}\n");
        if (!result.Trace.IsEmpty)
        {
            text.Append(result.TraceEnd.Kind == TraceEndKind.None
                ? "Error: The behavior up to this point is:\n"
                : "\nError: The following behavior constitutes a counter-example:\n\n");
            foreach (var state in result.Trace)
            {
                text.Append(CultureInfo.InvariantCulture, $"State {state.Number}: <{state.Action.ToTlcString()}>\n");
                WriteVariables(result, state, text);
                text.Append('\n');
            }

            if (result.TraceEnd.Kind == TraceEndKind.Stuttering)
            {
                text.Append(CultureInfo.InvariantCulture, $"State {result.Trace.Length + 1}: Stuttering\n");
            }
            else if (result.TraceEnd.Kind == TraceEndKind.BackToState)
            {
                var action = result.LoopAction?.ToTlcString() ?? "";
                text.Append(CultureInfo.InvariantCulture, $"Back to state {result.TraceEnd.BackToState}: <{action}>\n\n");
            }
        }

        if (result.Outcome is CheckOutcome.EvalError or CheckOutcome.Assert && result.Diagnostics.Length > 0 && !result.Diagnostics[0].Span.IsNone)
        {
            // TLC lists the nested expressions; GraphSpec knows the innermost one.
            var span = result.Diagnostics[0].Span;
            var module = Path.GetFileNameWithoutExtension(span.File);
            text.Append("Error: The error occurred when TLC was evaluating the nested\nexpressions at the following positions:\n")
                .Append(CultureInfo.InvariantCulture, $"0. Line {span.StartLine}, column {span.StartColumn} to line {span.EndLine}, column {span.EndColumn} in {module}\n\n");
        }
    }

    private static string Headline(CheckResult result) => result.Outcome switch
    {
        CheckOutcome.Deadlock => "Deadlock reached.",
        CheckOutcome.Invariant => $"Invariant {result.ViolatedName} is violated.",
        CheckOutcome.Property when result.TraceEnd.Kind == TraceEndKind.None => $"Action property {result.ViolatedName} is violated.",
        CheckOutcome.Property => $"Temporal property {result.ViolatedName} was violated.",
        CheckOutcome.Assert => result.Message ?? "Assert failed.",
        CheckOutcome.AssumptionFalse => result.Message ?? "An assumption is false.",
        _ => result.Message ?? result.Outcome.Name(),
    };

    private static void WriteVariables(CheckResult result, TraceState state, StringBuilder text)
    {
        var names = result.VariableNames;
        for (var i = 0; i < state.Values.Length && i < names.Length; i++)
        {
            if (names.Length > 1)
            {
                text.Append("/\\ ");
            }

            text.Append(names[i]).Append(" = ").Append(TlcPrettyPrinter.Format(state.Values[i])).Append('\n');
        }
    }

    private static void WriteCoverage(CheckResult result, StringBuilder text)
    {
        text.Append("The coverage statistics:\n");
        foreach (var action in result.Coverage)
        {
            text.Append(CultureInfo.InvariantCulture, $"<{action.Name} {action.Span.ToTlcString(action.Module)}>: {action.Distinct}:{action.Generated}\n");
        }

        foreach (var action in result.Coverage)
        {
            if (action.Generated == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"Warning: the action {action.Name} ({action.Span.ToTlcString(action.Module)}) never fired.\n");
            }
        }
    }

    private static string FormatElapsed(TimeSpan elapsed) =>
        elapsed.TotalSeconds < 60 ? $"{elapsed.TotalSeconds:00}s" : $"{(int)elapsed.TotalMinutes}min {elapsed.Seconds:00}s";
}
