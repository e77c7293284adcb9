using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>
/// The operator-precedence core. Operators waiting for their right operand sit on a stack; an
/// incoming infix operator first reduces every stacked operator that binds tighter (or is the same
/// associative operator), stops at one that binds looser, and reports a precedence conflict when
/// the ranges overlap. This is how TLA+ defines precedence: by ranges, not single levels.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>An operator whose right operand is still being parsed.</summary>
    private sealed class PendingOperator(OperatorInfo info, Token token, ExpressionSyntax? left, int leftDepth)
    {
        public OperatorInfo Info { get; } = info;
        public Token Token { get; } = token;
        public ExpressionSyntax? Left { get; } = left;

        /// <summary>Tree depth of <see cref="Left"/> (and of the factors so far, for <c>\X</c>).</summary>
        public int LeftDepth { get; set; } = leftDepth;

        /// <summary>For <c>\X</c>: all factors before the operand being parsed (<c>A \X B \X C</c> is one node).</summary>
        public List<ExpressionSyntax>? Factors { get; init; }
    }

    /// <summary>Parses a full expression: operands joined by operators, up to the first token that cannot continue it.</summary>
    private ExpressionSyntax ParseExpression()
    {
        var start = Current;
        EnterNesting(start);
        int enclosingDepth = _subtreeDepth;
        var pending = new List<PendingOperator>();
        int prefixCount = 0;
        while (true)
        {
            while (TryPrefixOperator(pending, out var prefix))
            {
                pending.Add(prefix);
                prefixCount++;
                EnterNesting(prefix.Token);
            }
            var operand = ParsePostfixExpression(pending.Count > 0 ? pending[^1] : null);
            int depth = _subtreeDepth;
            if (!TryInfixOperator(out var infix, out var infixToken))
            {
                while (pending.Count > 0)
                {
                    operand = Reduce(pending, operand, ref depth);
                }
                _nesting -= prefixCount;
                ExitNesting();
                _subtreeDepth = Math.Max(enclosingDepth, depth);
                return operand;
            }
            while (pending.Count > 0)
            {
                var left = pending[^1];
                if (left.Info.Symbol == "\\X" && infix.Symbol == "\\X")
                {
                    break;
                }
                if (left.Info.BindsTighterThan(infix) || IsSameAssociative(left.Info, infix))
                {
                    operand = Reduce(pending, operand, ref depth);
                }
                else if (left.Info.BindsLooserThan(infix))
                {
                    break;
                }
                else
                {
                    throw PrecedenceConflict(left, infix);
                }
            }
            _tokens.Advance();
            if (infix.Symbol == "\\X" && pending.Count > 0 && pending[^1].Info.Symbol == "\\X")
            {
                pending[^1].Factors!.Add(operand);
                pending[^1].LeftDepth = Math.Max(pending[^1].LeftDepth, depth);
            }
            else
            {
                pending.Add(new PendingOperator(infix, infixToken, operand, depth)
                {
                    Factors = infix.Symbol == "\\X" ? [operand] : null,
                });
            }
        }
    }

    private static bool IsSameAssociative(OperatorInfo left, OperatorInfo right) =>
        left.Symbol == right.Symbol && left.Fixity == OperatorFixity.Infix && left.IsAssociative;

    private ParseException PrecedenceConflict(PendingOperator left, OperatorInfo right) =>
        Error(left.Token,
            $"precedence conflict between {Display(left.Info)} and {Display(right)}; add parentheses");

    private static string Display(OperatorInfo info) => info.Symbol == OperatorSymbols.Negate ? "-" : info.Symbol;

    /// <summary>Pops the top pending operator and applies it to <paramref name="operand"/>.</summary>
    private ExpressionSyntax Reduce(List<PendingOperator> pending, ExpressionSyntax operand, ref int depth)
    {
        var op = pending[^1];
        pending.RemoveAt(pending.Count - 1);
        depth = CheckTreeDepth(Math.Max(depth, op.LeftDepth) + 1, op.Token);
        if (op.Info.Fixity == OperatorFixity.Prefix)
        {
            return new PrefixExpression(op.Info.Symbol, SpanOf(op.Token), operand, SpanFrom(op.Token, operand.Span));
        }
        if (op.Factors != null)
        {
            var factors = op.Factors.ToImmutableArray().Add(operand);
            return new CartesianProduct(factors, SpanFrom(factors[0].Span, operand.Span));
        }
        return new BinaryExpression(op.Info.Symbol, SpanOf(op.Token), op.Left!, operand, SpanFrom(op.Left!.Span, operand.Span));
    }

    /// <summary>A prefix operator in operand position (consumed), checked against the operator before it.</summary>
    private bool TryPrefixOperator(List<PendingOperator> pending, out PendingOperator prefix)
    {
        prefix = null!;
        var token = Current;
        string? symbol = token.Kind switch
        {
            TokenKind.Symbol when token.Text == "-" => OperatorSymbols.Negate,
            TokenKind.Symbol or TokenKind.Keyword when OperatorTable.Prefix.ContainsKey(token.Text) => token.Text,
            _ => null,
        };
        if (symbol == null)
        {
            return false;
        }
        var info = OperatorTable.Prefix[symbol];
        // Minus is the one symbol that is both prefix and infix: right after an operator that binds
        // tighter than negation (a \div -b, a ^ -b) TLA+ requires parentheses.
        if (symbol == OperatorSymbols.Negate && pending.Count > 0 && pending[^1].Info.BindsTighterThan(info))
        {
            throw PrecedenceConflict(pending[^1], info);
        }
        _tokens.Advance();
        prefix = new PendingOperator(info, token, null, 0);
        return true;
    }

    /// <summary>An infix operator in operator position (not consumed).</summary>
    private bool TryInfixOperator(out OperatorInfo info, out Token token)
    {
        token = Current;
        info = null!;
        if (token.Kind != TokenKind.Symbol || !OperatorTable.Infix.TryGetValue(token.Text, out var found))
        {
            return false;
        }
        // "-. a == ..." starts the definition of prefix minus; it does not continue the expression.
        if (token.Text == "-" && IsAdjacentDot(_tokens.PeekRaw(1), token))
        {
            return false;
        }
        info = found;
        return true;
    }

    private static bool IsAdjacentDot(Token next, Token minus) =>
        next.IsSymbol(".") && next.Line == minus.Line && next.Column == minus.EndColumn + 1;

    /// <summary>A primary expression followed by function applications, field selections and postfix operators.</summary>
    private ExpressionSyntax ParsePostfixExpression(PendingOperator? operatorBefore)
    {
        var start = Current;
        _subtreeDepth = 0;
        var expression = ParsePrimary();
        int depth = _subtreeDepth + 1;
        while (true)
        {
            var token = Current;
            depth = CheckTreeDepth(depth + 1, token);
            if (token.IsSymbol("["))
            {
                _tokens.Advance();
                _subtreeDepth = 0;
                var arguments = ParseExpressionList("]");
                Expect("]");
                depth = Math.Max(depth, _subtreeDepth + 1);
                expression = new FunctionApplication(expression, arguments, SpanFrom(start));
            }
            else if (token.IsSymbol(".") && _tokens.PeekRaw(1).Kind == TokenKind.Identifier)
            {
                _tokens.Advance();
                var field = ExpectIdentifier("a field name");
                expression = new FieldAccess(expression, field, SpanFrom(start));
            }
            else if (token.Kind == TokenKind.Symbol && OperatorTable.Postfix.TryGetValue(token.Text, out var postfix))
            {
                if (operatorBefore != null
                    && !operatorBefore.Info.BindsLooserThan(postfix)
                    && !operatorBefore.Info.BindsTighterThan(postfix))
                {
                    throw PrecedenceConflict(operatorBefore, postfix);
                }
                _tokens.Advance();
                expression = new PostfixExpression(postfix.Symbol, SpanOf(token), expression, SpanFrom(start));
            }
            else
            {
                _subtreeDepth = depth - 1;
                return expression;
            }
        }
    }

    /// <summary>Expressions separated by commas, up to (not including) <paramref name="closer"/>; at least one.</summary>
    private ImmutableArray<ExpressionSyntax> ParseExpressionList(string closer)
    {
        var items = ImmutableArray.CreateBuilder<ExpressionSyntax>();
        do
        {
            items.Add(ParseExpression());
        }
        while (TryConsume(","));
        if (!At(closer))
        {
            throw Unexpected($"',' or '{closer}'");
        }
        return items.ToImmutable();
    }
}
