using System.Diagnostics;
using System.IO.Compression;
using GraphSpec.Oracle.Tlc.Running;
using GraphSpec.UnitTests.Cli;

namespace GraphSpec.UnitTests.Tlc;

/// <summary>
/// A JAVA_HOME whose <c>bin/java</c> is a script that answers <c>-version</c> like a JDK and runs the
/// fake TLC with fixed instructions, plus a jar that passes the TLA+ tools check. Running
/// <c>graphspec</c> in a new process with this JAVA_HOME and TLA2TOOLS_JAR exercises the real
/// locator and runner end to end.
/// </summary>
internal sealed class FakeJavaInstall : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graphspec-fakejava-").FullName;

    public FakeJavaInstall(params string[] instructions)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "jdk", "bin")).FullName;
        var java = Path.Combine(bin, "java");
        var fake = FakeTlc.Launcher(instructions);
        var command = string.Join(" ", new[] { fake.Executable }.Concat(fake.LeadingArguments).Select(Quote));
        File.WriteAllText(java, $"""
            #!/bin/sh
            if [ "$1" = "-version" ]; then echo 'openjdk version "17.0.15" 2025-04-15' >&2; exit 0; fi
            exec {command} "$@"

            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(java, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Jar = Path.Combine(_folder, "tla2tools.jar");
        using var zip = ZipFile.Open(Jar, ZipArchiveMode.Create);
        zip.CreateEntry(JarInspector.TlcClassEntry);
    }

    public string JavaHome => Path.Combine(_folder, "jdk");

    public string Jar { get; }

    /// <summary>Runs graphspec in a new process with this JAVA_HOME and TLA2TOOLS_JAR.</summary>
    public CliResult Run(params string[] args)
    {
        var start = new ProcessStartInfo(FakeTlc.Dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        start.Environment["JAVA_HOME"] = JavaHome;
        start.Environment[TlcLocator.JarEnvironmentVariable] = Jar;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graphspec.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, output, error.Result);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
