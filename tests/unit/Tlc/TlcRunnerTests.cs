using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using GraphSpec.Oracle.Checking;
using GraphSpec.Oracle.Tlc.Running;
using Xunit;

namespace GraphSpec.UnitTests.Tlc;

/// <summary>
/// The wrapper against a fake TLC: a replayed transcript becomes TLC's result; a timeout or a
/// cancellation kills TLC with the processes it started and leaves no temporary files; a crash or
/// output that is not TLC's gives one clear error.
/// </summary>
public sealed class TlcRunnerTests : IDisposable
{
    private readonly string _tempRoot = Directory.CreateTempSubdirectory("graphspec-tlc-test-").FullName;

    public void Dispose() => Directory.Delete(_tempRoot, recursive: true);

    private static string Transcript(string caseName) => Path.Combine(TlcTranscripts.ConformanceFolder, caseName + ".tool.out");

    // The fake ignores the spec, but the runner loads it to give names TLC's order. Tests whose
    // transcript content does not matter use case 001 (integers, variables x and y only), so they
    // add no names to the process-wide order other tests print with.
    private TlcRunRequest Request(string caseName = "001_counters_init_next") =>
        new(Path.Combine(TestPaths.CaseFolder(caseName), "Spec.tla"), Path.Combine(TestPaths.CaseFolder(caseName), "Spec.cfg")) { TempRoot = _tempRoot };

    private void AssertNoTempFiles() => Assert.Empty(Directory.GetFileSystemEntries(_tempRoot));

    [Fact]
    public void Replayed_transcript_and_trace_file_give_TLC_s_result()
    {
        var trace = Path.Combine(TlcTranscripts.ConformanceFolder, "050_inv_naive_mutex.trace.json");
        var run = TlcRunner.Run(FakeTlc.Launcher("--replay", Transcript("050_inv_naive_mutex"), "--trace", trace, "--exit", "12"), Request("050_inv_naive_mutex"));

        Assert.True(run.Result is not null, run.Error);
        Assert.Equal(CheckOutcome.Invariant, run.Result.Outcome);
        Assert.Equal(12, run.Result.ExitCode);
        Assert.Equal("MutualExclusion", run.Result.ViolatedName);
        Assert.Equal(5, run.Result.Trace.Length);

        // The JSON file was read: it alone gives the declaration order of the variables and the parameter names.
        Assert.Equal(["pc", "flag"], run.Result.VariableNames.ToArray());
        Assert.Equal(["p"], run.Result.Trace[^1].Action.ParameterNames.ToArray());
        AssertNoTempFiles();
    }

    [Fact]
    public void Arguments_are_TLC_s_options_as_a_list()
    {
        var argsFile = Path.Combine(Path.GetTempPath(), "graphspec-faketlc-args-" + Guid.NewGuid().ToString("N"));
        try
        {
            var request = Request("001_counters_init_next") with { Workers = 3, NoDeadlock = true };
            var run = TlcRunner.Run(FakeTlc.Launcher("--replay", Transcript("001_counters_init_next"), "--args-out", argsFile), request);
            Assert.True(run.Result is not null, run.Error);

            var args = File.ReadAllLines(argsFile);
            Assert.StartsWith("-Djava.io.tmpdir=" + _tempRoot, args[0], StringComparison.Ordinal);
            Assert.Equal(["-XX:+UseParallelGC", "-cp", "/nonexistent/tla2tools.jar", "tlc2.TLC", "-tool", "-workers", "3", "-config"], args[1..9]);
            Assert.Equal(request.Config, args[9]);
            Assert.Equal("-noGenerateSpecTE", args[10]);
            Assert.Equal("-metadir", args[11]);
            Assert.StartsWith(_tempRoot, args[12], StringComparison.Ordinal);
            Assert.Equal(["-dumpTrace", "json"], args[13..15]);
            Assert.StartsWith(_tempRoot, args[15], StringComparison.Ordinal);
            Assert.Equal(["-deadlock", "Spec.tla"], args[16..]);
            AssertNoTempFiles();
        }
        finally
        {
            File.Delete(argsFile);
        }
    }

    [Fact]
    public void Timeout_kills_TLC_and_the_processes_it_started_and_removes_temp_files()
    {
        var watch = Stopwatch.StartNew();
        var run = TlcRunner.Run(FakeTlc.Launcher("--child", "--sleep", "120"), Request() with { Timeout = TimeSpan.FromSeconds(3) });
        watch.Stop();

        Assert.Null(run.Result);
        Assert.Equal(ProcessEnd.TimedOut, run.End);
        Assert.Equal("TLC did not finish within 3 s; it was stopped", run.Error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        AssertChildGone(run.Output);
        AssertNoTempFiles();
    }

    [Fact]
    public void Cancellation_kills_TLC_and_the_processes_it_started_and_removes_temp_files()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var run = TlcRunner.Run(FakeTlc.Launcher("--child", "--sleep", "120"), Request(), cancellation.Token);

        Assert.Null(run.Result);
        Assert.Equal(ProcessEnd.Cancelled, run.End);
        Assert.Equal("TLC was cancelled before it finished; it was stopped", run.Error);
        AssertChildGone(run.Output);
        AssertNoTempFiles();
    }

    [Fact]
    public void Crash_gives_one_error_with_the_exit_code_and_stderr()
    {
        var run = TlcRunner.Run(FakeTlc.Launcher("--replay", Transcript("001_counters_init_next"), "--crash"), Request());

        Assert.Null(run.Result);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("TLC exited with code 1 without reporting a result: ", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("on stderr: Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space", run.Error, StringComparison.Ordinal);
        AssertNoTempFiles();
    }

    [Fact]
    public void Garbage_output_gives_one_error()
    {
        var run = TlcRunner.Run(FakeTlc.Launcher("--garbage", "--exit", "1"), Request());

        Assert.Null(run.Result);
        Assert.Equal("the process did not produce TLC's -tool output (exit code 1); it printed: Error: Could not find or load main class tlc2.TLC | this is not TLC output", run.Error);
        AssertNoTempFiles();
    }

    [Fact]
    public void Exit_code_is_TLC_s_even_when_it_differs_from_the_usual_one()
    {
        // TLC exits 255 on a cfg syntax error (case 071), not 151.
        var run = TlcRunner.Run(FakeTlc.Launcher("--replay", Transcript("071_cfg_negative_literal"), "--exit", "255"), Request("071_cfg_negative_literal"));

        Assert.True(run.Result is not null, run.Error);
        Assert.Equal(CheckOutcome.ConfigError, run.Result.Outcome);
        Assert.Equal(255, run.Result.ExitCode);
    }

    [Fact]
    public void Success_with_a_failure_exit_code_is_an_error()
    {
        var run = TlcRunner.Run(FakeTlc.Launcher("--replay", Transcript("001_counters_init_next"), "--exit", "3"), Request("001_counters_init_next"));

        Assert.Null(run.Result);
        Assert.Equal("TLC reported success but exited with code 3", run.Error);
    }

    [Fact]
    public void Missing_executable_gives_one_error()
    {
        var launcher = new TlcLauncher(Path.Combine(_tempRoot, "no-such-java"), [], "/nonexistent/tla2tools.jar");
        var run = TlcRunner.Run(launcher, Request());

        Assert.Null(run.Result);
        Assert.Equal(ProcessEnd.NotStarted, run.End);
        Assert.StartsWith($"cannot start '{launcher.Executable}'", run.Error, StringComparison.Ordinal);
        AssertNoTempFiles();
    }

    private static void AssertChildGone(string output)
    {
        var match = Regex.Match(output, @"child pid: (\d+)");
        Assert.True(match.Success, $"the fake did not report its child: '{output}'");
        var pid = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);

        // SIGKILL is delivered asynchronously and the orphan is reaped by init: allow a moment.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (IsRunning(pid) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        Assert.False(IsRunning(pid), $"child process {pid} survived");
    }

    private static bool IsRunning(int pid)
    {
        // A killed process that is not yet reaped is a zombie ('Z' in /proc/PID/stat): it no longer runs.
        var stat = $"/proc/{pid}/stat";
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var text = File.ReadAllText(stat);
                var state = text[(text.LastIndexOf(')') + 2)..].TrimStart()[0];
                return state is not ('Z' or 'X');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
