using System.Collections.Immutable;

namespace GraphSpec.Impl.Scenarios;

/// <summary>
/// A fluent builder for hand-written scenarios, e.g.
/// <c>ScenarioBuilder.Named("B8").Protocol("drain").IoThread("IoThread", "X").Chain("X").Request("r1", "eBacking").Main(Operation.EditOf("eBacking", "nBase", "nNew")).Build()</c>.
/// </summary>
public sealed class ScenarioBuilder
{
    private Scenario _s;
    private readonly List<KeyValuePair<string, string>> _ioThreads = [];
    private readonly List<KeyValuePair<string, string>> _nodes = [];
    private readonly List<EdgeSpec> _edges = [];
    private readonly List<RequestSpec> _requests = [];
    private readonly List<Operation> _main = [];
    private readonly List<Operation> _bh = [];
    private readonly List<string> _exposes = [];

    private ScenarioBuilder(string name) => _s = new Scenario { Name = name };

    public static ScenarioBuilder Named(string name) => new(name);

    public ScenarioBuilder Describe(string text) => With(_s with { Description = text });

    public ScenarioBuilder Protocol(string protocol) => With(_s with { Protocol = protocol });

    public ScenarioBuilder AioLock(bool on) => With(_s with { AioLock = on });

    public ScenarioBuilder NestedRead(bool on = true) => With(_s with { NestedRead = on });

    public ScenarioBuilder IoThread(string thread, string ctx) => Add(_ioThreads, new(thread, ctx));

    public ScenarioBuilder Node(string node, string ctx) => Add(_nodes, new(node, ctx));

    public ScenarioBuilder Edge(string name, string parent, string? child) => Add(_edges, new EdgeSpec(name, parent, child));

    /// <summary>The models' topology: Blk -eRoot-> nTop -eBacking-> nBase, and a spare nNew, all in <paramref name="ctx"/>.</summary>
    public ScenarioBuilder Chain(string ctx, bool backingAttached = true) =>
        Node("nTop", ctx).Node("nBase", ctx).Node("nNew", ctx)
            .Edge("eRoot", Scenario.Blk, "nTop").Edge("eBacking", "nTop", backingAttached ? "nBase" : null);

    public ScenarioBuilder Request(string name, string edge, bool job = false) => Add(_requests, new RequestSpec(name, edge, job));

    public ScenarioBuilder Main(params Operation[] ops)
    {
        _main.AddRange(ops);
        return this;
    }

    public ScenarioBuilder Bh(params Operation[] ops)
    {
        _bh.AddRange(ops);
        return this;
    }

    public ScenarioBuilder Exposes(string mutant, string expect)
    {
        _exposes.Add(mutant);
        return With(_s with { Expect = expect });
    }

    public ScenarioBuilder Seed(ulong seed) => With(_s with { Seed = seed });

    public ScenarioBuilder Schedule(params string[] choices) => With(_s with { Schedule = [.. choices] });

    /// <summary>The scenario; an invalid one is a programming error here (InvalidOperationException listing every problem).</summary>
    public Scenario Build()
    {
        var s = _s with
        {
            IoThreads = [.. _ioThreads],
            Nodes = [.. _nodes],
            Edges = [.. _edges],
            Requests = [.. _requests],
            MainOps = [.. _main],
            BhOps = [.. _bh],
            Exposes = [.. _exposes],
        };
        var errors = ScenarioValidator.Validate(s);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")));
        }
        return s;
    }

    private ScenarioBuilder With(Scenario s)
    {
        _s = s;
        return this;
    }

    private ScenarioBuilder Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return this;
    }
}
