namespace GraphSpec.Impl;

/// <summary>Marker for the implementation assembly (the system under test; filled in by issue 5).</summary>
public static class ImplAssembly
{
    public const string Name = "GraphSpec.Impl";
}
