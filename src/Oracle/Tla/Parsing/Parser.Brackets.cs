using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>Bracketed forms: sets <c>{}</c>, tuples <c>&lt;&lt;&gt;&gt;</c>, and everything written with <c>[ ]</c>.</summary>
internal sealed partial class Parser
{
    /// <summary><c>{a, b}</c>, <c>{x \in S : P}</c>, <c>{e : x \in S}</c>.</summary>
    private ExpressionSyntax ParseBraces()
    {
        var open = _tokens.Advance();
        EnterNesting(open);
        ExpressionSyntax result;
        if (TryConsume("}"))
        {
            result = new SetEnumeration([], SpanFrom(open));
        }
        else if (IsBoundFollowedByColon())
        {
            var bound = ParseBoundGroup(requireSet: true, allowSeveralNames: false);
            Expect(":");
            var predicate = ParseExpression();
            Expect("}");
            result = new SetFilter(bound, predicate, SpanFrom(open));
        }
        else
        {
            var first = ParseExpression();
            if (TryConsume(":"))
            {
                var bounds = ParseBoundGroups(requireSet: true);
                Expect("}");
                result = new SetMap(first, bounds, SpanFrom(open));
            }
            else
            {
                var elements = ImmutableArray.CreateBuilder<ExpressionSyntax>();
                elements.Add(first);
                while (TryConsume(","))
                {
                    elements.Add(ParseExpression());
                }
                if (!At("}"))
                {
                    throw Unexpected("',' or '}'");
                }
                _tokens.Advance();
                result = new SetEnumeration(elements.ToImmutable(), SpanFrom(open));
            }
        }
        ExitNesting();
        return result;
    }

    /// <summary>
    /// True at <c>x \in S :</c> or <c>&lt;&lt;x, y&gt;&gt; \in S :</c>, where the colon is outside any
    /// bracket: that is a set filter, while <c>{x \in S}</c> is a one-element set enumeration.
    /// </summary>
    private bool IsBoundFollowedByColon()
    {
        int i = 0;
        if (_tokens.PeekRaw(0).IsSymbol("<<"))
        {
            i = 1;
            while (_tokens.PeekRaw(i).Kind == TokenKind.Identifier && _tokens.PeekRaw(i + 1).IsSymbol(","))
            {
                i += 2;
            }
            if (_tokens.PeekRaw(i).Kind != TokenKind.Identifier || !_tokens.PeekRaw(i + 1).IsSymbol(">>"))
            {
                return false;
            }
            i += 2;
        }
        else if (_tokens.PeekRaw(0).Kind == TokenKind.Identifier)
        {
            i = 1;
        }
        else
        {
            return false;
        }
        if (!_tokens.PeekRaw(i).IsSymbol("\\in"))
        {
            return false;
        }
        int depth = 0;
        for (i++; ; i++)
        {
            var t = _tokens.PeekRaw(i);
            switch (t.Kind)
            {
                case TokenKind.EndOfFile or TokenKind.Error or TokenKind.ModuleEnd or TokenKind.Separator:
                    return false;
                case TokenKind.Symbol:
                    switch (t.Text)
                    {
                        case "(" or "[" or "{" or "<<":
                            depth++;
                            break;
                        case ")" or "]" or "]_" or ">>" or ">>_":
                            depth--;
                            break;
                        case "}":
                            if (depth == 0)
                            {
                                return false;
                            }
                            depth--;
                            break;
                        case ",":
                            if (depth == 0)
                            {
                                return false;
                            }
                            break;
                        case ":":
                            if (depth == 0)
                            {
                                return true;
                            }
                            break;
                    }
                    break;
            }
            if (depth < 0)
            {
                return false;
            }
        }
    }

    /// <summary><c>&lt;&lt;a, b&gt;&gt;</c>, <c>&lt;&lt;&gt;&gt;</c>, or the action <c>&lt;&lt;A&gt;&gt;_v</c>.</summary>
    private ExpressionSyntax ParseTuple()
    {
        var open = _tokens.Advance();
        EnterNesting(open);
        var elements = ImmutableArray<ExpressionSyntax>.Empty;
        if (!At(">>") && !At(">>_"))
        {
            var builder = ImmutableArray.CreateBuilder<ExpressionSyntax>();
            do
            {
                builder.Add(ParseExpression());
            }
            while (TryConsume(","));
            elements = builder.ToImmutable();
        }
        ExpressionSyntax result;
        if (At(">>_"))
        {
            var close = _tokens.Advance();
            if (elements.Length != 1)
            {
                throw Error(close, "<<A>>_v needs exactly one action between << and >>");
            }
            var subscript = ParseSubscript();
            result = new AngleActionExpression(elements[0], subscript, SpanFrom(open, subscript.Span));
        }
        else
        {
            if (!At(">>"))
            {
                throw Unexpected("',' or '>>'");
            }
            _tokens.Advance();
            result = new TupleExpression(elements, SpanFrom(open));
        }
        ExitNesting();
        return result;
    }

    /// <summary>
    /// <c>[a |-> 1]</c>, <c>[a : S]</c>, <c>[x \in S |-> e]</c>, <c>[S -> T]</c>,
    /// <c>[f EXCEPT ![x] = e]</c> and the action <c>[A]_v</c>.
    /// </summary>
    private ExpressionSyntax ParseBrackets()
    {
        var open = _tokens.Advance();
        EnterNesting(open);
        ExpressionSyntax result;
        var first = _tokens.PeekRaw(0);
        var second = _tokens.PeekRaw(1);
        if (first.Kind == TokenKind.Identifier && second.IsSymbol("|->"))
        {
            result = new RecordConstructor(ParseRecordFields("|->"), SpanFrom(open));
        }
        else if (first.Kind == TokenKind.Identifier && second.IsSymbol(":"))
        {
            result = new RecordSet(ParseRecordFields(":"), SpanFrom(open));
        }
        else if (StartsFunctionBounds())
        {
            result = ParseFunctionConstructor(open);
        }
        else
        {
            var expression = ParseExpression();
            if (TryConsume("->"))
            {
                var range = ParseExpression();
                Expect("]");
                result = new FunctionSet(expression, range, SpanFrom(open));
            }
            else if (AtKeyword("EXCEPT"))
            {
                result = ParseExcept(open, expression);
            }
            else if (TryConsume("]_"))
            {
                var subscript = ParseSubscript();
                result = new BoxActionExpression(expression, subscript, SpanFrom(open, subscript.Span));
            }
            else
            {
                throw Unexpected("'->', EXCEPT or ']_'");
            }
        }
        ExitNesting();
        return result;
    }

    private bool StartsFunctionBounds()
    {
        var first = _tokens.PeekRaw(0);
        var second = _tokens.PeekRaw(1);
        if (first.Kind == TokenKind.Identifier)
        {
            return second.IsSymbol("\\in") || (second.IsSymbol(",") && _tokens.PeekRaw(2).Kind == TokenKind.Identifier);
        }
        if (!first.IsSymbol("<<"))
        {
            return false;
        }
        int i = 1;
        while (_tokens.PeekRaw(i).Kind == TokenKind.Identifier && _tokens.PeekRaw(i + 1).IsSymbol(","))
        {
            i += 2;
        }
        return _tokens.PeekRaw(i).Kind == TokenKind.Identifier
               && _tokens.PeekRaw(i + 1).IsSymbol(">>")
               && _tokens.PeekRaw(i + 2).IsSymbol("\\in");
    }

    /// <summary><c>[x \in S, y \in T |-> e]</c>.</summary>
    private ExpressionSyntax ParseFunctionConstructor(Token open)
    {
        var bounds = ParseBoundGroups(requireSet: true);
        Expect("|->");
        var body = ParseExpression();
        Expect("]");
        return new FunctionConstructor(bounds, body, SpanFrom(open));
    }

    /// <summary><c>a |-> e, b |-> e</c> or <c>a : S, b : T</c> up to and including the closing bracket.</summary>
    private ImmutableArray<RecordField> ParseRecordFields(string separator)
    {
        var fields = ImmutableArray.CreateBuilder<RecordField>();
        do
        {
            var name = ExpectIdentifier("a field name");
            Expect(separator);
            fields.Add(new RecordField(name, ParseExpression()));
        }
        while (TryConsume(","));
        Expect("]");
        return fields.ToImmutable();
    }

    /// <summary><c>[f EXCEPT ![x] = e, !.a = @]</c> after <c>[f</c>.</summary>
    private ExpressionSyntax ParseExcept(Token open, ExpressionSyntax function)
    {
        ExpectKeyword("EXCEPT");
        var clauses = ImmutableArray.CreateBuilder<ExceptClause>();
        do
        {
            var bang = Expect("!");
            var path = ImmutableArray.CreateBuilder<ExceptPathElement>();
            do
            {
                var step = Current;
                if (TryConsume("."))
                {
                    var field = ExpectIdentifier("a field name");
                    path.Add(new ExceptPathElement(field, [], SpanFrom(step)));
                }
                else if (TryConsume("["))
                {
                    var indices = ParseExpressionList("]");
                    Expect("]");
                    path.Add(new ExceptPathElement(null, indices, SpanFrom(step)));
                }
                else
                {
                    throw Unexpected("'.' or '[' after '!'");
                }
            }
            while (!At("="));
            Expect("=");
            var value = ParseExpression();
            clauses.Add(new ExceptClause(path.ToImmutable(), value, SpanFrom(bang, value.Span)));
        }
        while (TryConsume(","));
        Expect("]");
        return new ExceptExpression(function, clauses.ToImmutable(), SpanFrom(open));
    }
}
