using System.Collections.Immutable;

namespace GraphSpec.Oracle.Tlc.Running;

/// <summary>
/// How to start TLC: an executable, arguments that come first (none for java; a test's fake TLC puts
/// its program and its instructions here), and the tla2tools.jar put on the class path.
/// </summary>
public sealed record TlcLauncher(string Executable, ImmutableArray<string> LeadingArguments, string JarPath)
{
    /// <summary>TLC's main class in tla2tools.jar.</summary>
    public const string MainClass = "tlc2.TLC";

    /// <summary>Runs <paramref name="jar"/>'s TLC with the java at <paramref name="java"/>.</summary>
    public static TlcLauncher ForJava(string java, string jar) => new(java, [], jar);

    /// <summary>
    /// The whole argument list for one run: JVM options (a private <c>java.io.tmpdir</c>, the parallel
    /// GC TLC recommends), the class path and main class, then TLC's options and the spec.
    /// </summary>
    public ImmutableArray<string> Arguments(TlcRunRequest request, TlcRunFolders folders)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(folders);
        var arguments = ImmutableArray.CreateBuilder<string>();
        arguments.AddRange(LeadingArguments);
        arguments.Add("-Djava.io.tmpdir=" + folders.JavaTemp);
        arguments.Add("-XX:+UseParallelGC");
        arguments.Add("-cp");
        arguments.Add(JarPath);
        arguments.Add(MainClass);
        arguments.Add("-tool");
        arguments.Add("-workers");
        arguments.Add(request.Workers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        arguments.Add("-config");
        arguments.Add(Path.GetFullPath(request.Config));
        arguments.Add("-noGenerateSpecTE");
        arguments.Add("-metadir");
        arguments.Add(folders.MetaDirectory);
        arguments.Add("-dumpTrace");
        arguments.Add("json");
        arguments.Add(folders.TraceFile);
        if (request.NoDeadlock)
        {
            arguments.Add("-deadlock");
        }

        // TLC resolves the spec and the modules it extends from its working directory, the spec's folder.
        arguments.Add(Path.GetFileName(request.Spec));
        return arguments.ToImmutable();
    }
}
