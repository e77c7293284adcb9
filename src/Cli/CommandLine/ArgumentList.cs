using System.Collections.Immutable;

namespace GraphSpec.Cli.CommandLine;

/// <summary>
/// The arguments of one command after the command name: positional arguments, options with a value
/// (<c>--module FILE</c> or <c>--module=FILE</c>) and flags (<c>--help</c>). A single dash does not
/// start an option, so an expression such as <c>-1 + 2</c> stays a positional argument; <c>--</c>
/// ends the options.
/// </summary>
public sealed record ArgumentList(
    ImmutableArray<string> Positionals,
    ImmutableDictionary<string, string> Values,
    ImmutableHashSet<string> Flags)
{
    /// <summary>The value of option <paramref name="name"/> (without dashes), or null.</summary>
    public string? Value(string name) => Values.GetValueOrDefault(name);

    public bool HasFlag(string name) => Flags.Contains(name);

    /// <summary>
    /// Splits <paramref name="args"/>. Only the options listed are accepted; anything else is a usage
    /// error, returned as a message (never thrown).
    /// </summary>
    public static (ArgumentList? Arguments, string? Error) Parse(
        IReadOnlyList<string> args,
        IReadOnlyCollection<string> valueOptions,
        IReadOnlyCollection<string> flagOptions,
        IReadOnlyCollection<string>? listOptions = null)
    {
        var positionals = ImmutableArray.CreateBuilder<string>();
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var flags = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || !arg.StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            if (flagOptions.Contains(name))
            {
                if (equals >= 0)
                {
                    return (null, $"option --{name} takes no value");
                }
                flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                string value;
                if (equals >= 0)
                {
                    value = arg[(equals + 1)..];
                }
                else if (i + 1 < args.Count)
                {
                    value = args[++i];
                }
                else
                {
                    return (null, $"option --{name} needs a value");
                }
                if (values.TryGetValue(name, out var earlier))
                {
                    // A list option (--mutant B2 --mutant B8) may repeat: its values join into one comma list.
                    if (listOptions?.Contains(name) != true)
                    {
                        return (null, $"option --{name} is given twice");
                    }

                    value = earlier + "," + value;
                }

                values[name] = value;
            }
            else
            {
                return (null, $"unknown option --{name}");
            }
        }
        return (new ArgumentList(positionals.ToImmutable(), values.ToImmutable(), flags.ToImmutable()), null);
    }
}
