namespace GraphSpec.Oracle.Tlc.Running;

/// <summary>A usable TLC: how to launch it, java's version and the jar's (when its manifest says).</summary>
public sealed record TlcInstallation(TlcLauncher Launcher, string JavaVersion, string? TlcVersion);

/// <summary>
/// Finds java and tla2tools.jar and checks both: java from <c>JAVA_HOME</c>, then <c>PATH</c>; the jar
/// from <c>--tlc-jar</c>, then <c>TLA2TOOLS_JAR</c>, then <c>tools/tla2tools.jar</c>. Every problem is
/// one message saying what is missing and how to provide it.
/// </summary>
public static class TlcLocator
{
    public const string JarEnvironmentVariable = "TLA2TOOLS_JAR";

    public static readonly string DefaultJar = Path.Combine("tools", "tla2tools.jar");

    /// <summary>The jar to use and where its name came from, or null when no candidate exists.</summary>
    public static (string? Jar, string? Error) FindJar(string? jarOption, Func<string, string?> environment, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (jarOption is not null)
        {
            return File.Exists(jarOption) ? (Path.GetFullPath(jarOption), null) : (null, $"--tlc-jar: no such file '{jarOption}'");
        }

        if (environment(JarEnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return File.Exists(fromEnvironment)
                ? (Path.GetFullPath(fromEnvironment), null)
                : (null, $"{JarEnvironmentVariable}: no such file '{fromEnvironment}'");
        }

        var fallback = Path.Combine(currentDirectory, DefaultJar);
        return File.Exists(fallback)
            ? (fallback, null)
            : (null, $"tla2tools.jar not found: pass --tlc-jar PATH, set {JarEnvironmentVariable}, or put it at {DefaultJar}");
    }

    /// <summary>Finds and checks java and the jar; <c>Error</c> says what is wrong when the installation is null.</summary>
    public static (TlcInstallation? Installation, string? Error) Locate(string? jarOption, Func<string, string?> environment, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var java = JavaProbe.Find(environment);
        if (java is null)
        {
            return (null, "java not found: install a Java runtime (11 or later) and put it on PATH or set JAVA_HOME");
        }

        var (jar, jarError) = FindJar(jarOption, environment, currentDirectory);
        if (jar is null)
        {
            return (null, jarError);
        }

        var (isTools, tlcVersion, inspectError) = JarInspector.Inspect(jar);
        if (!isTools)
        {
            return (null, inspectError);
        }

        var (javaVersion, javaError) = JavaProbe.Version(java);
        return javaVersion is null
            ? (null, $"java at '{java}' does not run: {javaError}")
            : (new TlcInstallation(TlcLauncher.ForJava(java, jar), javaVersion, tlcVersion), null);
    }
}
