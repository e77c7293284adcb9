using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Traces;

/// <summary>
/// The first line of a trace: the spec module the trace refers to and the constants of the
/// instance the run is checked against (in the writer's order), plus what produced the run.
/// </summary>
public sealed record TraceHeader(
    string Spec,
    ImmutableArray<NamedValue> Constants,
    string? Scenario = null,
    ImmutableArray<string> Mutants = default,
    long? Seed = null,
    ImmutableArray<string>? Schedule = null)
{
    /// <summary>The format tag of the first key, <c>graphspec/1</c>.</summary>
    public const string FormatTag = "graphspec/1";

    /// <summary>The mutants enabled in the implementation (empty, never default).</summary>
    public ImmutableArray<string> Mutants { get; init; } = Mutants.IsDefault ? [] : Mutants;

    /// <summary>The constants by name (the form <c>TraceValidator.Validate</c> takes).</summary>
    public IReadOnlyDictionary<string, Value> ConstantsByName()
    {
        var byName = new Dictionary<string, Value>(Constants.Length, StringComparer.Ordinal);
        foreach (var constant in Constants)
        {
            byName[constant.Name] = constant.Value;
        }

        return byName;
    }
}
