namespace GraphSpec.Oracle.Tlc.Running;

/// <summary>
/// The private temporary folder of one run (readable by the user only): TLC's <c>java.io.tmpdir</c>,
/// its <c>-metadir</c> (states on disk, fingerprints) and the JSON trace file. Deleted afterwards.
/// </summary>
public sealed class TlcRunFolders : IDisposable
{
    private TlcRunFolders(string root)
    {
        Root = root;
        JavaTemp = Path.Combine(root, "tmp");
        MetaDirectory = Path.Combine(root, "meta");
        TraceFile = Path.Combine(root, "trace.json");
    }

    public string Root { get; }

    public string JavaTemp { get; }

    public string MetaDirectory { get; }

    public string TraceFile { get; }

    /// <summary>Makes a fresh folder under <paramref name="parent"/> (default: the system temporary folder).</summary>
    public static TlcRunFolders Create(string? parent = null)
    {
        var root = Path.Combine(parent ?? Path.GetTempPath(), "graphspec-tlc-" + Guid.NewGuid().ToString("N")[..12]);
        CreatePrivate(root);
        var folders = new TlcRunFolders(root);
        CreatePrivate(folders.JavaTemp);
        return folders;
    }

    /// <summary>Deletes the folder and everything TLC left in it; retried because a killed JVM may release files late.</summary>
    public void Dispose()
    {
        for (var attempt = 0; attempt < 5 && Directory.Exists(Root); attempt++)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100 * (attempt + 1));
            }
        }
    }

    private static void CreatePrivate(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
