using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GraphSpec.PropertyTests;

/// <summary>
/// The parser never throws and never hangs: every input ends in a tree or in located diagnostics
/// within <see cref="BoundedParse.Limit"/>. 10,000 generated inputs in all (4,000 + 3,000 + 1,000
/// + 2,000). The seeds are fixed so that CI runs are reproducible; FsCheck prints the seed and the
/// input of a failure, and removing <c>Replay</c> explores new inputs.
/// </summary>
public class ParserRobustnessProperties
{
    [Property(MaxTest = 4_000, Replay = "(1455384931,2097151)")]
    public Property Token_soups_end_in_a_tree_or_diagnostics() =>
        Prop.ForAll(Arb.From(ParserInputGen.TokenSoup()), input =>
        {
            BoundedParse.Module(input);
            BoundedParse.Expression(input);
        });

    [Property(MaxTest = 3_000, Replay = "(2718281828,314159265)")]
    public Property Mutated_conformance_specs_end_in_a_tree_or_diagnostics() =>
        Prop.ForAll(Arb.From(ParserInputGen.MutatedSpec()), BoundedParse.Module);

    [Property(MaxTest = 1_000, Replay = "(1618033988,141421357)")]
    public Property Deeply_nested_specs_end_in_a_tree_or_diagnostics() =>
        Prop.ForAll(Arb.From(ParserInputGen.DeeplyNestedSpec()), BoundedParse.Module);

    [Property(MaxTest = 2_000, Replay = "(1732050807,223606797)")]
    public Property Mutated_valid_expressions_end_in_a_tree_or_diagnostics() =>
        Prop.ForAll(Arb.From(ParserInputGen.MutatedExpression()), input =>
        {
            BoundedParse.Expression(input);
            BoundedParse.Module(new ParserInput(input.Origin + " as a definition", ParserTextFrames.AsDefinition(input.Text)));
        });
}
