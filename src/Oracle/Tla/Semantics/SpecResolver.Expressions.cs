using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Semantics;

internal sealed partial class SpecResolver
{
    private const string PrimeOperator = "'";

    private Expr Bind(ExpressionSyntax syntax)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Error("The expression is nested too deeply.", syntax.Span);
            return new ErrorExpr(syntax.Span);
        }

        switch (syntax)
        {
            case NumberLiteral n:
                return new LiteralExpr(IntValue.Of(n.Value), n.Span);
            case StringLiteral s:
                return new LiteralExpr(StringValue.Of(s.Value), s.Span);
            case BooleanLiteral b:
                return new LiteralExpr(BoolValue.Of(b.Value), b.Span);
            case BooleanSetLiteral b:
                return new LiteralExpr(EvalValues.BooleanSet, b.Span);
            case NameExpression n:
                return BindName(n);
            case ParenthesizedExpression p:
                return Bind(p.Inner);
            case LabeledExpression l:
                return Bind(l.Body);
            case BinaryExpression b:
                return BindBinary(b);
            case PrefixExpression p:
                return BindPrefix(p);
            case PostfixExpression p:
                return BindPostfix(p);
            case JunctionList j:
                {
                    var items = BindAll(j.Items);
                    return j.IsConjunction ? new AndExpr(items, j.Span) : new OrExpr(items, j.Span);
                }

            case IfExpression i:
                return new IfExpr(Bind(i.Condition), Bind(i.Then), Bind(i.Else), i.Span);
            case CaseExpression c:
                return BindCase(c);
            case LetExpression l:
                return BindLet(l);
            case QuantifierExpression q:
                return BindQuantifier(q);
            case ChooseExpression c:
                {
                    var mark = locals.Count;
                    var binding = BindBounds([c.Bound])[0];
                    var body = Bind(c.Body);
                    PopLocals(mark);
                    return new ChooseExpr(binding, body, c.Span);
                }

            case LambdaExpression l:
                Error("LAMBDA is only allowed as an argument of an operator.", l.Span);
                return new ErrorExpr(l.Span);
            case SetEnumeration s:
                return new SetEnumerationExpr(BindAll(s.Elements), s.Span);
            case SetFilter f:
                {
                    var mark = locals.Count;
                    var binding = BindBounds([f.Bound])[0];
                    var predicate = Bind(f.Predicate);
                    PopLocals(mark);
                    return new SetFilterExpr(binding, predicate, f.Span);
                }

            case SetMap m:
                {
                    var mark = locals.Count;
                    var bindings = BindBounds(m.Bounds);
                    var element = Bind(m.Element);
                    PopLocals(mark);
                    return new SetMapExpr(element, bindings, m.Span);
                }

            case CartesianProduct p:
                return new CartesianProductExpr(BindAll(p.Factors), p.Span);
            case TupleExpression t:
                return new TupleExpr(BindAll(t.Elements), t.Span);
            case FunctionConstructor f:
                {
                    var mark = locals.Count;
                    var bindings = BindBounds(f.Bounds);
                    var body = Bind(f.Body);
                    PopLocals(mark);
                    return new FunctionConstructorExpr(bindings, body, f.Span);
                }

            case FunctionSet f:
                return new FunctionSetExpr(Bind(f.Domain), Bind(f.Range), f.Span);
            case FunctionApplication a:
                return new FunctionApplicationExpr(Bind(a.Function), BindAll(a.Arguments), a.Span);
            case RecordConstructor r:
                return new RecordExpr(FieldNames(r.Fields), BindFieldValues(r.Fields), r.Span);
            case RecordSet r:
                return new RecordSetExpr(FieldNames(r.Fields), BindFieldValues(r.Fields), r.Span);
            case FieldAccess f:
                return new FieldAccessExpr(Bind(f.Record), StringValue.Of(f.Field.Name), f.Span);
            case ExceptExpression e:
                return BindExcept(e);
            case AtExpression a:
                if (atSlots.Count == 0)
                {
                    Error("@ is only allowed inside an EXCEPT clause.", a.Span);
                    return new ErrorExpr(a.Span);
                }

                return new SlotExpr(CurrentLevel - atSlots[^1].Level, atSlots[^1].Index, "@", ExpressionLevel.Constant, a.Span);
            case BoxActionExpression b:
                return new BoxActionExpr(Bind(b.Action), BindUnchanged(b.Subscript, b.Subscript.Span), b.Span);
            case AngleActionExpression a:
                return new AngleActionExpr(Bind(a.Action), BindUnchanged(a.Subscript, a.Subscript.Span), a.Span);
            case FairnessExpression f:
                return new FairnessExpr(f.Kind, Bind(f.Subscript), Bind(f.Action), BindUnchanged(f.Subscript, f.Subscript.Span), f.Span);
            default:
                Error($"Unsupported expression {syntax.GetType().Name}.", syntax.Span);
                return new ErrorExpr(syntax.Span);
        }
    }

    private Expr[] BindAll(ImmutableArray<ExpressionSyntax> items)
    {
        var bound = new Expr[items.Length];
        for (var i = 0; i < bound.Length; i++)
        {
            bound[i] = Bind(items[i]);
        }

        return bound;
    }

    private static StringValue[] FieldNames(ImmutableArray<RecordField> fields)
    {
        var names = new StringValue[fields.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = StringValue.Of(fields[i].Name.Name);
        }

        return names;
    }

    private Expr[] BindFieldValues(ImmutableArray<RecordField> fields)
    {
        var values = new Expr[fields.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Bind(fields[i].Value);
        }

        return values;
    }

    private Expr BindBinary(BinaryExpression b)
    {
        switch (b.Operator)
        {
            case "/\\":
                return new AndExpr(BindChain(b), b.Span);
            case "\\/":
                return new OrExpr(BindChain(b), b.Span);
            case "=>":
                return new ImpliesExpr(Bind(b.Left), Bind(b.Right), b.Span);
            case "<=>":
                return new EquivalenceExpr(Bind(b.Left), Bind(b.Right), b.Span);
            case "=":
                return new EqualsExpr(Bind(b.Left), Bind(b.Right), b.Span);
            case "/=":
                return new NotExpr(new EqualsExpr(Bind(b.Left), Bind(b.Right), b.Span), b.Span);
            case "\\in":
                return new MembershipExpr(Bind(b.Left), Bind(b.Right), b.Span);
            case "\\notin":
                return new NotExpr(new MembershipExpr(Bind(b.Left), Bind(b.Right), b.Span), b.Span);
            case "~>":
                return new LeadsToExpr(Bind(b.Left), Bind(b.Right), b.Span);
            case "\\cdot":
                return new CompositionExpr(Bind(b.Left), Bind(b.Right), b.Span);
            case "-+->":
                Error("The operator -+-> is not supported.", b.OperatorSpan);
                return new ErrorExpr(b.Span);
        }

        var symbol = Lookup(b.Operator);
        if (symbol is null)
        {
            return Unknown(b.Operator, b.OperatorSpan);
        }

        return BindApplication(symbol, b.Operator, b.OperatorSpan, [b.Left, b.Right], b.Span);
    }

    /// <summary>
    /// <c>a /\ b /\ c</c> parses as nested binary nodes; one n-ary node evaluates the same (left to
    /// right) and lets the model checker see <c>Init /\ [][Next]_v /\ WF_v(Next)</c> as one list.
    /// </summary>
    private Expr[] BindChain(BinaryExpression b)
    {
        var operands = new List<ExpressionSyntax>();
        Flatten(b, b.Operator, operands);
        var bound = new Expr[operands.Count];
        for (var i = 0; i < bound.Length; i++)
        {
            bound[i] = Bind(operands[i]);
        }

        return bound;
    }

    private static void Flatten(ExpressionSyntax e, string op, List<ExpressionSyntax> operands)
    {
        if (e is BinaryExpression b && b.Operator == op)
        {
            Flatten(b.Left, op, operands);
            Flatten(b.Right, op, operands);
            return;
        }

        operands.Add(e);
    }

    private Expr BindPrefix(PrefixExpression p)
    {
        switch (p.Operator)
        {
            case "~":
                return new NotExpr(Bind(p.Operand), p.Span);
            case "ENABLED":
                return new EnabledExpr(Bind(p.Operand), p.Span);
            case "UNCHANGED":
                return BindUnchanged(p.Operand, p.Span);
            case "[]":
                return new AlwaysExpr(Bind(p.Operand), p.Span);
            case "<>":
                return new EventuallyExpr(Bind(p.Operand), p.Span);
        }

        var symbol = Lookup(p.Operator);
        if (symbol is null)
        {
            return Unknown(p.Operator == OperatorSymbols.Negate ? "-" : p.Operator, p.OperatorSpan);
        }

        return BindApplication(symbol, p.Operator, p.OperatorSpan, [p.Operand], p.Span);
    }

    private Expr BindPostfix(PostfixExpression p)
    {
        if (p.Operator != PrimeOperator)
        {
            var symbol = Lookup(p.Operator);
            return symbol is null
                ? Unknown(p.Operator, p.OperatorSpan)
                : BindApplication(symbol, p.Operator, p.OperatorSpan, [p.Operand], p.Span);
        }

        if (!primeAllowed)
        {
            Error("A primed expression is not allowed here (it must be a constant-level or state-level expression).", p.OperatorSpan);
            return new ErrorExpr(p.Span);
        }

        if (primeDepth > 0)
        {
            Error("A primed expression is primed again (double prime).", p.OperatorSpan);
            return new ErrorExpr(p.Span);
        }

        primeDepth++;
        var inner = Bind(p.Operand);
        primeDepth--;
        if (inner.Level >= ExpressionLevel.Action)
        {
            Error("The prime operator is applied to an action-level expression.", p.OperatorSpan);
            return new ErrorExpr(p.Span);
        }

        return inner is VariableExpr v ? new PrimedVariableExpr(v.Index, v.Name, p.Span) : new PrimeExpr(inner, p.Span);
    }

    /// <summary>
    /// <c>UNCHANGED e</c> (also the subscript of <c>[A]_e</c>): when e is a variable, a tuple of
    /// them, or a definition that is one, it becomes a list of variable indices.
    /// </summary>
    private UnchangedExpr BindUnchanged(ExpressionSyntax operand, SourceSpan span)
    {
        var bound = Bind(operand);
        var indices = new List<int>();
        return CollectVariables(bound, indices)
            ? new UnchangedExpr(bound, [.. indices], span)
            : new UnchangedExpr(bound, null, span);
    }

    private static bool CollectVariables(Expr expr, List<int> indices)
    {
        switch (expr)
        {
            case VariableExpr v:
                indices.Add(v.Index);
                return true;
            case TupleExpr t:
                foreach (var item in t.Items)
                {
                    if (!CollectVariables(item, indices))
                    {
                        return false;
                    }
                }

                return true;
            case CallExpr { Arguments.Count: 0, Definition: { Body: { } body, IsFunction: false } }:
                return CollectVariables(body, indices);
            case SlotExpr { LetBody: { } letBody }:
                return CollectVariables(letBody, indices);
            default:
                return false;
        }
    }

    private Expr BindCase(CaseExpression c)
    {
        var guards = new Expr[c.Arms.Length];
        var bodies = new Expr[c.Arms.Length];
        for (var i = 0; i < guards.Length; i++)
        {
            guards[i] = Bind(c.Arms[i].Guard);
            bodies[i] = Bind(c.Arms[i].Body);
        }

        return new CaseExpr(guards, bodies, c.Other is null ? null : Bind(c.Other), c.Span);
    }

    private Expr BindExcept(ExceptExpression e)
    {
        var function = Bind(e.Function);
        var clauses = new ExceptClauseNode[e.Clauses.Length];
        for (var i = 0; i < clauses.Length; i++)
        {
            var clause = e.Clauses[i];
            var path = new ExceptStep[clause.Path.Length];
            for (var j = 0; j < path.Length; j++)
            {
                var element = clause.Path[j];
                path[j] = element.Field is { } field
                    ? new ExceptStep(StringValue.Of(field.Name), null)
                    : new ExceptStep(null, BindAll(element.Indices));
            }

            var at = new SlotSymbol("@", clause.Span, module.Name, CurrentLevel, AllocateSlot(), 0, SlotKind.Bound);
            atSlots.Add(at);
            var value = Bind(clause.Value);
            atSlots.RemoveAt(atSlots.Count - 1);
            clauses[i] = new ExceptClauseNode(path, value, at.Index, clause.Span);
        }

        return new ExceptExpr(function, clauses, e.Span);
    }
}
