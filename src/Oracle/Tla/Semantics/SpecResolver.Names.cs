using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Semantics;

internal sealed partial class SpecResolver
{
    private Expr BindName(NameExpression name)
    {
        if (name.Segments.Length == 1)
        {
            var segment = name.Segments[0];
            var symbol = Lookup(segment.Name.Name);
            if (symbol is null)
            {
                return Unknown(segment.Name.Name, segment.Name.Span);
            }

            return BindApplication(symbol, segment.Name.Name, segment.Name.Span, segment.Arguments, name.Span);
        }

        return BindInstanceName(name);
    }

    private Expr Unknown(string name, SourceSpan span)
    {
        Error($"Unknown operator: `{name}'.", span);
        return new ErrorExpr(span);
    }

    private Expr ArityError(string name, int expected, int actual, SourceSpan span)
    {
        Error($"The operator {name} requires {expected} argument{(expected == 1 ? "" : "s")}, but is applied to {actual}.", span);
        return new ErrorExpr(span);
    }

    /// <summary>Binds a use of <paramref name="symbol"/> applied to <paramref name="arguments"/>.</summary>
    private Expr BindApplication(Symbol symbol, string name, SourceSpan nameSpan, ImmutableArray<ExpressionSyntax> arguments, SourceSpan span)
    {
        if (symbol is InstanceSymbol)
        {
            Error($"The instance {name} can only be used as {name}!Op.", nameSpan);
            return new ErrorExpr(span);
        }

        if (symbol.Arity != arguments.Length)
        {
            return ArityError(name, symbol.Arity, arguments.Length, nameSpan);
        }

        switch (symbol)
        {
            case VariableSymbol v:
                return new VariableExpr(v.Index, v.Name, span);
            case ConstantSymbol c:
                return c.Arity == 0
                    ? new ConstantExpr(c.Index, c.Name, span)
                    : new ConstantOperatorCallExpr(c.Index, c.Name, BindArguments(ArityList(c.Arity), arguments), span);
            case SlotSymbol s:
                var up = CurrentLevel - s.Level;
                if (s.Arity == 0)
                {
                    var level = s.Kind switch
                    {
                        SlotKind.LetDefinition => s.ValueLevel,
                        // A parameter's level is its argument's: a call's level includes its arguments' levels.
                        _ => ExpressionLevel.Constant,
                    };
                    return new SlotExpr(up, s.Index, s.Name, level, span)
                    {
                        LetBody = s.Body,
                        IsParameter = s.Kind == SlotKind.Parameter,
                    };
                }

                return new SlotCallExpr(up, s.Index, s.Name, BindArguments(ArityList(s.Arity), arguments), span);
            case DefinitionSymbol d:
                return new CallExpr(d.Definition, ParentUp(d.Definition), BindArguments(ParameterArities(d.Definition), arguments), span);
            case BuiltinSymbol b:
                return BindBuiltinCall(b, arguments, span);
            default:
                return Unknown(name, nameSpan);
        }
    }

    private int ParentUp(OperatorDefinition definition) =>
        definition.ParentLevel == 0 ? -1 : CurrentLevel - definition.ParentLevel;

    private static int[] ArityList(int count) => new int[count];

    private static int[] ParameterArities(OperatorDefinition definition)
    {
        var arities = new int[definition.Parameters.Length];
        for (var i = 0; i < arities.Length; i++)
        {
            arities[i] = definition.Parameters[i].Arity;
        }

        return arities;
    }

    private Expr BindBuiltinCall(BuiltinSymbol builtin, ImmutableArray<ExpressionSyntax> arguments, SourceSpan span)
    {
        var operator_ = builtin.Builtin;
        if (operator_.Kind == BuiltinOperatorKind.Constant)
        {
            return new BuiltinCallExpr(operator_, [], span);
        }

        var arities = new int[arguments.Length];
        if (operator_.Kind == BuiltinOperatorKind.HigherOrder)
        {
            for (var i = 0; i < arities.Length; i++)
            {
                arities[i] = operator_.ParameterArities[i];
            }
        }

        return new BuiltinCallExpr(operator_, BindArguments(arities, arguments), span);
    }

    /// <summary>Binds arguments; a parameter of arity n &gt; 0 takes an operator (name or LAMBDA).</summary>
    private Expr[] BindArguments(int[] arities, ImmutableArray<ExpressionSyntax> arguments)
    {
        var bound = new Expr[arguments.Length];
        for (var i = 0; i < bound.Length; i++)
        {
            bound[i] = arities[i] == 0 ? Bind(arguments[i]) : BindOperatorArgument(arguments[i], arities[i]);
        }

        return bound;
    }

    private Expr BindOperatorArgument(ExpressionSyntax argument, int arity)
    {
        if (argument is LambdaExpression lambda)
        {
            if (lambda.Parameters.Length != arity)
            {
                return ArityError("LAMBDA", arity, lambda.Parameters.Length, lambda.Span);
            }

            var definition = BindLambdaDefinition(lambda, CurrentLevel);
            return new DefinitionReferenceExpr(definition, 0, argument.Span);
        }

        if (argument is ParenthesizedExpression p)
        {
            return BindOperatorArgument(p.Inner, arity);
        }

        if (argument is not NameExpression { Segments.Length: 1 } name || !name.Last.Arguments.IsEmpty)
        {
            Error($"An operator taking {arity} arguments is expected here.", argument.Span);
            return new ErrorExpr(argument.Span);
        }

        var id = name.Last.Name;
        var symbol = Lookup(id.Name);
        if (symbol is null)
        {
            return Unknown(id.Name, id.Span);
        }

        if (symbol.Arity != arity)
        {
            return ArityError(id.Name, arity, symbol.Arity, id.Span);
        }

        return symbol switch
        {
            DefinitionSymbol d => new DefinitionReferenceExpr(d.Definition, ParentUp(d.Definition), argument.Span),
            SlotSymbol s => new SlotOperatorReferenceExpr(CurrentLevel - s.Level, s.Index, s.Name, argument.Span),
            ConstantSymbol c => new ConstantOperatorReferenceExpr(c.Index, c.Name, argument.Span),
            BuiltinSymbol b => new BuiltinOperatorReferenceExpr(b.Builtin, argument.Span),
            _ => Unknown(id.Name, id.Span),
        };
    }

    /// <summary>A LAMBDA is an anonymous operator whose frame's parent is the current frame.</summary>
    private OperatorDefinition BindLambdaDefinition(LambdaExpression lambda, int parentLevel)
    {
        var parameters = ImmutableArray.CreateBuilder<ParameterInfo>(lambda.Parameters.Length);
        var syntaxParameters = ImmutableArray.CreateBuilder<OperatorParameter>(lambda.Parameters.Length);
        foreach (var p in lambda.Parameters)
        {
            parameters.Add(new ParameterInfo(p.Name, 0, p.Span));
            syntaxParameters.Add(new OperatorParameter(p, 0));
        }

        var definition = new OperatorDefinition("LAMBDA", module.Name, parameters.MoveToImmutable(), lambda.Span, parentLevel);
        BindDefinitionBody(definition, syntaxParameters.MoveToImmutable(), lambda.Body);
        return definition;
    }

    /// <summary><c>I!Op(args)</c>, <c>I(x)!Op(args)</c>, <c>I!J!Op</c>.</summary>
    private Expr BindInstanceName(NameExpression name)
    {
        var first = name.Segments[0];
        if (Lookup(first.Name.Name) is not InstanceSymbol instance)
        {
            return Lookup(first.Name.Name) is null
                ? Unknown(first.Name.Name, first.Name.Span)
                : Unknown(first.Name.Name + "!" + name.Segments[1].Name.Name, name.Span);
        }

        if (instance.Arity != first.Arguments.Length)
        {
            return ArityError(first.Name.Name, instance.Arity, first.Arguments.Length, first.Name.Span);
        }

        var members = instance.Members;
        for (var i = 1; i < name.Segments.Length - 1; i++)
        {
            var segment = name.Segments[i];
            if (!members.TryGetValue(segment.Name.Name, out var inner) || inner is not InstanceSymbol { Arity: 0 } innerInstance
                || instance.Arity != 0)
            {
                return Unknown(segment.Name.Name, segment.Name.Span);
            }

            members = innerInstance.Members;
        }

        var last = name.Last;
        var qualified = string.Join("!", name.Segments.Select(s => s.Name.Name));
        if (!members.TryGetValue(last.Name.Name, out var member))
        {
            return Unknown(qualified, name.Span);
        }

        if (instance.Arity == 0 || member is not DefinitionSymbol { Definition.ParentLevel: > 0 } memberDefinition)
        {
            return BindApplication(member, qualified, last.Name.Span, last.Arguments, name.Span);
        }

        if (member.Arity != last.Arguments.Length)
        {
            return ArityError(qualified, member.Arity, last.Arguments.Length, last.Name.Span);
        }

        var instanceArguments = BindArguments(ArityList(instance.Arity), first.Arguments);
        var arguments = BindArguments(ParameterArities(memberDefinition.Definition), last.Arguments);
        return new InstanceCallExpr(instanceArguments, memberDefinition.Definition, arguments, name.Span);
    }
}
