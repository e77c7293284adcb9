using System.Collections.Immutable;
using System.Text;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Parsing;

/// <summary>
/// A compact S-expression rendering of syntax trees, for tests and debugging. Parentheses in the
/// source are not shown (the tree shape already says how operands group). Examples:
/// <c>(+ a (* b c))</c>, <c>(AND a b)</c> for a <c>/\</c> bullet list, <c>(OR ...)</c> for <c>\/</c>,
/// <c>(\E [x \in S] body)</c>, <c>(app f x)</c>, <c>(EXCEPT f (![k].a v))</c>.
/// </summary>
public static class SyntaxPrinter
{
    public static string Print(ExpressionSyntax expression)
    {
        var builder = new StringBuilder();
        Write(builder, expression);
        return builder.ToString();
    }

    public static string Print(UnitSyntax unit)
    {
        var builder = new StringBuilder();
        WriteUnit(builder, unit);
        return builder.ToString();
    }

    private static void WriteUnit(StringBuilder b, UnitSyntax unit)
    {
        switch (unit)
        {
            case OperatorDefinitionUnit d:
                b.Append(d.IsLocal ? "(LOCAL def " : "(def ").Append(d.Name.Name);
                WriteParameters(b, d.Parameters);
                b.Append(' ');
                Write(b, d.Body);
                b.Append(')');
                break;
            case FunctionDefinitionUnit f:
                b.Append(f.IsLocal ? "(LOCAL fundef " : "(fundef ").Append(f.Name.Name);
                foreach (var bound in f.Bounds)
                {
                    b.Append(' ');
                    WriteBound(b, bound);
                }
                b.Append(' ');
                Write(b, f.Body);
                b.Append(')');
                break;
            case RecursiveUnit r:
                b.Append("(RECURSIVE");
                foreach (var op in r.Operators)
                {
                    b.Append(' ').Append(op.Name.Name).Append('/').Append(op.Arity);
                }
                b.Append(')');
                break;
            case ConstantsUnit c:
                b.Append("(CONSTANTS");
                foreach (var constant in c.Constants)
                {
                    b.Append(' ').Append(constant.Name.Name);
                    if (constant.Arity > 0)
                    {
                        b.Append('/').Append(constant.Arity);
                    }
                }
                b.Append(')');
                break;
            case VariablesUnit v:
                b.Append("(VARIABLES");
                foreach (var variable in v.Variables)
                {
                    b.Append(' ').Append(variable.Name);
                }
                b.Append(')');
                break;
            case InstanceUnit i:
                b.Append(i.IsLocal ? "(LOCAL " : "(");
                WriteInstance(b, i.Instance);
                b.Append(')');
                break;
            case NamedInstanceUnit n:
                b.Append(n.IsLocal ? "(LOCAL def " : "(def ").Append(n.Name.Name);
                WriteParameters(b, n.Parameters);
                b.Append(' ');
                WriteInstance(b, n.Instance);
                b.Append(')');
                break;
            case AssumeUnit a:
                b.Append("(ASSUME ");
                if (a.Name != null)
                {
                    b.Append(a.Name.Name).Append(' ');
                }
                Write(b, a.Body);
                b.Append(')');
                break;
            case TheoremUnit t:
                b.Append("(THEOREM ");
                if (t.Name != null)
                {
                    b.Append(t.Name.Name).Append(' ');
                }
                Write(b, t.Body);
                b.Append(')');
                break;
            default:
                b.Append('?').Append(unit.GetType().Name);
                break;
        }
    }

    private static void WriteParameters(StringBuilder b, ImmutableArray<OperatorParameter> parameters)
    {
        if (parameters.IsEmpty)
        {
            return;
        }
        b.Append(" (");
        for (int i = 0; i < parameters.Length; i++)
        {
            if (i > 0)
            {
                b.Append(' ');
            }
            b.Append(parameters[i].Name.Name);
            if (parameters[i].Arity > 0)
            {
                b.Append('/').Append(parameters[i].Arity);
            }
        }
        b.Append(')');
    }

    private static void WriteInstance(StringBuilder b, InstanceSyntax instance)
    {
        b.Append("INSTANCE ").Append(instance.Module.Name);
        foreach (var substitution in instance.Substitutions)
        {
            b.Append(" (<- ").Append(substitution.Name.Name).Append(' ');
            Write(b, substitution.Value);
            b.Append(')');
        }
    }

    private static void Write(StringBuilder b, ExpressionSyntax e)
    {
        switch (e)
        {
            case NumberLiteral n:
                b.Append(n.Value);
                break;
            case StringLiteral s:
                b.Append('"').Append(s.Value.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                break;
            case BooleanLiteral boolean:
                b.Append(boolean.Value ? "TRUE" : "FALSE");
                break;
            case BooleanSetLiteral:
                b.Append("BOOLEAN");
                break;
            case NameExpression name:
                WriteName(b, name);
                break;
            case BinaryExpression binary:
                Node(b, binary.Operator, binary.Left, binary.Right);
                break;
            case PrefixExpression prefix:
                Node(b, prefix.Operator, prefix.Operand);
                break;
            case PostfixExpression postfix:
                Node(b, postfix.Operator, postfix.Operand);
                break;
            case JunctionList list:
                Node(b, list.IsConjunction ? "AND" : "OR", list.Items);
                break;
            case ParenthesizedExpression paren:
                Write(b, paren.Inner);
                break;
            case IfExpression conditional:
                Node(b, "IF", conditional.Condition, conditional.Then, conditional.Else);
                break;
            case CaseExpression c:
                b.Append("(CASE");
                foreach (var arm in c.Arms)
                {
                    b.Append(' ');
                    Node(b, "->", arm.Guard, arm.Body);
                }
                if (c.Other != null)
                {
                    b.Append(' ');
                    Node(b, "OTHER", c.Other);
                }
                b.Append(')');
                break;
            case LetExpression let:
                b.Append("(LET (");
                for (int i = 0; i < let.Definitions.Length; i++)
                {
                    if (i > 0)
                    {
                        b.Append(' ');
                    }
                    WriteUnit(b, let.Definitions[i]);
                }
                b.Append(") ");
                Write(b, let.Body);
                b.Append(')');
                break;
            case QuantifierExpression q:
                b.Append(q.Kind == QuantifierKind.Exists ? "(\\E" : "(\\A");
                foreach (var bound in q.Bounds)
                {
                    b.Append(' ');
                    WriteBound(b, bound);
                }
                b.Append(' ');
                Write(b, q.Body);
                b.Append(')');
                break;
            case ChooseExpression choose:
                b.Append("(CHOOSE ");
                WriteBound(b, choose.Bound);
                b.Append(' ');
                Write(b, choose.Body);
                b.Append(')');
                break;
            case LambdaExpression lambda:
                b.Append("(LAMBDA (").AppendJoin(' ', lambda.Parameters.Select(p => p.Name)).Append(") ");
                Write(b, lambda.Body);
                b.Append(')');
                break;
            case SetEnumeration set:
                b.Append('{');
                WriteList(b, set.Elements);
                b.Append('}');
                break;
            case SetFilter filter:
                b.Append('{');
                WriteBound(b, filter.Bound);
                b.Append(" : ");
                Write(b, filter.Predicate);
                b.Append('}');
                break;
            case SetMap map:
                b.Append('{');
                Write(b, map.Element);
                b.Append(" :");
                foreach (var bound in map.Bounds)
                {
                    b.Append(' ');
                    WriteBound(b, bound);
                }
                b.Append('}');
                break;
            case CartesianProduct product:
                Node(b, "\\X", product.Factors);
                break;
            case TupleExpression tuple:
                b.Append("<<");
                WriteList(b, tuple.Elements);
                b.Append(">>");
                break;
            case FunctionConstructor function:
                b.Append("(fn");
                foreach (var bound in function.Bounds)
                {
                    b.Append(' ');
                    WriteBound(b, bound);
                }
                b.Append(' ');
                Write(b, function.Body);
                b.Append(')');
                break;
            case FunctionSet functionSet:
                Node(b, "->", functionSet.Domain, functionSet.Range);
                break;
            case FunctionApplication application:
                Node(b, "app", application.Arguments.Insert(0, application.Function));
                break;
            case RecordConstructor record:
                WriteFields(b, "rec", record.Fields);
                break;
            case RecordSet recordSet:
                WriteFields(b, "recset", recordSet.Fields);
                break;
            case FieldAccess access:
                b.Append("(. ");
                Write(b, access.Record);
                b.Append(' ').Append(access.Field.Name).Append(')');
                break;
            case ExceptExpression except:
                b.Append("(EXCEPT ");
                Write(b, except.Function);
                foreach (var clause in except.Clauses)
                {
                    b.Append(" (!");
                    foreach (var step in clause.Path)
                    {
                        if (step.Field != null)
                        {
                            b.Append('.').Append(step.Field.Name);
                        }
                        else
                        {
                            b.Append('[');
                            WriteList(b, step.Indices);
                            b.Append(']');
                        }
                    }
                    b.Append(' ');
                    Write(b, clause.Value);
                    b.Append(')');
                }
                b.Append(')');
                break;
            case AtExpression:
                b.Append('@');
                break;
            case BoxActionExpression box:
                Node(b, "[]_", box.Action, box.Subscript);
                break;
            case AngleActionExpression angle:
                Node(b, "<>_", angle.Action, angle.Subscript);
                break;
            case FairnessExpression fairness:
                Node(b, fairness.Kind == FairnessKind.Weak ? "WF" : "SF", fairness.Subscript, fairness.Action);
                break;
            case LabeledExpression labeled:
                b.Append("(:: ").Append(labeled.Label.Name).Append(' ');
                Write(b, labeled.Body);
                b.Append(')');
                break;
            default:
                b.Append('?').Append(e.GetType().Name);
                break;
        }
    }

    private static void WriteName(StringBuilder b, NameExpression name)
    {
        if (name.Segments.Length > 1)
        {
            b.Append("(!");
            foreach (var segment in name.Segments)
            {
                b.Append(' ');
                WriteSegment(b, segment);
            }
            b.Append(')');
            return;
        }
        WriteSegment(b, name.Segments[0]);
    }

    private static void WriteSegment(StringBuilder b, NameSegment segment)
    {
        if (segment.Arguments.IsEmpty)
        {
            b.Append(segment.Name.Name);
            return;
        }
        Node(b, segment.Name.Name, segment.Arguments);
    }

    private static void WriteBound(StringBuilder b, BoundDeclaration bound)
    {
        b.Append('[');
        if (bound.IsTuple)
        {
            b.Append("<<").AppendJoin(' ', bound.Names.Select(n => n.Name)).Append(">>");
        }
        else
        {
            b.AppendJoin(' ', bound.Names.Select(n => n.Name));
        }
        if (bound.Set != null)
        {
            b.Append(" \\in ");
            Write(b, bound.Set);
        }
        b.Append(']');
    }

    private static void WriteFields(StringBuilder b, string head, ImmutableArray<RecordField> fields)
    {
        b.Append('(').Append(head);
        foreach (var field in fields)
        {
            b.Append(" (").Append(field.Name.Name).Append(' ');
            Write(b, field.Value);
            b.Append(')');
        }
        b.Append(')');
    }

    private static void WriteList(StringBuilder b, ImmutableArray<ExpressionSyntax> items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                b.Append(' ');
            }
            Write(b, items[i]);
        }
    }

    private static void Node(StringBuilder b, string head, params ReadOnlySpan<ExpressionSyntax> children)
    {
        b.Append('(').Append(head);
        foreach (var child in children)
        {
            b.Append(' ');
            Write(b, child);
        }
        b.Append(')');
    }

    private static void Node(StringBuilder b, string head, ImmutableArray<ExpressionSyntax> children) =>
        Node(b, head, children.AsSpan());
}
