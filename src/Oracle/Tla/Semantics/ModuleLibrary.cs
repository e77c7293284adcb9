using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Parsing;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Semantics;

/// <summary>
/// The modules of one specification, parsed on first request and at most once. Module texts come
/// from a callback so that specs can live in files or in memory.
/// </summary>
internal sealed class ModuleLibrary
{
    private readonly Func<string, ModuleText?> readModule;
    private readonly Dictionary<string, ModuleSyntax?> parsed = new(StringComparer.Ordinal);
    private readonly ImmutableArray<Diagnostic>.Builder diagnostics;

    public ModuleLibrary(Func<string, ModuleText?> readModule, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        this.readModule = readModule;
        this.diagnostics = diagnostics;
    }

    /// <summary>True when some module failed to parse (its diagnostics are already reported).</summary>
    public bool HasParseErrors { get; private set; }

    /// <summary>Parses <paramref name="text"/> as the module it declares and remembers it.</summary>
    public ModuleSyntax? AddRoot(ModuleText text)
    {
        var module = Parse(text);
        if (module is not null)
        {
            parsed[module.Name.Name] = module;
        }

        return module;
    }

    /// <summary>
    /// The module named <paramref name="name"/>, or null (with a diagnostic at
    /// <paramref name="requestedAt"/>) when its text cannot be found or does not parse.
    /// </summary>
    public ModuleSyntax? Get(string name, SourceSpan requestedAt)
    {
        if (parsed.TryGetValue(name, out var known))
        {
            return known;
        }

        parsed[name] = null; // guards against re-reading a missing module
        var text = readModule(name);
        if (text is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Semantic, $"Cannot find source file for module {name}.", requestedAt));
            return null;
        }

        var module = Parse(text);
        if (module is not null && module.Name.Name != name)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticKind.Semantic,
                $"File {text.File} declares module {module.Name.Name}, expected {name}.",
                module.Name.Span));
            module = null;
        }

        parsed[name] = module;
        return module;
    }

    private ModuleSyntax? Parse(ModuleText text)
    {
        InternNames(text.Text);
        var result = TlaParser.ParseModule(text.Text, text.File);
        diagnostics.AddRange(result.Diagnostics);
        var failed = result.Module is null;
        foreach (var d in result.Diagnostics)
        {
            failed |= d.Kind == DiagnosticKind.Parse;
        }

        if (failed)
        {
            HasParseErrors = true;
            return null;
        }

        return result.Module;
    }

    /// <summary>
    /// Gives identifiers and string literals their order tokens in textual order, module by module
    /// as they are read (root first), as SANY does: TLC orders strings and record fields by it.
    /// </summary>
    private static void InternNames(string text)
    {
        foreach (var token in Lexer.LexModule(text))
        {
            if (token.Kind == TokenKind.Identifier)
            {
                NameTable.Intern(token.Text);
            }
            else if (token.Kind == TokenKind.String && token.Value is string value)
            {
                NameTable.Intern(value);
            }
        }
    }
}

/// <summary>The text of one module and the file name its diagnostics should carry.</summary>
public sealed record ModuleText(string Text, string File);
