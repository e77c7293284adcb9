using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>Bound variable declarations: <c>x, y \in S</c>, <c>&lt;&lt;x, y&gt;&gt; \in S</c>, unbounded <c>x</c>.</summary>
internal sealed partial class Parser
{
    /// <summary>Groups separated by commas: <c>x, y \in S, &lt;&lt;a, b&gt;&gt; \in T</c>.</summary>
    private ImmutableArray<BoundDeclaration> ParseBoundGroups(bool requireSet)
    {
        var groups = ImmutableArray.CreateBuilder<BoundDeclaration>();
        do
        {
            groups.Add(ParseBoundGroup(requireSet, allowSeveralNames: true));
        }
        while (TryConsume(","));
        return groups.ToImmutable();
    }

    /// <summary>
    /// One group. With <paramref name="allowSeveralNames"/> (quantifiers, set maps, functions),
    /// <c>x, y \in S</c> is one group of two names and a tuple needs a set; without it (CHOOSE),
    /// one name or one tuple, bounded or not.
    /// </summary>
    private BoundDeclaration ParseBoundGroup(bool requireSet, bool allowSeveralNames)
    {
        var start = Current;
        var names = ImmutableArray.CreateBuilder<Identifier>();
        bool isTuple = false;
        if (At("<<"))
        {
            isTuple = true;
            _tokens.Advance();
            do
            {
                names.Add(ExpectIdentifier("a bound variable"));
            }
            while (TryConsume(","));
            Expect(">>");
        }
        else
        {
            names.Add(ExpectIdentifier("a bound variable"));
            while (allowSeveralNames && At(",") && _tokens.PeekRaw(1).Kind == TokenKind.Identifier
                   && !BoundGroupEndsBefore(1))
            {
                _tokens.Advance();
                names.Add(ExpectIdentifier("a bound variable"));
            }
        }
        ExpressionSyntax? set = null;
        if (At("\\in"))
        {
            _tokens.Advance();
            set = ParseExpression();
        }
        else if (requireSet || (isTuple && allowSeveralNames))
        {
            throw Unexpected("\\in");
        }
        return new BoundDeclaration(names.ToImmutable(), isTuple, set, SpanFrom(start));
    }

    /// <summary>
    /// In an unbounded list <c>\E x, y : P</c> every comma continues the names; this only guards the
    /// unusual case of a name followed by something other than <c>,</c>, <c>\in</c> or <c>:</c>.
    /// </summary>
    private bool BoundGroupEndsBefore(int ahead)
    {
        var after = _tokens.PeekRaw(ahead + 1);
        return !(after.IsSymbol(",") || after.IsSymbol("\\in") || after.IsSymbol(":"));
    }
}
