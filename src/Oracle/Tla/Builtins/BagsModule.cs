using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>The Bags module (it uses Naturals only through <c>LOCAL INSTANCE</c>).</summary>
internal static class BagsModule
{
    public static BuiltinModule Create() => new ModuleBuilder(StandardModuleNames.Bags)
        .Constant("EmptyBag", FunctionValue.EmptySequence)
        .Strict("IsABag", 1, BagOperators.IsABag)
        .Strict("BagToSet", 1, BagOperators.BagToSet)
        .Strict("SetToBag", 1, BagOperators.SetToBag)
        .Strict("BagIn", 2, BagOperators.BagIn)
        .Strict("CopiesIn", 2, BagOperators.CopiesIn)
        .Strict("\\oplus", 2, BagOperators.Sum)
        .Strict("\\ominus", 2, BagOperators.Difference)
        .Strict("BagUnion", 1, BagOperators.BagUnion)
        .Strict("\\sqsubseteq", 2, BagOperators.SubBagEq)
        .Strict("SubBag", 1, BagOperators.SubBag)
        .HigherOrder("BagOfAll", [1, 0], BagOperators.BagOfAll)
        .Strict("BagCardinality", 1, BagOperators.BagCardinality)
        .Build();
}
