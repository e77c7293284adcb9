using System.Text;
using GraphSpec.Impl.Qemu;
using GraphSpec.Impl.Simulation;

namespace GraphSpec.Impl.Tracing;

/// <summary>Writes a run as JSON Lines (docs/trace-format.md): header, Init, one line per step, footer.</summary>
public sealed class TraceWriter(TextWriter output) : ITraceSink
{
    private readonly StringBuilder _line = new();

    public void Begin(BlockLayer bl, ulong? seed, IReadOnlyList<string>? schedule)
    {
        var w = Start();
        w.BeginObject().Key("trace").Str("graphspec/1").Key("spec").Str("BlockLayer").Key("constants");
        SpecConstants.Write(bl.Scenario, bl.Mutants, w);
        w.Key("scenario").Text(bl.Scenario.Name);
        w.Key("mutants").BeginSeq();
        foreach (var m in bl.Mutants.Members())
        {
            w.Str(m.ToString());
        }
        w.EndSeq();
        w.Key("seed");
        if (seed is { } s)
        {
            w.UInt(s);
        }
        else
        {
            w.Null();
        }
        w.Key("schedule");
        if (schedule is null)
        {
            w.Null();
        }
        else
        {
            w.BeginSeq();
            foreach (var c in schedule)
            {
                w.Text(c);
            }
            w.EndSeq();
        }
        w.EndObject();
        Flush();

        w = Start();
        w.BeginObject().Key("i").Int(0).Key("action").Str("Init").Key("state");
        SpecState.Write(bl, w);
        w.EndObject();
        Flush();
    }

    public void Step(int index, string thread, string action, string paramName, string paramValue, BlockLayer bl)
    {
        var w = Start();
        w.BeginObject().Key("i").Int(index).Key("thread").Str(thread).Key("action").Str(action)
            .Key("params").BeginObject().Key(paramName).Mv(paramValue).EndObject()
            .Key("state");
        SpecState.Write(bl, w);
        w.EndObject();
        Flush();
    }

    public void End(RunResult result)
    {
        var w = Start();
        w.BeginObject();
        switch (result.Outcome)
        {
            case RunOutcome.Done:
                w.Key("end").Str("done").Key("steps").Int(result.Steps);
                break;
            case RunOutcome.Deadlock:
                w.Key("end").Str("deadlock").Key("steps").Int(result.Steps).Key("waitFor").BeginSeq();
                foreach (var e in result.WaitFor)
                {
                    w.BeginObject().Key("thread").Text(e.Thread).Key("waitsFor").Text(e.WaitsFor).Key("ctx").Text(e.Ctx);
                    if (e.Owner is not null)
                    {
                        w.Key("owner").Text(e.Owner);
                    }
                    w.EndObject();
                }
                w.EndSeq();
                break;
            default:
                w.Key("end").Str(result.Outcome == RunOutcome.Assert ? "assert" : result.Outcome == RunOutcome.StepLimit ? "stepLimit" : "badSchedule")
                    .Key("steps").Int(result.Steps).Key("message").Text(result.Message ?? "");
                break;
        }
        w.EndObject();
        Flush();
    }

    private TlaJsonWriter Start()
    {
        _line.Clear();
        return new TlaJsonWriter(_line);
    }

    private void Flush()
    {
        _line.Append('\n');
        output.Write(_line);
    }
}
