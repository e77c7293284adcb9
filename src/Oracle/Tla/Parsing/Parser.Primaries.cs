using System.Collections.Immutable;
using System.Numerics;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>Primary expressions: literals, names, keyword constructs and bullet lists.</summary>
internal sealed partial class Parser
{
    private ExpressionSyntax ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                _tokens.Advance();
                return new NumberLiteral((BigInteger)token.Value!, SpanOf(token));
            case TokenKind.String:
                _tokens.Advance();
                return new StringLiteral((string)token.Value!, SpanOf(token));
            case TokenKind.Identifier:
                return _tokens.PeekRaw(1).IsSymbol("::") ? ParseLabel() : ParseName();
            case TokenKind.WeakFairness:
            case TokenKind.StrongFairness:
                return ParseFairness();
            case TokenKind.Keyword:
                return ParseKeywordPrimary(token);
            case TokenKind.Symbol:
                return ParseSymbolPrimary(token);
            default:
                throw Unexpected("an expression");
        }
    }

    private ExpressionSyntax ParseKeywordPrimary(Token token)
    {
        switch (token.Text)
        {
            case "TRUE":
            case "FALSE":
                _tokens.Advance();
                return new BooleanLiteral(token.Text == "TRUE", SpanOf(token));
            case "BOOLEAN":
                _tokens.Advance();
                return new BooleanSetLiteral(SpanOf(token));
            case "IF":
                return ParseIf();
            case "CASE":
                return ParseCase();
            case "LET":
                return ParseLet();
            case "CHOOSE":
                return ParseChoose();
            case "LAMBDA":
                throw Error(token, "LAMBDA can only be an argument of an operator");
            default:
                throw Unexpected("an expression");
        }
    }

    private ExpressionSyntax ParseSymbolPrimary(Token token)
    {
        switch (token.Text)
        {
            case "(":
                return ParseParenthesized();
            case "{":
                return ParseBraces();
            case "[":
                return ParseBrackets();
            case "<<":
                return ParseTuple();
            case "@":
                _tokens.Advance();
                return new AtExpression(SpanOf(token));
            case "/\\":
            case "\\/":
                return ParseJunctionList();
            case "\\A":
            case "\\E":
                return ParseQuantifier();
            case "\\AA":
            case "\\EE":
                throw Error(token, $"temporal quantifier {token.Text} is not supported");
            default:
                throw Unexpected("an expression");
        }
    }

    private ExpressionSyntax ParseParenthesized()
    {
        var open = _tokens.Advance();
        var inner = ParseExpression();
        Expect(")");
        return new ParenthesizedExpression(inner, SpanFrom(open));
    }

    /// <summary>
    /// A bullet list. Its items continue while the next token is the same bullet at exactly the same
    /// column; every token at or left of that column ends the current item (see <see cref="TokenStream"/>).
    /// </summary>
    private ExpressionSyntax ParseJunctionList()
    {
        var first = Current;
        var items = ImmutableArray.CreateBuilder<ExpressionSyntax>();
        _tokens.OpenBulletList(first.Column);
        while (true)
        {
            _tokens.Advance();
            items.Add(ParseExpression());
            var next = _tokens.Raw;
            if (!(next.Kind == TokenKind.Symbol && next.Text == first.Text && next.Column == first.Column))
            {
                break;
            }
        }
        _tokens.CloseBulletList();
        return new JunctionList(first.Text == "/\\", items.ToImmutable(), SpanFrom(first, items[^1].Span));
    }

    private ExpressionSyntax ParseLabel()
    {
        var label = ExpectIdentifier("a label");
        Expect("::");
        var body = ParseExpression();
        return new LabeledExpression(label, body, SpanFrom(label.Span, body.Span));
    }

    /// <summary><c>Op</c>, <c>Op(a, b)</c>, <c>I!Op</c>, <c>I(x)!Op(y)</c>.</summary>
    private NameExpression ParseName()
    {
        var segments = ImmutableArray.CreateBuilder<NameSegment>();
        while (true)
        {
            var name = ExpectIdentifier("a name");
            var arguments = ImmutableArray<ExpressionSyntax>.Empty;
            if (At("("))
            {
                _tokens.Advance();
                arguments = ParseArguments();
                Expect(")");
            }
            segments.Add(new NameSegment(name, arguments, SpanFrom(name.Span, SpanOf(Previous))));
            if (!(At("!") && _tokens.PeekRaw(1).Kind == TokenKind.Identifier))
            {
                break;
            }
            _tokens.Advance();
        }
        return new NameExpression(segments.ToImmutable(), SpanFrom(segments[0].Span, segments[^1].Span));
    }

    /// <summary>Operator arguments: expressions or LAMBDA.</summary>
    private ImmutableArray<ExpressionSyntax> ParseArguments()
    {
        var items = ImmutableArray.CreateBuilder<ExpressionSyntax>();
        do
        {
            items.Add(AtKeyword("LAMBDA") ? ParseLambda() : ParseExpression());
        }
        while (TryConsume(","));
        if (!At(")"))
        {
            throw Unexpected("',' or ')'");
        }
        return items.ToImmutable();
    }

    private ExpressionSyntax ParseLambda()
    {
        var start = ExpectKeyword("LAMBDA");
        var parameters = ImmutableArray.CreateBuilder<Identifier>();
        do
        {
            parameters.Add(ExpectIdentifier("a LAMBDA parameter"));
        }
        while (TryConsume(","));
        Expect(":");
        var body = ParseExpression();
        return new LambdaExpression(parameters.ToImmutable(), body, SpanFrom(start, body.Span));
    }

    private ExpressionSyntax ParseIf()
    {
        var start = ExpectKeyword("IF");
        var condition = ParseExpression();
        ExpectKeyword("THEN");
        var then = ParseExpression();
        ExpectKeyword("ELSE");
        var otherwise = ParseExpression();
        return new IfExpression(condition, then, otherwise, SpanFrom(start, otherwise.Span));
    }

    private ExpressionSyntax ParseCase()
    {
        var start = ExpectKeyword("CASE");
        var arms = ImmutableArray.CreateBuilder<CaseArm>();
        ExpressionSyntax? other = null;
        do
        {
            if (AtKeyword("OTHER"))
            {
                if (arms.Count == 0)
                {
                    throw Unexpected("a CASE guard");
                }
                _tokens.Advance();
                Expect("->");
                other = ParseExpression();
                break;
            }
            var guard = ParseExpression();
            Expect("->");
            var body = ParseExpression();
            arms.Add(new CaseArm(guard, body, SpanFrom(guard.Span, body.Span)));
        }
        while (TryConsume("[]"));
        var end = other?.Span ?? arms[^1].Span;
        return new CaseExpression(arms.ToImmutable(), other, SpanFrom(start, end));
    }

    private ExpressionSyntax ParseLet()
    {
        var start = ExpectKeyword("LET");
        var definitions = ImmutableArray.CreateBuilder<UnitSyntax>();
        do
        {
            definitions.Add(AtKeyword("RECURSIVE") ? ParseRecursive() : ParseDefinition(Current, isLocal: false));
        }
        while (!AtKeyword("IN"));
        ExpectKeyword("IN");
        var body = ParseExpression();
        return new LetExpression(definitions.ToImmutable(), body, SpanFrom(start, body.Span));
    }

    private ExpressionSyntax ParseQuantifier()
    {
        var start = _tokens.Advance();
        var bounds = ParseBoundGroups(requireSet: false);
        Expect(":");
        var body = ParseExpression();
        var kind = start.Text == "\\A" ? QuantifierKind.Forall : QuantifierKind.Exists;
        return new QuantifierExpression(kind, bounds, body, SpanFrom(start, body.Span));
    }

    private ExpressionSyntax ParseChoose()
    {
        var start = ExpectKeyword("CHOOSE");
        var bound = ParseBoundGroup(requireSet: false, allowSeveralNames: false);
        Expect(":");
        var body = ParseExpression();
        return new ChooseExpression(bound, body, SpanFrom(start, body.Span));
    }

    /// <summary><c>WF_v(A)</c> / <c>SF_v(A)</c>.</summary>
    private ExpressionSyntax ParseFairness()
    {
        var start = _tokens.Advance();
        var subscript = ParseSubscript();
        Expect("(");
        var action = ParseExpression();
        Expect(")");
        var kind = start.Kind == TokenKind.WeakFairness ? FairnessKind.Weak : FairnessKind.Strong;
        return new FairnessExpression(kind, subscript, action, SpanFrom(start));
    }

    /// <summary>The subscript of <c>[A]_v</c>, <c>&lt;&lt;A&gt;&gt;_v</c>, <c>WF_v</c>: a name, a tuple or a parenthesized expression.</summary>
    private ExpressionSyntax ParseSubscript()
    {
        var token = Current;
        if (token.Kind == TokenKind.Identifier)
        {
            _tokens.Advance();
            var name = new Identifier(token.Text, SpanOf(token));
            var segment = new NameSegment(name, [], name.Span);
            return new NameExpression([segment], name.Span);
        }
        if (token.IsSymbol("<<"))
        {
            return ParseTuple();
        }
        if (token.IsSymbol("("))
        {
            return ParseParenthesized();
        }
        throw Unexpected("a subscript (a name, a tuple or a parenthesized expression)");
    }
}
