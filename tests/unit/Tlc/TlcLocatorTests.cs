using System.IO.Compression;
using GraphSpec.Oracle.Tlc.Running;
using Xunit;

namespace GraphSpec.UnitTests.Tlc;

/// <summary>Finding java and tla2tools.jar, and one clear message for each thing that is missing or wrong.</summary>
public sealed class TlcLocatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graphspec-tlc-locate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string JavaName => OperatingSystem.IsWindows() ? "java.exe" : "java";

    private string Jar(string name, params string[] entries)
    {
        var path = Path.Combine(_folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var entry in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write(entry == "META-INF/MANIFEST.MF" ? "Manifest-Version: 1.0\nImplementation-Version: 1.8.0\n" : "x");
        }

        return path;
    }

    private string FakeJavaHome()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "jdk", "bin")).FullName;
        File.WriteAllText(Path.Combine(bin, JavaName), "");
        return Path.Combine(_folder, "jdk");
    }

    [Fact]
    public void Java_is_taken_from_JAVA_HOME_before_PATH()
    {
        var home = FakeJavaHome();
        var found = JavaProbe.Find(name => name switch { "JAVA_HOME" => home, "PATH" => "/usr/bin", _ => null });
        Assert.Equal(Path.Combine(home, "bin", JavaName), found);
    }

    [Fact]
    public void Java_is_found_on_PATH_when_JAVA_HOME_has_none()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "path-bin")).FullName;
        File.WriteAllText(Path.Combine(bin, JavaName), "");
        var found = JavaProbe.Find(name => name switch { "JAVA_HOME" => Path.Combine(_folder, "empty"), "PATH" => Path.Combine(_folder, "nothing") + Path.PathSeparator + bin, _ => null });
        Assert.Equal(Path.Combine(bin, JavaName), found);
    }

    [Fact]
    public void Missing_java_is_one_clear_error()
    {
        var (installation, error) = TlcLocator.Locate(null, name => name == "PATH" ? _folder : null, _folder);
        Assert.Null(installation);
        Assert.Equal("java not found: install a Java runtime (11 or later) and put it on PATH or set JAVA_HOME", error);
    }

    [Fact]
    public void Jar_option_comes_before_the_environment_and_the_default()
    {
        var option = Jar("option.jar", JarInspector.TlcClassEntry);
        var environment = Jar("env.jar", JarInspector.TlcClassEntry);
        Directory.CreateDirectory(Path.Combine(_folder, "tools"));
        var fallback = Jar(Path.Combine("tools", "tla2tools.jar"), JarInspector.TlcClassEntry);
        string? Env(string name) => name == TlcLocator.JarEnvironmentVariable ? environment : null;

        Assert.Equal(option, TlcLocator.FindJar(option, Env, _folder).Jar);
        Assert.Equal(environment, TlcLocator.FindJar(null, Env, _folder).Jar);
        Assert.Equal(fallback, TlcLocator.FindJar(null, _ => null, _folder).Jar);
    }

    [Fact]
    public void Missing_jar_is_one_clear_error()
    {
        var (_, missingOption) = TlcLocator.FindJar(Path.Combine(_folder, "nope.jar"), _ => null, _folder);
        Assert.Equal($"--tlc-jar: no such file '{Path.Combine(_folder, "nope.jar")}'", missingOption);

        var (installation, error) = TlcLocator.Locate(null, name => name == "JAVA_HOME" ? FakeJavaHome() : null, _folder);
        Assert.Null(installation);
        Assert.Equal("tla2tools.jar not found: pass --tlc-jar PATH, set TLA2TOOLS_JAR, or put it at " + Path.Combine("tools", "tla2tools.jar"), error);
    }

    [Fact]
    public void A_jar_without_TLC_is_not_TLA_tools()
    {
        var other = Jar("other.jar", "META-INF/MANIFEST.MF", "org/example/Main.class");
        var (installation, error) = TlcLocator.Locate(other, name => name == "JAVA_HOME" ? FakeJavaHome() : null, _folder);
        Assert.Null(installation);
        Assert.Equal($"'{other}' is a jar but not TLA+ tools (it has no tlc2/TLC.class)", error);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_not_TLA_tools()
    {
        var text = Path.Combine(_folder, "tla2tools.jar");
        File.WriteAllText(text, "not a zip");
        var (isTools, _, error) = JarInspector.Inspect(text);
        Assert.False(isTools);
        Assert.Equal($"'{text}' is not a jar (not a zip archive), so not TLA+ tools", error);
    }

    [Fact]
    public void A_jar_with_TLC_is_TLA_tools_with_its_manifest_version()
    {
        var jar = Jar("tla2tools.jar", "META-INF/MANIFEST.MF", JarInspector.TlcClassEntry);
        Assert.Equal((true, "1.8.0", (string?)null), JarInspector.Inspect(jar));
    }

    [Fact]
    public void Java_that_does_not_run_is_one_clear_error()
    {
        // An empty file named java cannot be executed.
        var home = FakeJavaHome();
        var jar = Jar("tla2tools.jar", JarInspector.TlcClassEntry);
        var (installation, error) = TlcLocator.Locate(jar, name => name == "JAVA_HOME" ? home : null, _folder);
        Assert.Null(installation);
        Assert.StartsWith($"java at '{Path.Combine(home, "bin", JavaName)}' does not run: cannot start", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Java_version_is_read_from_java_dash_version()
    {
        // A stand-in java that prints what a JDK prints on stderr (tests do not depend on a JDK being installed).
        var home = Path.Combine(_folder, "scripted-jdk");
        var java = Path.Combine(Directory.CreateDirectory(Path.Combine(home, "bin")).FullName, "java");
        File.WriteAllText(java, "#!/bin/sh\necho 'openjdk version \"17.0.15\" 2025-04-15' >&2\necho 'OpenJDK Runtime Environment' >&2\n");
        MakeExecutable(java);
        var jar = Jar("tla2tools.jar", "META-INF/MANIFEST.MF", JarInspector.TlcClassEntry);

        var (installation, error) = TlcLocator.Locate(jar, name => name == "JAVA_HOME" ? home : null, _folder);

        Assert.True(installation is not null, error);
        Assert.Equal("17.0.15", installation.JavaVersion);
        Assert.Equal("1.8.0", installation.TlcVersion);
        Assert.Equal(java, installation.Launcher.Executable);
        Assert.Equal(jar, installation.Launcher.JarPath);
    }

    [Fact]
    public void Java_that_prints_no_version_is_one_clear_error()
    {
        var java = Path.Combine(_folder, "java");
        File.WriteAllText(java, "#!/bin/sh\necho nonsense\nexit 1\n");
        MakeExecutable(java);

        var (version, error) = JavaProbe.Version(java);

        Assert.Null(version);
        Assert.Equal($"'{java} -version' did not print a java version (exit code 1)", error);
    }

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
