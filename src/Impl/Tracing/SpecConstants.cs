using GraphSpec.Impl.Mutants;
using GraphSpec.Impl.Scenarios;

namespace GraphSpec.Impl.Tracing;

/// <summary>
/// The BlockLayer constants a scenario and a mutant set determine, as one JSON object (the
/// trace header's "constants"). MainOps/BhOps are the unexpanded programs: the spec expands edits
/// with the protocol itself.
/// </summary>
public static class SpecConstants
{
    public static void Write(Scenario s, MutantSet mutants, TlaJsonWriter w)
    {
        w.BeginObject();
        w.Key("Main").Mv(Scenario.Main);
        w.Key("MainCtx").Mv(Scenario.MainCtx);
        w.Key("IoThreads").MvSet(s.IoThreads.Select(t => t.Key));
        w.Key("IoCtx").BeginMap();
        foreach (var t in s.IoThreads)
        {
            w.Entry(t.Key).Mv(t.Value).EndEntry();
        }
        w.EndMap();
        w.Key("None").Mv(Scenario.None);
        w.Key("AioLock").Bool(s.AioLock);
        w.Key("Nodes").MvSet(s.Nodes.Select(n => n.Key));
        w.Key("Edges").MvSet(s.Edges.Select(e => e.Name));
        w.Key("Blk").Mv(Scenario.Blk);
        w.Key("EdgeParent").BeginMap();
        foreach (var e in s.Edges)
        {
            w.Entry(e.Name).Mv(e.Parent).EndEntry();
        }
        w.EndMap();
        w.Key("InitChild").BeginMap();
        foreach (var e in s.Edges)
        {
            w.Entry(e.Name).MvOrNone(e.Child).EndEntry();
        }
        w.EndMap();
        w.Key("NodeCtx").BeginMap();
        foreach (var n in s.Nodes)
        {
            w.Entry(n.Key).Mv(n.Value).EndEntry();
        }
        w.EndMap();
        w.Key("Requests").MvSet(s.Requests.Select(r => r.Name));
        w.Key("JobReqs").MvSet(s.Requests.Where(r => r.Job).Select(r => r.Name));
        w.Key("ReqEdge").BeginMap();
        foreach (var r in s.Requests)
        {
            w.Entry(r.Name).Mv(r.Edge).EndEntry();
        }
        w.EndMap();
        w.Key("MainOps");
        WriteProgram(s.MainOps, w);
        w.Key("BhOps");
        WriteProgram(s.BhOps, w);
        w.Key("Protocol").Str(s.Protocol);
        w.Key("NestedRead").Bool(s.NestedRead);
        foreach (var m in MutantSet.All)
        {
            w.Key("Bug" + m).Bool(mutants.Has(m));
        }
        w.EndObject();
    }

    /// <summary>A program as a sequence of the spec's operation records.</summary>
    public static void WriteProgram(IEnumerable<Operation> ops, TlaJsonWriter w)
    {
        w.BeginSeq();
        foreach (var op in ops)
        {
            w.BeginObject();
            foreach (var (field, value, isString) in op.Fields())
            {
                w.Key(field);
                if (isString)
                {
                    w.Str(value!);
                }
                else
                {
                    w.MvOrNone(value);
                }
            }
            w.EndObject();
        }
        w.EndSeq();
    }
}
