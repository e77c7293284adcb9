using System.Collections.Immutable;
using System.Numerics;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Config;

/// <summary>
/// Parses a TLC model config file. A file is a sequence of sections, each a keyword followed by
/// its operands, in any order and any number of times (lists such as INVARIANT accumulate). After a
/// syntax error the parser reports it and resumes at the next keyword, so one run lists every error.
/// </summary>
public sealed class CfgParser
{
    /// <summary>Nesting limit for set and tuple values, so hostile input cannot exhaust the stack.</summary>
    public const int MaxValueDepth = 100;

    private readonly ImmutableArray<CfgToken> _tokens;
    private readonly string _file;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly ImmutableArray<ConstantBinding>.Builder _constants = ImmutableArray.CreateBuilder<ConstantBinding>();
    private readonly ImmutableArray<Identifier>.Builder _invariants = ImmutableArray.CreateBuilder<Identifier>();
    private readonly ImmutableArray<Identifier>.Builder _properties = ImmutableArray.CreateBuilder<Identifier>();
    private readonly ImmutableArray<Identifier>.Builder _constraints = ImmutableArray.CreateBuilder<Identifier>();
    private readonly ImmutableArray<Identifier>.Builder _actionConstraints = ImmutableArray.CreateBuilder<Identifier>();
    private readonly Dictionary<CfgKeyword, Identifier> _single = [];
    private (bool Value, SourceSpan Span)? _checkDeadlock;
    private int _pos;

    private CfgParser(ImmutableArray<CfgToken> tokens, string file)
    {
        _tokens = tokens;
        _file = file;
    }

    /// <summary>Parses the text of a cfg file; <paramref name="file"/> names it in spans and messages.</summary>
    public static CfgParseResult Parse(string text, string file)
    {
        var (tokens, lexerDiagnostics) = CfgLexer.Tokenize(text, file);
        var parser = new CfgParser(tokens, file);
        parser.ParseSections();
        var diagnostics = lexerDiagnostics.AddRange(parser._diagnostics)
            .Sort((a, b) => (a.Span.StartLine, a.Span.StartColumn).CompareTo((b.Span.StartLine, b.Span.StartColumn)));
        return diagnostics.IsEmpty
            ? new CfgParseResult(parser.BuildConfig(), diagnostics)
            : new CfgParseResult(null, diagnostics);
    }

    private CfgToken Current => _tokens[_pos];

    private CfgToken Take() => _tokens[_pos < _tokens.Length - 1 ? _pos++ : _pos];

    private bool AtKeywordOrEnd => Current.Kind == CfgTokenKind.End || IsKeyword(Current);

    private static bool IsKeyword(CfgToken token) => token.Kind == CfgTokenKind.Word && CfgKeywords.IsKeyword(token.Text);

    private static bool IsName(CfgToken token) => token.Kind == CfgTokenKind.Word && !CfgKeywords.IsKeyword(token.Text);

    private void ParseSections()
    {
        while (Current.Kind != CfgTokenKind.End)
        {
            var token = Take();
            if (token.Kind == CfgTokenKind.Word && CfgKeywords.TryGet(token.Text, out var keyword))
            {
                if (!ParseSection(token, keyword))
                {
                    SkipToKeyword();
                }
                continue;
            }
            if (token.Kind != CfgTokenKind.Unknown)
            {
                Error(token.Kind == CfgTokenKind.Word
                        ? $"unknown keyword '{token.Text}' in the configuration file (expected one of INIT, NEXT, SPECIFICATION, CONSTANT(S), INVARIANT(S), PROPERTY, PROPERTIES, CONSTRAINT(S), ACTION_CONSTRAINT(S), SYMMETRY, VIEW, ALIAS, POSTCONDITION, CHECK_DEADLOCK)"
                        : $"unexpected '{token.Text}': a configuration file section must start with a keyword such as INIT or CONSTANTS",
                    token.Span);
            }
            SkipToKeyword();
        }
    }

    private bool ParseSection(CfgToken keywordToken, CfgKeyword keyword) => keyword switch
    {
        CfgKeyword.Constants => ParseConstants(),
        CfgKeyword.Invariants => ParseNameList(keywordToken, _invariants),
        CfgKeyword.Properties => ParseNameList(keywordToken, _properties),
        CfgKeyword.Constraints => ParseNameList(keywordToken, _constraints),
        CfgKeyword.ActionConstraints => ParseNameList(keywordToken, _actionConstraints),
        CfgKeyword.CheckDeadlock => ParseCheckDeadlock(keywordToken),
        _ => ParseSingleName(keywordToken, keyword),
    };

    private bool ParseSingleName(CfgToken keywordToken, CfgKeyword keyword)
    {
        if (!IsName(Current))
        {
            return Expected($"the name of a definition after {keywordToken.Text}");
        }
        var name = ToIdentifier(Take());
        if (_single.TryGetValue(keyword, out var first))
        {
            Error($"{keywordToken.Text} is given twice (first at line {first.Span.StartLine}); a model has only one", keywordToken.Span);
        }
        else
        {
            _single[keyword] = name;
        }
        return true;
    }

    // TLC accepts a list section with no names at all; so do we.
    private bool ParseNameList(CfgToken keywordToken, ImmutableArray<Identifier>.Builder names)
    {
        while (IsName(Current))
        {
            names.Add(ToIdentifier(Take()));
        }
        return AtKeywordOrEnd || Expected($"the name of a definition or a keyword in the {keywordToken.Text} section");
    }

    private bool ParseCheckDeadlock(CfgToken keywordToken)
    {
        if (Current is not { Kind: CfgTokenKind.Word, Text: "TRUE" or "FALSE" })
        {
            return Expected("TRUE or FALSE after CHECK_DEADLOCK");
        }
        var value = Take();
        if (_checkDeadlock is { } first)
        {
            Error($"CHECK_DEADLOCK is given twice (first at line {first.Span.StartLine})", keywordToken.Span);
        }
        else
        {
            _checkDeadlock = (value.Text == "TRUE", value.Span);
        }
        return true;
    }

    private bool ParseConstants()
    {
        while (IsName(Current))
        {
            var name = ToIdentifier(Take());
            if (Current.Kind is not (CfgTokenKind.Equals or CfgTokenKind.LeftArrow))
            {
                return Expected($"'=' or '<-' after the constant {name.Name}");
            }
            ConstantBinding? binding = Current.Kind == CfgTokenKind.Equals ? ParseAssignment(name) : ParseSubstitution(name);
            if (binding is null)
            {
                return false;
            }
            _constants.Add(binding);
        }
        return AtKeywordOrEnd || Expected("a constant name or a keyword in the CONSTANTS section");
    }

    private ConstantAssignment? ParseAssignment(Identifier name)
    {
        Take();
        var value = ParseValue(0);
        return value is null ? null : new ConstantAssignment(name, value, name.Span.To(value.Span));
    }

    private ConstantSubstitution? ParseSubstitution(Identifier name)
    {
        Take();
        Identifier? module = null;
        if (Current.Kind == CfgTokenKind.LeftBracket)
        {
            Take();
            if (!IsName(Current))
            {
                Expected("a module name inside '[ ]'");
                return null;
            }
            module = ToIdentifier(Take());
            if (Current.Kind != CfgTokenKind.RightBracket)
            {
                Expected("']' after the module name");
                return null;
            }
            Take();
        }
        if (!IsName(Current))
        {
            Expected($"the name of a definition after '{name.Name} <-'");
            return null;
        }
        var definition = ToIdentifier(Take());
        return new ConstantSubstitution(name, definition, module, name.Span.To(definition.Span));
    }

    private ConfigValue? ParseValue(int depth)
    {
        var token = Current;
        if (depth >= MaxValueDepth)
        {
            Error($"value nested more than {MaxValueDepth} levels deep", token.Span);
            return null;
        }
        switch (token.Kind)
        {
            case CfgTokenKind.Number:
                Take();
                return new ConfigInteger(BigInteger.Parse(token.Text, System.Globalization.CultureInfo.InvariantCulture), token.Span);
            case CfgTokenKind.String:
                Take();
                return new ConfigString(token.Text, token.Span);
            case CfgTokenKind.Word when token.Text is "TRUE" or "FALSE":
                Take();
                return new ConfigBoolean(token.Text == "TRUE", token.Span);
            case CfgTokenKind.Word when !CfgKeywords.IsKeyword(token.Text):
                Take();
                return new ConfigModelValue(token.Text, token.Span);
            case CfgTokenKind.LeftBrace:
                return ParseSet(depth);
            case CfgTokenKind.LeftAngle:
                Error("tuples cannot be written in a configuration file (TLC's cfg grammar has only numbers, strings, "
                    + "TRUE, FALSE, model values and sets); define the tuple in the spec and write 'C <- Definition'", token.Span);
                return null;
            case CfgTokenKind.Minus:
                Error("negative numbers cannot be written in a configuration file (TLC's cfg grammar has none); "
                    + "define the value in the spec, e.g. MinusThree == -3, and write 'C <- MinusThree'", token.Span);
                return null;
            default:
                Expected("a value (a number, a string, TRUE, FALSE, a model value name, or a set '{...}')");
                return null;
        }
    }

    private ConfigSet? ParseSet(int depth)
    {
        var open = Take();
        var elements = ImmutableArray.CreateBuilder<ConfigValue>();
        if (Current.Kind != CfgTokenKind.RightBrace)
        {
            while (true)
            {
                var element = ParseValue(depth + 1);
                if (element is null)
                {
                    return null;
                }
                elements.Add(element);
                if (Current.Kind != CfgTokenKind.Comma)
                {
                    break;
                }
                Take();
            }
        }
        if (Current.Kind != CfgTokenKind.RightBrace)
        {
            Expected("',' or '}'");
            return null;
        }
        var end = Take();
        return new ConfigSet(elements.ToImmutable(), open.Span.To(end.Span));
    }

    private void SkipToKeyword()
    {
        while (!AtKeywordOrEnd)
        {
            Take();
        }
    }

    private bool Expected(string what)
    {
        var found = Current.Kind switch
        {
            CfgTokenKind.End => "the end of the file",
            CfgTokenKind.String => $"the string \"{Current.Text}\"",
            CfgTokenKind.Word when CfgKeywords.IsKeyword(Current.Text) => $"the keyword {Current.Text}",
            _ => $"'{Current.Text}'",
        };
        Error($"expected {what}, found {found}", Current.Span);
        return false;
    }

    private void Error(string message, SourceSpan span) => _diagnostics.Add(new Diagnostic(DiagnosticKind.Config, message, span));

    private static Identifier ToIdentifier(CfgToken token) => new(token.Text, token.Span);

    private ModelConfig BuildConfig() => new(
        _file,
        _single.GetValueOrDefault(CfgKeyword.Init),
        _single.GetValueOrDefault(CfgKeyword.Next),
        _single.GetValueOrDefault(CfgKeyword.Specification),
        _constants.ToImmutable(),
        _invariants.ToImmutable(),
        _properties.ToImmutable(),
        _constraints.ToImmutable(),
        _actionConstraints.ToImmutable(),
        _single.GetValueOrDefault(CfgKeyword.Symmetry),
        _single.GetValueOrDefault(CfgKeyword.View),
        _single.GetValueOrDefault(CfgKeyword.Alias),
        _single.GetValueOrDefault(CfgKeyword.Postcondition),
        _checkDeadlock?.Value);
}
