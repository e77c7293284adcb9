using System.IO.Compression;

namespace GraphSpec.Oracle.Tlc.Running;

/// <summary>
/// Tells whether a file is TLA+ tools: a jar is a zip, and tla2tools.jar holds TLC's main class
/// <c>tlc2/TLC.class</c>. The manifest's <c>Implementation-Version</c> is its version, when written.
/// </summary>
public static class JarInspector
{
    public const string TlcClassEntry = "tlc2/TLC.class";

    /// <summary>Null when the jar holds TLC (with its version, or null when the manifest has none), else why not.</summary>
    public static (bool IsTlaTools, string? Version, string? Error) Inspect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.GetEntry(TlcClassEntry) is null)
            {
                return (false, null, $"'{path}' is a jar but not TLA+ tools (it has no {TlcClassEntry})");
            }

            return (true, ManifestVersion(zip), null);
        }
        catch (InvalidDataException)
        {
            return (false, null, $"'{path}' is not a jar (not a zip archive), so not TLA+ tools");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (false, null, $"cannot read '{path}': {e.Message}");
        }
    }

    private static string? ManifestVersion(ZipArchive zip)
    {
        var manifest = zip.GetEntry("META-INF/MANIFEST.MF");
        if (manifest is null)
        {
            return null;
        }

        using var reader = new StreamReader(manifest.Open());
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            const string key = "Implementation-Version:";
            if (line.StartsWith(key, StringComparison.OrdinalIgnoreCase))
            {
                return line[key.Length..].Trim();
            }
        }

        return null;
    }
}
