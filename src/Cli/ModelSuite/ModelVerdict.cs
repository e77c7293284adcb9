using GraphSpec.Oracle.Checking;

namespace GraphSpec.Cli.ModelSuite;

/// <summary>
/// One model's line in the suite: its file, the result of checking it (null when its header was
/// bad and it was not checked) and whether the result is the one its cfg expects.
/// </summary>
internal sealed record ModelVerdict(ModelFile Model, CheckResult? Result)
{
    /// <summary>A model matches only when its header is good and the outcome (and name) is the expected one.</summary>
    public bool Matches => Model.Problem is null && Result is not null && Model.Expectation is { } e && e.IsMetBy(Result);

    public string Expected => Model.Expectation?.ToString() ?? "?";

    /// <summary>The "got" column: the outcome (with the violated name), or <c>bad_model_file</c>.</summary>
    public string Got => Result is null ? "bad_model_file" : ModelExpectation.Describe(Result);

    /// <summary>Why the model does not match: its header problem, or the check's message.</summary>
    public string Reason
    {
        get
        {
            if (Model.Problem is { } problem)
            {
                return problem;
            }

            var reason = $"expected {Expected}, got {Got}";
            var detail = Result?.Diagnostics.IsEmpty == false ? Result.Diagnostics[0].ToString() : Result?.Message;
            return detail is null ? reason : $"{reason}: {detail}";
        }
    }

    /// <summary>The command that checks this model alone, with paths relative to the current directory.</summary>
    public string RerunCommand
    {
        get
        {
            var config = Relative(Model.ConfigPath);
            return Model.SpecPath is { } spec
                ? $"graphspec check {Quote(Relative(spec))} -config {Quote(config)}"
                : $"graphspec check <spec> -config {Quote(config)}   (fix the header of {config} first)";
        }
    }

    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"'{path}'" : path;
}
