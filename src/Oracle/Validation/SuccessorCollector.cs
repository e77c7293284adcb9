using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Validation;

/// <summary>
/// Collects the distinct successors of an enumeration, in enumeration order, each with the label of
/// the action that produced it (<c>Name(args)</c>); stops after <see cref="Limit"/> of them.
/// </summary>
internal sealed class SuccessorCollector(int limit = int.MaxValue) : IStateSink
{
    private readonly HashSet<long> seen = [];

    public int Limit { get; } = limit;

    public List<(Value[] State, string Label)> Successors { get; } = [];

    public bool OnState(Value[] state, in ActionInfo action)
    {
        var hasher = new FingerprintHasher();
        foreach (var value in state)
        {
            hasher.Add(value.Fingerprint());
        }

        if (seen.Add(hasher.Finish()))
        {
            Successors.Add((state, Label(action)));
        }

        return Successors.Count < Limit;
    }

    private static string Label(in ActionInfo action)
    {
        var arguments = action.GetArguments();
        return arguments.IsEmpty ? action.Name : $"{action.Name}({string.Join(", ", arguments.Select(CanonicalValuePrinter.Print))})";
    }
}
