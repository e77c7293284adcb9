using FsCheck;
using FsCheck.Fluent;

namespace GraphSpec.PropertyTests;

/// <summary>Generators of parser inputs: token soups, mutated real specs, mutated valid expressions.</summary>
public static class ParserInputGen
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> Specs = new(() =>
        RepositoryFiles.ConformanceSpecPaths()
            .Select(path => (Path.GetRelativePath(RepositoryFiles.RepositoryRoot, path), File.ReadAllText(path)))
            .ToList());

    public static IReadOnlyList<(string Name, string Text)> ConformanceSpecs => Specs.Value;

    /// <summary>Random sequences of TLA+ tokens and layout, bare or inside a module frame.</summary>
    public static Gen<ParserInput> TokenSoup()
    {
        var separator = Gen.Frequency((6, Gen.Constant(" ")), (2, Gen.Constant("")), (2, Gen.Elements("\n", "\n   ", "\n      ")));
        var piece = from token in Gen.Elements(TlaVocabulary.All) from sep in separator select token + sep;
        return from pieces in Gen.ListOf(piece)
               from framed in Gen.Elements(false, true)
               let soup = string.Concat(pieces)
               select framed
                   ? new ParserInput("token soup in a module", "---- MODULE Soup ----\n" + soup + "\n====\n")
                   : new ParserInput("token soup", soup);
    }

    public static Gen<TextMutation> Mutation(int maxDepth) =>
        from kind in Gen.Elements(Enum.GetValues<MutationKind>())
        from a in Gen.Choose(0, 1_000_000)
        from b in Gen.Choose(0, 1_000_000)
        from token in Gen.Elements(TlaVocabulary.All)
        from depth in Gen.Choose(1, maxDepth)
        select new TextMutation(kind, a, b, token, depth);

    /// <summary>A conformance spec with one to four mutations applied.</summary>
    public static Gen<ParserInput> MutatedSpec() =>
        from index in Gen.Choose(0, ConformanceSpecs.Count - 1)
        from count in Gen.Choose(1, 4)
        from mutations in Gen.ListOf(Mutation(60), count)
        select Mutate(ConformanceSpecs[index].Name, ConformanceSpecs[index].Text, mutations);

    /// <summary>A conformance spec with a construct nested up to 5,000 levels deep, plus maybe another mutation.</summary>
    public static Gen<ParserInput> DeeplyNestedSpec() =>
        from index in Gen.Choose(0, ConformanceSpecs.Count - 1)
        from shape in Gen.Choose(0, 9)
        from depth in Gen.Frequency((3, Gen.Choose(1, 500)), (1, Gen.Choose(500, 5_000)))
        from placement in Gen.Elements(MutationKind.InsertDeepNesting, MutationKind.AddDeepDefinition)
        from position in Gen.Choose(0, 1_000_000)
        from extra in Gen.ListOf(Mutation(10), 1)
        from withExtra in Gen.Elements(false, true)
        let deep = new TextMutation(placement, position, shape, "", depth)
        select Mutate(ConformanceSpecs[index].Name, ConformanceSpecs[index].Text, withExtra ? [deep, .. extra] : [deep]);

    /// <summary>A valid expression (see <see cref="ValidExpressionGen"/>) with zero to three mutations.</summary>
    public static Gen<ParserInput> MutatedExpression() =>
        from depth in Gen.Choose(0, 4)
        from text in ValidExpressionGen.TopLevel(depth)
        from count in Gen.Choose(0, 3)
        from mutations in Gen.ListOf(Mutation(30), count)
        select Mutate("valid expression", text, mutations);

    private static ParserInput Mutate(string name, string text, IEnumerable<TextMutation> mutations)
    {
        var applied = mutations.ToList();
        foreach (var mutation in applied)
        {
            text = mutation.Apply(text);
        }

        var origin = applied.Count == 0 ? name : $"{name} with {string.Join(", ", applied)}";
        return new ParserInput(origin, text);
    }
}
