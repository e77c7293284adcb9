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
        return errors;
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
