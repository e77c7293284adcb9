using System.Collections.Immutable;
using System.Diagnostics;
using GraphSpec.Oracle.Tlc.Running;

namespace GraphSpec.UnitTests.Tlc;

/// <summary>
/// The fake TLC of tests/FakeTlc, built once per test run into a folder of its own (so the tests do
/// not depend on where the solution build put its outputs), and launchers that run it.
/// </summary>
internal static class FakeTlc
{
    private static readonly Lazy<string> Assembly = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A launcher that runs the fake with <paramref name="instructions"/> in place of java.</summary>
    public static TlcLauncher Launcher(params string[] instructions) =>
        new(Dotnet, [Assembly.Value, .. instructions], "/nonexistent/tla2tools.jar");

    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string Build()
    {
        // One folder per checkout and test build, reused by later runs (the build is incremental).
        var key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(AppContext.BaseDirectory)))[..16];
        var output = Path.Combine(Path.GetTempPath(), "graphspec-faketlc-" + key);
        var project = Path.Combine(TestPaths.RepositoryRoot, "tests", "FakeTlc", "FakeTlc.csproj");
        var start = new ProcessStartInfo(Dotnet)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "build", project, "-c", "Release", "-o", output, "--nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var dll = Path.Combine(output, "FakeTlc.dll");
        if (process.ExitCode != 0 || !File.Exists(dll))
        {
            throw new InvalidOperationException($"building the fake TLC failed ({process.ExitCode}):\n{text}\n{error.Result}");
        }

        return dll;
    }
}
