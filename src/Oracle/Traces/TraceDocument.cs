using System.Collections.Immutable;

namespace GraphSpec.Oracle.Traces;

/// <summary>
/// A whole trace: header, the initial state line (<see cref="Steps"/>[0]), one line per step, and
/// the footer. <see cref="File"/> names where it was read from (for messages).
/// </summary>
public sealed record TraceDocument(TraceHeader Header, ImmutableArray<TraceStep> Steps, TraceFooter Footer, string File = "<trace>")
{
    /// <summary>Whether some step line omits the state (the validator then computes it).</summary>
    public bool IsLabelOnly
    {
        get
        {
            foreach (var step in Steps)
            {
                if (step.State is null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
