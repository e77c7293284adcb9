namespace GraphSpec.Cli.ModelSuite;

/// <summary>
/// One model of the suite: a cfg file whose leading comment lines say what its check must end
/// with (<c>\* expect: ...</c>, line 1) and which module it checks (<c>\* spec: PATH</c>, relative
/// to the cfg's folder). <see cref="Problem"/> is set, as <c>file:line: message</c>, when the
/// header is missing or malformed or the spec file does not exist; such a model is not checked.
/// </summary>
internal sealed record ModelFile(string Name, string ConfigPath, string? SpecPath, ModelExpectation? Expectation, string? Problem)
{
    private const string ExpectKey = "expect:";
    private const string SpecKey = "spec:";

    /// <summary>Reads the header of <paramref name="configPath"/>; never throws for bad input.</summary>
    public static ModelFile Read(string configPath)
    {
        var name = Path.GetFileNameWithoutExtension(configPath);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(configPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ModelFile(name, configPath, null, null, $"{configPath}: cannot read: {e.Message}");
        }

        return Parse(name, configPath, lines, File.Exists);
    }

    /// <summary>Parses the header lines; <paramref name="fileExists"/> checks the spec path.</summary>
    public static ModelFile Parse(string name, string configPath, IReadOnlyList<string> lines, Func<string, bool> fileExists)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(fileExists);
        ModelExpectation? expectation = null;
        string? problem = null;
        if (lines.Count == 0 || Comment(lines[0]) is not { } first || !first.StartsWith(ExpectKey, StringComparison.Ordinal))
        {
            problem = $"{configPath}:1: the first line must be '\\* expect: {ModelExpectation.Forms}'";
        }
        else
        {
            var (parsed, error) = ModelExpectation.Parse(first[ExpectKey.Length..]);
            expectation = parsed;
            problem = error is null ? null : $"{configPath}:1: {error}";
        }

        var (spec, specProblem) = FindSpec(configPath, lines, fileExists);
        return new ModelFile(name, configPath, spec, expectation, problem ?? specProblem);
    }

    // The header is the run of comment (or blank) lines at the top; its spec line names the module.
    private static (string? Spec, string? Problem) FindSpec(string configPath, IReadOnlyList<string> lines, Func<string, bool> fileExists)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            if (Comment(lines[i]) is not { } comment)
            {
                break;
            }

            if (!comment.StartsWith(SpecKey, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = comment[SpecKey.Length..].Trim();
            if (relative.Length == 0)
            {
                return (null, $"{configPath}:{i + 1}: '\\* spec:' needs the path of the root module, relative to the cfg's folder");
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(configPath)) ?? ".";
            var spec = Path.GetFullPath(Path.Combine(folder, relative));
            return fileExists(spec)
                ? (spec, null)
                : (null, $"{configPath}:{i + 1}: spec file '{relative}' not found (looked for {spec})");
        }

        return (null, $"{configPath}:1: no '\\* spec: <path>' line among the leading comment lines");
    }

    // The text of a \* comment line, trimmed, or null for any other line.
    private static string? Comment(string line)
    {
        var trimmed = line.Trim();
        return trimmed.StartsWith(@"\*", StringComparison.Ordinal) ? trimmed[2..].Trim() : null;
    }
}
