using GraphSpec.Cli.CommandLine;
using Xunit;

namespace GraphSpec.UnitTests.Cli;

public class ArgumentListTests
{
    private static readonly string[] ValueOptions = ["module", "config"];
    private static readonly string[] Flags = ["help"];

    [Fact]
    public void Positionals_options_and_flags_are_separated()
    {
        var (args, error) = ArgumentList.Parse(["1 + 2", "--module", "M.tla", "--config=M.cfg", "--help"], ValueOptions, Flags);
        Assert.Null(error);
        Assert.NotNull(args);
        Assert.Equal(["1 + 2"], args.Positionals.ToArray());
        Assert.Equal("M.tla", args.Value("module"));
        Assert.Equal("M.cfg", args.Value("config"));
        Assert.True(args.HasFlag("help"));
    }

    [Fact]
    public void Single_dash_arguments_are_positional()
    {
        var (args, _) = ArgumentList.Parse(["-1 + 2"], ValueOptions, Flags);
        Assert.Equal(["-1 + 2"], args!.Positionals.ToArray());
    }

    [Fact]
    public void Double_dash_ends_options()
    {
        var (args, _) = ArgumentList.Parse(["--", "--help"], ValueOptions, Flags);
        Assert.Equal(["--help"], args!.Positionals.ToArray());
        Assert.False(args.HasFlag("help"));
    }

    [Theory]
    [InlineData("unknown option --nope", "--nope")]
    [InlineData("option --module needs a value", "--module")]
    [InlineData("option --help takes no value", "--help=yes")]
    [InlineData("option --module is given twice", "--module", "a", "--module", "b")]
    public void Bad_options_are_reported_not_thrown(string message, params string[] argv)
    {
        var (args, error) = ArgumentList.Parse(argv, ValueOptions, Flags);
        Assert.Null(args);
        Assert.Equal(message, error);
    }

    [Fact]
    public void A_list_option_may_repeat_and_its_values_join()
    {
        var (args, error) = ArgumentList.Parse(["--mutant", "B2", "--mutant=B8,H1", "x"], ["mutant", "seed"], [], ["mutant"]);
        Assert.Null(error);
        Assert.Equal("B2,B8,H1", args!.Value("mutant"));
        var (_, twice) = ArgumentList.Parse(["--seed", "1", "--seed", "2"], ["mutant", "seed"], [], ["mutant"]);
        Assert.Equal("option --seed is given twice", twice);
    }
}
