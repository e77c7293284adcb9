namespace GraphSpec.Impl.Qemu;

/// <summary>
/// An edge (BdrvChild) from its parent (a node, or the BlockBackend when <see cref="ParentNode"/>
/// is null) to its child <see cref="Bs"/> (null while detached). <see cref="QuiescedParent"/>:
/// the parent's drained_begin callback has run through this edge.
/// </summary>
public sealed class BdrvChild(string name, int index, BlockDriverState? parentNode)
{
    public string Name { get; } = name;

    public int Index { get; } = index;

    public BlockDriverState? ParentNode { get; } = parentNode;

    public bool ParentIsBlockBackend => ParentNode is null;

    public BlockDriverState? Bs { get; set; }

    public bool QuiescedParent { get; set; }

    public override string ToString() => Name;
}
