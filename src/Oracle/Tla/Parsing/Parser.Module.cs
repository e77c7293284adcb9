using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>Module structure: header, EXTENDS, declarations, definitions, INSTANCE, ASSUME, THEOREM, end.</summary>
internal sealed partial class Parser
{
    public ModuleSyntax ParseModule()
    {
        var start = Current;
        if (start.Kind == TokenKind.EndOfFile)
        {
            throw Error(start, "no module header found: expected ---- MODULE Name ----");
        }
        if (start.Kind != TokenKind.Separator)
        {
            throw Unexpected("---- MODULE Name ----");
        }
        _tokens.Advance();
        ExpectKeyword("MODULE");
        var name = ExpectIdentifier("the module name");
        if (Current.Kind != TokenKind.Separator)
        {
            throw Unexpected("---- after the module name");
        }
        _tokens.Advance();
        var extends = ImmutableArray<Identifier>.Empty;
        if (AtKeyword("EXTENDS"))
        {
            _tokens.Advance();
            extends = ParseIdentifierList("a module name");
        }
        var units = ImmutableArray.CreateBuilder<UnitSyntax>();
        while (true)
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.ModuleEnd:
                    _tokens.Advance();
                    return new ModuleSyntax(name, extends, units.ToImmutable(), SpanFrom(start, token));
                case TokenKind.EndOfFile:
                    throw Error(token, "expected ==== at end of module, found end of file");
                case TokenKind.Separator:
                    if (_tokens.PeekRaw(1).IsKeyword("MODULE"))
                    {
                        throw Error(token, "nested modules are not supported");
                    }
                    _tokens.Advance();
                    break;
                default:
                    units.Add(ParseUnit());
                    break;
            }
        }
    }

    /// <summary>A standalone expression followed by the end of the input.</summary>
    public ExpressionSyntax ParseStandaloneExpression()
    {
        var expression = ParseExpression();
        if (Current.Kind != TokenKind.EndOfFile)
        {
            throw Unexpected("end of the expression");
        }
        return expression;
    }

    private UnitSyntax ParseUnit()
    {
        var token = Current;
        if (token.Kind == TokenKind.Keyword)
        {
            switch (token.Text)
            {
                case "CONSTANT":
                case "CONSTANTS":
                    _tokens.Advance();
                    var constants = ParseOperatorDeclarations("a constant name");
                    return new ConstantsUnit(constants, SpanFrom(token));
                case "VARIABLE":
                case "VARIABLES":
                    _tokens.Advance();
                    var variables = ParseIdentifierList("a variable name");
                    return new VariablesUnit(variables, SpanFrom(token));
                case "ASSUME":
                case "ASSUMPTION":
                case "AXIOM":
                    return ParseAssertion(isTheorem: false);
                case "THEOREM":
                case "LEMMA":
                case "PROPOSITION":
                case "COROLLARY":
                    return ParseAssertion(isTheorem: true);
                case "RECURSIVE":
                    return ParseRecursive();
                case "INSTANCE":
                    var instance = ParseInstance();
                    return new InstanceUnit(instance, IsLocal: false, instance.Span);
                case "LOCAL":
                    _tokens.Advance();
                    if (AtKeyword("INSTANCE"))
                    {
                        var local = ParseInstance();
                        return new InstanceUnit(local, IsLocal: true, SpanFrom(token, local.Span));
                    }
                    return ParseDefinition(token, isLocal: true);
                case "EXTENDS":
                    throw Error(token, "EXTENDS must come right after the module header");
            }
        }
        if (token.Kind is TokenKind.Identifier || IsPrefixDefinitionStart())
        {
            return ParseDefinition(token, isLocal: false);
        }
        throw Unexpected("a declaration, a definition or ==== at the end of the module");
    }

    private ImmutableArray<Identifier> ParseIdentifierList(string what)
    {
        var names = ImmutableArray.CreateBuilder<Identifier>();
        do
        {
            names.Add(ExpectIdentifier(what));
        }
        while (TryConsume(","));
        return names.ToImmutable();
    }

    /// <summary><c>N, F(_, _)</c> as in CONSTANTS and RECURSIVE.</summary>
    private ImmutableArray<ConstantDeclaration> ParseOperatorDeclarations(string what)
    {
        var declarations = ImmutableArray.CreateBuilder<ConstantDeclaration>();
        do
        {
            var name = ExpectIdentifier(what);
            declarations.Add(new ConstantDeclaration(name, ParseUnderscoreArity()));
        }
        while (TryConsume(","));
        return declarations.ToImmutable();
    }

    /// <summary><c>(_, _)</c> after an operator name: its arity; 0 when absent.</summary>
    private int ParseUnderscoreArity()
    {
        if (!TryConsume("("))
        {
            return 0;
        }
        int arity = 0;
        do
        {
            Expect("_");
            arity++;
        }
        while (TryConsume(","));
        Expect(")");
        return arity;
    }

    private UnitSyntax ParseRecursive()
    {
        var start = ExpectKeyword("RECURSIVE");
        var operators = ParseOperatorDeclarations("an operator name");
        return new RecursiveUnit(operators, SpanFrom(start));
    }

    /// <summary><c>ASSUME e</c>, <c>ASSUME Name == e</c>, and the same for THEOREM and its synonyms.</summary>
    private UnitSyntax ParseAssertion(bool isTheorem)
    {
        var start = _tokens.Advance();
        Identifier? name = null;
        if (Current.Kind == TokenKind.Identifier && _tokens.PeekRaw(1).IsSymbol("=="))
        {
            name = ExpectIdentifier("a name");
            _tokens.Advance();
        }
        var body = ParseExpression();
        var span = SpanFrom(start, body.Span);
        return isTheorem ? new TheoremUnit(name, body, span) : new AssumeUnit(name, body, span);
    }

    /// <summary><c>INSTANCE M WITH a &lt;- e, + &lt;- e</c>.</summary>
    private InstanceSyntax ParseInstance()
    {
        var start = ExpectKeyword("INSTANCE");
        var module = ExpectIdentifier("a module name");
        var substitutions = ImmutableArray.CreateBuilder<Substitution>();
        if (AtKeyword("WITH"))
        {
            _tokens.Advance();
            do
            {
                var target = Current;
                Identifier name;
                if (target.Kind == TokenKind.Identifier)
                {
                    name = ExpectIdentifier("a parameter name");
                }
                else if (target.Kind == TokenKind.Symbol
                         && (OperatorTable.Infix.ContainsKey(target.Text) || OperatorTable.Postfix.ContainsKey(target.Text)
                             || OperatorTable.Prefix.ContainsKey(target.Text) || target.Text == "-"))
                {
                    _tokens.Advance();
                    string symbol = target.Text;
                    if (symbol == "-" && IsAdjacentDot(Current, target))
                    {
                        _tokens.Advance();
                        symbol = OperatorSymbols.Negate;
                    }
                    name = new Identifier(symbol, SpanFrom(target));
                }
                else
                {
                    throw Unexpected("a parameter name");
                }
                Expect("<-");
                var value = AtKeyword("LAMBDA") ? ParseLambda() : ParseExpression();
                substitutions.Add(new Substitution(name, value));
            }
            while (TryConsume(","));
        }
        return new InstanceSyntax(module, substitutions.ToImmutable(), SpanFrom(start));
    }

    /// <summary><c>-. a ==</c> or <c>~ a ==</c>: the definition of a prefix operator.</summary>
    private bool IsPrefixDefinitionStart()
    {
        var first = _tokens.PeekRaw(0);
        if (first.Kind != TokenKind.Symbol)
        {
            return false;
        }
        int next = 1;
        if (first.Text == "-" && IsAdjacentDot(_tokens.PeekRaw(1), first))
        {
            next = 2;
        }
        else if (!OperatorTable.Prefix.ContainsKey(first.Text))
        {
            return false;
        }
        return _tokens.PeekRaw(next).Kind == TokenKind.Identifier && _tokens.PeekRaw(next + 1).IsSymbol("==");
    }

    /// <summary>
    /// An operator, function or named-instance definition, starting at the current token;
    /// <paramref name="start"/> is where the unit begins (at LOCAL if there is one).
    /// </summary>
    private UnitSyntax ParseDefinition(Token start, bool isLocal)
    {
        var first = Current;
        if (first.Kind == TokenKind.Symbol)
        {
            if (!IsPrefixDefinitionStart())
            {
                throw Unexpected("a definition");
            }
            _tokens.Advance();
            string symbol = first.Text;
            if (symbol == "-")
            {
                _tokens.Advance();
                symbol = OperatorSymbols.Negate;
            }
            var prefixName = new Identifier(symbol, SpanFrom(first));
            var operand = ExpectIdentifier("an operand name");
            return FinishOperatorDefinition(start, prefixName, [new OperatorParameter(operand, 0)], isLocal);
        }
        var second = _tokens.PeekRaw(1);
        if (first.Kind == TokenKind.Identifier && second.Kind == TokenKind.Symbol
            && OperatorTable.Infix.ContainsKey(second.Text)
            && _tokens.PeekRaw(2).Kind == TokenKind.Identifier && _tokens.PeekRaw(3).IsSymbol("=="))
        {
            var left = ExpectIdentifier("an operand name");
            var op = _tokens.Advance();
            var right = ExpectIdentifier("an operand name");
            var opName = new Identifier(op.Text, SpanOf(op));
            return FinishOperatorDefinition(start, opName,
                [new OperatorParameter(left, 0), new OperatorParameter(right, 0)], isLocal);
        }
        if (first.Kind == TokenKind.Identifier && second.Kind == TokenKind.Symbol
            && OperatorTable.Postfix.ContainsKey(second.Text) && _tokens.PeekRaw(2).IsSymbol("=="))
        {
            var operand = ExpectIdentifier("an operand name");
            var op = _tokens.Advance();
            return FinishOperatorDefinition(start, new Identifier(op.Text, SpanOf(op)),
                [new OperatorParameter(operand, 0)], isLocal);
        }
        var name = ExpectIdentifier("a definition");
        if (At("["))
        {
            _tokens.Advance();
            var bounds = ParseBoundGroups(requireSet: true);
            Expect("]");
            Expect("==");
            var body = ParseExpression();
            return new FunctionDefinitionUnit(name, bounds, body, isLocal, SpanFrom(start, body.Span));
        }
        var parameters = ImmutableArray<OperatorParameter>.Empty;
        if (At("("))
        {
            _tokens.Advance();
            var builder = ImmutableArray.CreateBuilder<OperatorParameter>();
            do
            {
                var parameter = ExpectIdentifier("a parameter name");
                builder.Add(new OperatorParameter(parameter, ParseUnderscoreArity()));
            }
            while (TryConsume(","));
            Expect(")");
            parameters = builder.ToImmutable();
        }
        return FinishOperatorDefinition(start, name, parameters, isLocal);
    }

    /// <summary><c>== body</c> or <c>== INSTANCE ...</c> after the left-hand side of a definition.</summary>
    private UnitSyntax FinishOperatorDefinition(
        Token start, Identifier name, ImmutableArray<OperatorParameter> parameters, bool isLocal)
    {
        Expect("==");
        if (AtKeyword("INSTANCE"))
        {
            var instance = ParseInstance();
            return new NamedInstanceUnit(name, parameters, instance, isLocal, SpanFrom(start, instance.Span));
        }
        var body = ParseExpression();
        return new OperatorDefinitionUnit(name, parameters, body, isLocal, SpanFrom(start, body.Span));
    }
}
