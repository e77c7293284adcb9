using System.Globalization;
using System.Numerics;
using System.Text;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tlc.Output;

/// <summary>
/// Reads values printed in TLC's syntax (trace states, action arguments): integers, strings,
/// <c>TRUE</c>/<c>FALSE</c>, model values (bare identifiers), sets <c>{..}</c>, tuples
/// <c>&lt;&lt;..&gt;&gt;</c>, records <c>[a |-&gt; ..]</c> and functions <c>(k :&gt; v @@ ..)</c>.
/// A dedicated reader rather than the TLA+ parser: these texts are values, never expressions, and an
/// identifier is a model value rather than a name to resolve.
/// </summary>
public sealed class TlcValueParser
{
    // Values from a trace are shallow; a limit keeps a hostile input from exhausting the stack.
    private const int MaxDepth = 200;

    private readonly string _text;
    private int _position;
    private int _depth;

    private TlcValueParser(string text) => _text = text;

    /// <summary>Parses one value that makes up the whole text; the error says where it failed.</summary>
    public static (Value? Value, string? Error) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new TlcValueParser(text);
        try
        {
            var value = parser.ParseValue();
            parser.SkipSpace();
            return parser._position == text.Length ? (value, null) : (null, parser.ErrorAt("unexpected text after the value"));
        }
        catch (FormatException e)
        {
            return (null, e.Message);
        }
        catch (EvaluationException e)
        {
            // Duplicate function keys and the like: the text is not a value.
            return (null, e.Message);
        }
    }

    /// <summary>Parses a comma-separated list of values (an action's arguments <c>Set(1, p1)</c>).</summary>
    public static (IReadOnlyList<Value>? Values, string? Error) ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new TlcValueParser(text);
        try
        {
            var items = new List<Value>();
            parser.SkipSpace();
            if (parser._position == text.Length)
            {
                return (items, null);
            }

            items.Add(parser.ParseValue());
            while (parser.TryConsume(","))
            {
                items.Add(parser.ParseValue());
            }

            parser.SkipSpace();
            return parser._position == text.Length ? (items, null) : (null, parser.ErrorAt("expected ',' between values"));
        }
        catch (FormatException e)
        {
            return (null, e.Message);
        }
        catch (EvaluationException e)
        {
            return (null, e.Message);
        }
    }

    private Value ParseValue()
    {
        if (++_depth > MaxDepth)
        {
            throw new FormatException(ErrorAt("the value is nested too deeply"));
        }

        var first = ParsePrimary();
        if (!TryConsume(":>"))
        {
            _depth--;
            return first;
        }

        // k1 :> v1 @@ k2 :> v2 ...: a function given by its pairs.
        var keys = new List<Value> { first };
        var values = new List<Value> { ParsePrimary() };
        while (TryConsume("@@"))
        {
            keys.Add(ParsePrimary());
            Expect(":>");
            values.Add(ParsePrimary());
        }

        _depth--;
        return FunctionValue.FromPairs(keys.ToArray(), values.ToArray());
    }

    private Value ParsePrimary()
    {
        SkipSpace();
        if (_position >= _text.Length)
        {
            throw new FormatException(ErrorAt("expected a value"));
        }

        var c = _text[_position];
        if (TryConsume("<<"))
        {
            var items = ParseItems(">>");
            return FunctionValue.Sequence(items.ToArray());
        }

        switch (c)
        {
            case '{':
                _position++;
                return FiniteSetValue.FromUnsorted(ParseItems("}"));
            case '[':
                _position++;
                return ParseRecord();
            case '(':
                _position++;
                var inner = ParseValue();
                Expect(")");
                return inner;
            case '"':
                return StringValue.Of(ReadString());
            case '-' or >= '0' and <= '9':
                return IntValue.Of(ReadInteger());
            default:
                if (IsIdentifierChar(c))
                {
                    var word = ReadIdentifier();
                    return word switch
                    {
                        "TRUE" => BoolValue.True,
                        "FALSE" => BoolValue.False,
                        _ => ModelValue.Of(word),
                    };
                }

                throw new FormatException(ErrorAt($"unexpected '{c}'"));
        }
    }

    private List<Value> ParseItems(string close)
    {
        var items = new List<Value>();
        if (TryConsume(close))
        {
            return items;
        }

        do
        {
            items.Add(ParseValue());
        }
        while (TryConsume(","));
        Expect(close);
        return items;
    }

    private FunctionValue ParseRecord()
    {
        var names = new List<string>();
        var values = new List<Value>();
        do
        {
            SkipSpace();
            names.Add(ReadIdentifier());
            Expect("|->");
            values.Add(ParseValue());
        }
        while (TryConsume(","));
        Expect("]");
        return FunctionValue.Record(names.ToArray(), values.ToArray());
    }

    private string ReadString()
    {
        var builder = new StringBuilder();
        _position++;
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                break;
            }

            var escaped = _text[_position++];
            builder.Append(escaped switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'f' => '\f',
                _ => escaped,
            });
        }

        throw new FormatException(ErrorAt("unterminated string"));
    }

    private BigInteger ReadInteger()
    {
        var start = _position;
        if (_text[_position] == '-')
        {
            _position++;
        }

        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }

        var digits = _text.AsSpan(start, _position - start);
        return BigInteger.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException(ErrorAt("expected digits"));
    }

    private string ReadIdentifier()
    {
        var start = _position;
        while (_position < _text.Length && IsIdentifierChar(_text[_position]))
        {
            _position++;
        }

        return _position > start ? _text[start.._position] : throw new FormatException(ErrorAt("expected a name"));
    }

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private bool TryConsume(string token)
    {
        SkipSpace();
        if (string.CompareOrdinal(_text, _position, token, 0, token.Length) != 0)
        {
            return false;
        }

        _position += token.Length;
        return true;
    }

    private void Expect(string token)
    {
        if (!TryConsume(token))
        {
            throw new FormatException(ErrorAt($"expected '{token}'"));
        }
    }

    private void SkipSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private string ErrorAt(string message) => $"TLC value, offset {_position}: {message}";
}
