using System.Text.RegularExpressions;

namespace GraphSpec.Impl.Scenarios;

/// <summary>
/// The rules a scenario must follow for the implementation to run it and for the spec's ASSUME to
/// hold: unique identifier names, known contexts/nodes/edges, a request edge attached at start,
/// the "aiolock" protocol only with the AioContext lock. Each problem is one message; the JSON
/// reader adds where it is.
/// </summary>
public static partial class ScenarioValidator
{
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    public static bool IsIdentifier(string name) => Identifier().IsMatch(name);

    /// <summary>The problems of a scenario, as (path, message) with path like "edges[1].child"; empty when it is valid.</summary>
    public static List<(string Path, string Message)> Validate(Scenario s)
    {
        var errors = new List<(string, string)>();
        var names = new HashSet<string>(StringComparer.Ordinal) { Scenario.Main, Scenario.MainCtx, Scenario.None, Scenario.Blk };
        void Name(string path, string name)
        {
            if (!IsIdentifier(name))
            {
                errors.Add((path, $"'{name}' is not an identifier (letters, digits, '_')"));
            }
            else if (!names.Add(name))
            {
                errors.Add((path, $"the name '{name}' is used twice (or is reserved: Main, MainCtx, None, Blk)"));
            }
        }

        if (!Scenario.Protocols.Contains(s.Protocol))
        {
            errors.Add(("protocol", $"unknown protocol '{s.Protocol}' (expected one of {string.Join(", ", Scenario.Protocols)})"));
        }
        else if (s.Protocol == "aiolock" && !s.AioLock)
        {
            errors.Add(("protocol", "the \"aiolock\" protocol needs \"aioLock\": true"));
        }

        var contexts = new HashSet<string>(StringComparer.Ordinal) { Scenario.MainCtx };
        for (var i = 0; i < s.IoThreads.Length; i++)
        {
            Name($"iothreads.{s.IoThreads[i].Key}", s.IoThreads[i].Key);
            Name($"iothreads.{s.IoThreads[i].Key}", s.IoThreads[i].Value);
            contexts.Add(s.IoThreads[i].Value);
        }
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, ctx) in s.Nodes)
        {
            Name($"nodes.{node}", node);
            nodes.Add(node);
            if (!contexts.Contains(ctx))
            {
                errors.Add(($"nodes.{node}", $"unknown context '{ctx}' (contexts: {string.Join(", ", contexts)})"));
            }
        }
        var edges = new Dictionary<string, EdgeSpec>(StringComparer.Ordinal);
        for (var i = 0; i < s.Edges.Length; i++)
        {
            var e = s.Edges[i];
            Name($"edges[{i}].name", e.Name);
            edges[e.Name] = e;
            if (e.Parent != Scenario.Blk && !nodes.Contains(e.Parent))
            {
                errors.Add(($"edges[{i}].parent", $"unknown parent '{e.Parent}' (a node or \"Blk\")"));
            }
            if (e.Child is not null && !nodes.Contains(e.Child))
            {
                errors.Add(($"edges[{i}].child", $"unknown node '{e.Child}'"));
            }
            else if (e.Child is not null && SplitsContexts(s, e.Parent, e.Child))
            {
                errors.Add(($"edges[{i}].child", SplitMessage(s, e.Parent, e.Child)));
            }
        }
        for (var i = 0; i < s.Requests.Length; i++)
        {
            var r = s.Requests[i];
            Name($"requests[{i}].name", r.Name);
            if (!edges.TryGetValue(r.Edge, out var edge))
            {
                errors.Add(($"requests[{i}].edge", $"unknown edge '{r.Edge}'"));
            }
            else if (edge.Child is null)
            {
                errors.Add(($"requests[{i}].edge", $"edge '{r.Edge}' is detached at start; a request needs an attached edge"));
            }
        }
        CheckProgram("mainOps", s.MainOps, contexts, nodes, edges, errors, allowScheduleBh: true);
        CheckProgram("bhOps", s.BhOps, contexts, nodes, edges, errors, allowScheduleBh: false);
        CheckEditContexts(s, "mainOps", s.MainOps, nodes, edges, errors);
        CheckEditContexts(s, "bhOps", s.BhOps, nodes, edges, errors);
        return errors;
    }

    /// <summary>
    /// QEMU keeps a parent node and its children in one AioContext (attaching a child moves the
    /// subtree); a graph that splits contexts is not a QEMU configuration.
    /// </summary>
    private static bool SplitsContexts(Scenario s, string parent, string child)
    {
        string? Ctx(string node) => s.Nodes.FirstOrDefault(n => n.Key == node).Value;
        return parent != Scenario.Blk && Ctx(parent) is { } p && Ctx(child) is { } c && p != c;
    }

    private static string SplitMessage(Scenario s, string parent, string child) =>
        $"node '{child}' is in context '{s.NodeContext(child)}' but its parent '{parent}' is in '{s.NodeContext(parent)}'; QEMU keeps a parent and its children in one AioContext";

    private static void CheckEditContexts(Scenario s, string path, IReadOnlyList<Operation> ops, HashSet<string> nodes, Dictionary<string, EdgeSpec> edges, List<(string, string)> errors)
    {
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            if (op.Op is Operation.Edit or Operation.Replace && op.To is { } to && nodes.Contains(to)
                && op.Edge is { } edge && edges.TryGetValue(edge, out var e) && nodes.Contains(e.Parent) && SplitsContexts(s, e.Parent, to))
            {
                errors.Add(($"{path}[{i}].to", SplitMessage(s, e.Parent, to)));
            }
        }
    }

    private static void CheckProgram(string path, IReadOnlyList<Operation> ops, HashSet<string> contexts, HashSet<string> nodes,
        Dictionary<string, EdgeSpec> edges, List<(string, string)> errors, bool allowScheduleBh)
    {
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            var at = $"{path}[{i}]";
            void NeedCtx(string? ctx, bool noneAllowed)
            {
                if (ctx is null ? !noneAllowed : !contexts.Contains(ctx))
                {
                    errors.Add(($"{at}.ctx", $"'{op.Op}' needs a known context, not '{ctx ?? "None"}'"));
                }
            }
            void NeedNode(string field, string? node, bool noneAllowed)
            {
                if (node is null ? !noneAllowed : !nodes.Contains(node))
                {
                    errors.Add(($"{at}.{field}", $"'{op.Op}' needs a known node in '{field}', not '{node ?? "None"}'"));
                }
            }
            void NeedEdge(string? edge)
            {
                if (edge is null || !edges.ContainsKey(edge))
                {
                    errors.Add(($"{at}.edge", $"'{op.Op}' needs a known edge, not '{edge ?? "None"}'"));
                }
            }
            switch (op.Op)
            {
                case Operation.Acquire or Operation.Release:
                    NeedCtx(op.Ctx, noneAllowed: false);
                    break;
                case Operation.WrLock:
                    NeedCtx(op.Ctx, noneAllowed: true);
                    break;
                case Operation.WrUnlock:
                    break;
                case Operation.DrainBegin or Operation.DrainEnd or Operation.PollIdle:
                    NeedNode("node", op.Node, noneAllowed: false);
                    break;
                case Operation.QuiesceParent:
                    NeedEdge(op.Edge);
                    break;
                case Operation.Replace:
                    NeedEdge(op.Edge);
                    NeedNode("to", op.To, noneAllowed: true);
                    break;
                case Operation.Edit:
                    NeedEdge(op.Edge);
                    NeedNode("from", op.From, noneAllowed: true);
                    NeedNode("to", op.To, noneAllowed: true);
                    if (op.From is null && op.To is null)
                    {
                        errors.Add(($"{at}", "an edit needs 'from' or 'to'"));
                    }
                    break;
                case Operation.ScheduleBh:
                    if (!allowScheduleBh)
                    {
                        errors.Add(($"{at}.op", "the BH program cannot schedule itself again"));
                    }
                    break;
                default:
                    errors.Add(($"{at}.op", $"unknown operation '{op.Op}' (expected one of {string.Join(", ", Operation.Names)})"));
                    break;
            }
        }
    }
}
