using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// TLC's TLC module. Like the real one it extends nothing (Naturals, Sequences and FiniteSets are
/// <c>LOCAL INSTANCE</c>s), so <c>EXTENDS TLC</c> alone does not make <c>+</c> or <c>Len</c> visible.
/// </summary>
internal static class TlcModule
{
    public static BuiltinModule Create() => new ModuleBuilder(StandardModuleNames.Tlc)
        .Strict(":>", 2, TlcOperators.SingletonFunction)
        .Strict("@@", 2, TlcOperators.Combine)
        .Strict("Print", 2, TlcOperators.Print)
        .Strict("PrintT", 1, TlcOperators.PrintT)
        .Strict("Assert", 2, TlcOperators.Assert)
        .Strict("ToString", 1, TlcOperators.ToStringOperator)
        .Strict("TLCEval", 1, TlcOperators.Eval)
        .Strict("TLCGet", 1, TlcOperators.TlcGet)
        .Strict("TLCSet", 2, TlcOperators.TlcSet)
        .Strict("JavaTime", 0, TlcOperators.JavaTime)
        .Strict("RandomElement", 1, TlcOperators.RandomElement)
        .Constant("Any", AnySetValue.Instance)
        .Strict("Permutations", 1, PermutationsOperator.Permutations)
        .HigherOrder("SortSeq", [0, 2], SortSeqOperator.SortSeq)
        .Build();
}
