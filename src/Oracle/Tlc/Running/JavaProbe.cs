using System.Text.RegularExpressions;

namespace GraphSpec.Oracle.Tlc.Running;

/// <summary>Finds java (<c>JAVA_HOME/bin</c>, then <c>PATH</c>) and reads its version from <c>java -version</c>.</summary>
public static partial class JavaProbe
{
    private static readonly TimeSpan ProbeLimit = TimeSpan.FromSeconds(30);

    /// <summary>The java executable, or null. <paramref name="environment"/> reads an environment variable.</summary>
    public static string? Find(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var name = OperatingSystem.IsWindows() ? "java.exe" : "java";
        if (environment("JAVA_HOME") is { Length: > 0 } home)
        {
            var candidate = Path.Combine(home, "bin", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        foreach (var folder in (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Runs <c>java -version</c>: the version string (<c>17.0.15</c>), or why java does not run.</summary>
    public static (string? Version, string? Error) Version(string java)
    {
        ArgumentNullException.ThrowIfNull(java);
        var run = ProcessRun.Run(java, ["-version"], null, ProbeLimit, CancellationToken.None);
        if (run.End != ProcessEnd.Exited)
        {
            return (null, run.StartError ?? $"'{java} -version' did not finish within {ProbeLimit.TotalSeconds} s");
        }

        // java prints its version on stderr: openjdk version "17.0.15" 2025-04-15.
        var match = VersionPattern().Match(run.Error + "\n" + run.Output);
        if (run.ExitCode != 0 || !match.Success)
        {
            return (null, $"'{java} -version' did not print a java version (exit code {run.ExitCode})");
        }

        return (match.Groups["v"].Value, null);
    }

    [GeneratedRegex("version \"(?<v>[^\"]+)\"")]
    private static partial Regex VersionPattern();
}
