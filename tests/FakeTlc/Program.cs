using System.Diagnostics;

namespace GraphSpec.FakeTlc;

/// <summary>
/// Behaves like TLC as far as the wrapper can see. Its own instructions come first on the command
/// line (where the wrapper puts a launcher's leading arguments), then what the wrapper passes to
/// java: <c>-Djava.io.tmpdir=DIR ... tlc2.TLC -tool ... -metadir DIR -dumpTrace json FILE SPEC</c>.
///   --replay FILE    print FILE (a recorded -tool transcript) on stdout
///   --trace FILE     copy FILE to the -dumpTrace target, as TLC writes its JSON trace
///   --exit N         exit with code N (default 0)
///   --sleep S        sleep S seconds before exiting
///   --child          start a copy of itself that sleeps, and print "child pid: N"
///   --garbage        print text that is not TLC output
///   --crash          print the first half of the replayed transcript, a JVM error on stderr, exit 1
///   --args-out FILE  write the arguments after the instructions, one per line
/// Like TLC, it writes a file into java.io.tmpdir and the metadir, so cleanup can be checked.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var instructions = new Dictionary<string, string?>();
        var index = 0;
        while (index < args.Length && args[index].StartsWith("--", StringComparison.Ordinal))
        {
            var name = args[index++];
            var takesValue = name is "--replay" or "--trace" or "--exit" or "--sleep" or "--args-out";
            instructions[name] = takesValue && index < args.Length ? args[index++] : null;
        }

        var passed = args[index..];
        if (instructions.TryGetValue("--args-out", out var argsOut) && argsOut is not null)
        {
            File.WriteAllLines(argsOut, passed);
        }

        WriteScratchFiles(passed);
        if (instructions.ContainsKey("--child"))
        {
            var child = StartChild();
            Console.WriteLine($"child pid: {child}");
            Console.Out.Flush();
        }

        var transcript = instructions.TryGetValue("--replay", out var replay) && replay is not null ? File.ReadAllText(replay) : "";
        if (instructions.ContainsKey("--garbage"))
        {
            Console.WriteLine("Error: Could not find or load main class tlc2.TLC\nthis is not TLC output");
        }
        else if (instructions.ContainsKey("--crash"))
        {
            Console.Write(transcript[..(transcript.Length / 2)]);
            Console.Out.Flush();
            Console.Error.WriteLine("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space");
            return 1;
        }
        else
        {
            Console.Write(transcript);
        }

        Console.Out.Flush();
        if (instructions.TryGetValue("--trace", out var trace) && trace is not null && ValueAfter(passed, "-dumpTrace", 2) is { } target)
        {
            File.Copy(trace, target, overwrite: true);
        }

        if (instructions.TryGetValue("--sleep", out var sleep) && sleep is not null)
        {
            Thread.Sleep(TimeSpan.FromSeconds(double.Parse(sleep, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return instructions.TryGetValue("--exit", out var exit) && exit is not null
            ? int.Parse(exit, System.Globalization.CultureInfo.InvariantCulture)
            : 0;
    }

    private static void WriteScratchFiles(string[] passed)
    {
        var temp = passed.FirstOrDefault(a => a.StartsWith("-Djava.io.tmpdir=", StringComparison.Ordinal))?["-Djava.io.tmpdir=".Length..];
        if (temp is not null)
        {
            Directory.CreateDirectory(temp);
            File.WriteAllText(Path.Combine(temp, "tlc-scratch.tmp"), "scratch");
        }

        if (ValueAfter(passed, "-metadir", 1) is { } meta)
        {
            Directory.CreateDirectory(meta);
            File.WriteAllText(Path.Combine(meta, "MC.st"), "states");
        }
    }

    private static string? ValueAfter(string[] passed, string option, int offset)
    {
        var at = Array.IndexOf(passed, option);
        return at >= 0 && at + offset < passed.Length ? passed[at + offset] : null;
    }

    private static int StartChild()
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        start.ArgumentList.Add("--sleep");
        start.ArgumentList.Add("120");
        using var child = Process.Start(start)!;
        return child.Id;
    }
}
