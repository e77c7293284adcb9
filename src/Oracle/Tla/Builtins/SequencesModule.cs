namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// The Sequences module. It uses Naturals through <c>LOCAL INSTANCE</c>, so it extends nothing: a
/// spec that writes <c>EXTENDS Sequences</c> alone does not see <c>+</c> (SANY rejects it too).
/// </summary>
internal static class SequencesModule
{
    public static BuiltinModule Create() => new ModuleBuilder(StandardModuleNames.Sequences)
        .Strict("Seq", 1, SequenceOperators.Seq)
        .Strict("Len", 1, SequenceOperators.Len)
        .Strict("Append", 2, SequenceOperators.Append)
        .Strict("Head", 1, SequenceOperators.Head)
        .Strict("Tail", 1, SequenceOperators.Tail)
        .Strict("SubSeq", 3, SequenceOperators.SubSeq)
        .Strict("\\o", 2, SequenceOperators.Concat)
        .HigherOrder("SelectSeq", [0, 1], SequenceOperators.SelectSeq)
        .Build();
}
