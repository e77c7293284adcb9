using GraphSpec.Cli.Checking;
using GraphSpec.Oracle.Checking;

namespace GraphSpec.Cli.ModelSuite;

/// <summary>
/// One model's line in the suite: its file, the result of checking it (null when its header was
/// bad and it was not checked) and whether the result is the one its cfg expects.
/// </summary>
internal sealed record ModelVerdict(ModelFile Model, CheckResult? Result)
{
    /// <summary>With <c>--engine tlc|both</c>: both engines' results, TLC's failure and their differences.</summary>
    public EngineResults? Engines { get; init; }

    /// <summary>
    /// A model matches only when its header is good and the outcome (and name) is the expected one;
    /// when TLC runs, also when TLC gave a result and, with both engines, the two agree.
    /// </summary>
    public bool Matches => Model.Problem is null && Result is not null && Model.Expectation is { } e && e.IsMetBy(Result)
        && Engines is not { TlcFailed: true } && Engines is not { Disagree: true };

    /// <summary>TLC's outcome with <c>--engine both</c> (the "TLC" column), <c>tlc_error</c> when it failed, or null.</summary>
    public string? TlcGot => Engines is null || Engines.Embedded is null ? null
        : Engines.Tlc is { } tlc ? ModelExpectation.Describe(tlc) : "tlc_error";

    public string Expected => Model.Expectation?.ToString() ?? "?";

    /// <summary>The "got" column: the outcome (with the violated name), or <c>bad_model_file</c>.</summary>
    public string Got => Result is not null ? ModelExpectation.Describe(Result)
        : Engines is { TlcFailed: true } ? "tlc_error" : "bad_model_file";

    /// <summary>Why the model does not match: its header problem, or the check's message.</summary>
    public string Reason
    {
        get
        {
            if (Model.Problem is { } problem)
            {
                return problem;
            }

            // The expectation first: a model that is wrong is wrong whatever TLC says.
            var expectationMet = Result is not null && Model.Expectation is { } e && e.IsMetBy(Result);
            if (expectationMet && Engines is { TlcFailed: true } failed)
            {
                return $"TLC: {failed.TlcError}";
            }

            if (expectationMet && Engines is { Disagree: true } differing)
            {
                return "the engines disagree: " + string.Join("; ", differing.Differences);
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
            var engine = Engines is null ? "" : Engines.Embedded is null ? " --engine tlc" : " --engine both";
            return Model.SpecPath is { } spec
                ? $"graphspec check {Quote(Relative(spec))} -config {Quote(config)}{engine}"
                : $"graphspec check <spec> -config {Quote(config)}   (fix the header of {config} first)";
        }
    }

    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"'{path}'" : path;
}
