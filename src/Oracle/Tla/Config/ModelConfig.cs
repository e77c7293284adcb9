using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Config;

/// <summary>
/// A parsed TLC model config file (.cfg). Every name keeps its span so that later errors ("not
/// defined in the specification") point at the cfg line. Lists keep the file's order: TLC checks
/// invariants in cfg order and reports the first one violated.
/// </summary>
public sealed record ModelConfig(
    string File,
    Identifier? Init,
    Identifier? Next,
    Identifier? Specification,
    ImmutableArray<ConstantBinding> Constants,
    ImmutableArray<Identifier> Invariants,
    ImmutableArray<Identifier> Properties,
    ImmutableArray<Identifier> Constraints,
    ImmutableArray<Identifier> ActionConstraints,
    Identifier? Symmetry,
    Identifier? View,
    Identifier? Alias,
    Identifier? Postcondition,
    bool? CheckDeadlock)
{
    /// <summary>An empty config for <paramref name="file"/>.</summary>
    public static ModelConfig Empty(string file) => new(
        file, null, null, null, [], [], [], [], [], null, null, null, null, null);

    /// <summary>Whether the checker must report deadlocks: TLC's default is yes.</summary>
    public bool ShouldCheckDeadlock => CheckDeadlock ?? true;
}
