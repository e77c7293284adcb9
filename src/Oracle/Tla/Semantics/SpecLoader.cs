using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Semantics;

/// <summary>
/// Loads a specification: parses the root module and every module it EXTENDS or INSTANCEs (each
/// once), then resolves every name. Never throws for bad input; problems become diagnostics.
/// </summary>
public static class SpecLoader
{
    /// <summary>
    /// Loads <paramref name="rootPath"/>; other user modules are read from <c>Name.tla</c> in the
    /// same folder. Standard modules (Naturals, Sequences, TLC, ...) are built in.
    /// </summary>
    public static SpecLoadResult LoadFile(string rootPath)
    {
        string rootText;
        try
        {
            rootText = File.ReadAllText(rootPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var d = new Diagnostic(DiagnosticKind.Parse, $"Cannot read {rootPath}: {e.Message}", new SourceSpan(rootPath, 0, 0, 0, 0));
            return new SpecLoadResult(null, ImmutableArray.Create(d));
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(rootPath)) ?? ".";
        return Load(new ModuleText(rootText, rootPath), name => ReadSibling(folder, name));
    }

    /// <summary>
    /// Loads a specification held in memory: <paramref name="readModule"/> returns the text of a
    /// named module, or null when there is none.
    /// </summary>
    public static SpecLoadResult LoadText(string rootText, string rootFile, Func<string, string?> readModule)
    {
        ArgumentNullException.ThrowIfNull(readModule);
        return Load(new ModuleText(rootText, rootFile), name => readModule(name) is { } text ? new ModuleText(text, name + ".tla") : null);
    }

    private static SpecLoadResult Load(ModuleText root, Func<string, ModuleText?> readModule)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var library = new ModuleLibrary(readModule, diagnostics);
        var rootModule = library.AddRoot(root);
        if (rootModule is null)
        {
            return new SpecLoadResult(null, diagnostics.ToImmutable());
        }

        ResolvedSpec? spec;
        try
        {
            spec = SpecResolver.Resolve(rootModule, library, diagnostics);
        }
        catch (Exception e) when (e is InvalidCastException or IndexOutOfRangeException or NullReferenceException
            or InvalidOperationException or ArgumentException or KeyNotFoundException or InsufficientExecutionStackException)
        {
            // A resolver bug must not escape a public API: report it like any other problem.
            diagnostics.Add(new Diagnostic(DiagnosticKind.Semantic, $"Internal error in the resolver ({e.GetType().Name}): {e.Message}", rootModule.Name.Span));
            spec = null;
        }

        var failed = library.HasParseErrors;
        foreach (var d in diagnostics)
        {
            failed |= d.Kind is DiagnosticKind.Parse or DiagnosticKind.Semantic;
        }

        return new SpecLoadResult(failed ? null : spec, diagnostics.ToImmutable());
    }

    private static ModuleText? ReadSibling(string folder, string moduleName)
    {
        var path = Path.Combine(folder, moduleName + ".tla");
        try
        {
            return File.Exists(path) ? new ModuleText(File.ReadAllText(path), path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
