using System.Collections.Immutable;
using GraphSpec.Oracle.Tla.Evaluation;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.Oracle.Tla.Semantics;

internal sealed partial class SpecResolver
{
    private Expr BindQuantifier(QuantifierExpression q)
    {
        var mark = locals.Count;
        var bindings = BindBounds(q.Bounds);
        var body = Bind(q.Body);
        PopLocals(mark);
        return q.Kind == QuantifierKind.Exists ? new ExistsExpr(bindings, body, q.Span) : new ForallExpr(bindings, body, q.Span);
    }

    /// <summary>
    /// Binds binder groups: every set first (the bound names are not in scope in the sets), then
    /// the names, each in a fresh slot of the current frame. The caller pops the locals.
    /// </summary>
    private BoundVariables[] BindBounds(ImmutableArray<BoundDeclaration> declarations)
    {
        var sets = new Expr[declarations.Length];
        for (var i = 0; i < sets.Length; i++)
        {
            var declaration = declarations[i];
            if (declaration.Set is null)
            {
                // SANY accepts it; TLC fails only if it is evaluated (a cfg may override the definition).
                sets[i] = new UnboundedDomainExpr(declaration.Span);
            }
            else
            {
                sets[i] = Bind(declaration.Set);
            }
        }

        var bindings = new BoundVariables[declarations.Length];
        for (var i = 0; i < bindings.Length; i++)
        {
            var declaration = declarations[i];
            var slots = new int[declaration.Names.Length];
            for (var j = 0; j < slots.Length; j++)
            {
                slots[j] = DeclareLocal(declaration.Names[j], SlotKind.Bound, 0).Index;
            }

            bindings[i] = new BoundVariables(sets[i], slots, declaration.IsTuple, declaration.Span);
        }

        return bindings;
    }

    private Expr BindLet(LetExpression let)
    {
        var mark = locals.Count;
        var definitions = new List<LetDefinitionSlot>();
        foreach (var unit in let.Definitions)
        {
            switch (unit)
            {
                case OperatorDefinitionUnit { Parameters.IsEmpty: true } d when Lookup(d.Name.Name) is not DefinitionSymbol { IsPendingRecursive: true }:
                    {
                        var body = Bind(d.Body);
                        var slot = DeclareLocal(d.Name, SlotKind.LetDefinition, 0);
                        slot.ValueLevel = body.Level;
                        slot.Body = body;
                        definitions.Add(new LetDefinitionSlot(slot.Index, body));
                        break;
                    }

                case OperatorDefinitionUnit d:
                    DeclareLetSymbol(ResolveOperatorDefinition(d, CurrentLevel));
                    break;
                case FunctionDefinitionUnit f:
                    {
                        var slot = DeclareLocal(f.Name, SlotKind.LetDefinition, 0);
                        var body = BindRecursiveFunction(f.Bounds, f.Body, slot.Index, f.Span);
                        slot.ValueLevel = body.Level;
                        definitions.Add(new LetDefinitionSlot(slot.Index, body));
                        break;
                    }

                case RecursiveUnit r:
                    foreach (var declaration in r.Operators)
                    {
                        var pending = DeclareRecursive(declaration, CurrentLevel);
                        if (LookupExisting(pending.Name) is { } existing)
                        {
                            ReportConflict(pending.Name, pending.Span, existing);
                        }

                        locals.Add(pending);
                    }

                    break;
                default:
                    Error("This kind of definition is not supported inside LET.", unit.Span);
                    break;
            }
        }

        var bound = Bind(let.Body);
        PopLocals(mark);
        return new LetExpr([.. definitions], bound, let.Span);
    }

    /// <summary>A LET operator with parameters: completes a pending RECURSIVE declaration or adds a local.</summary>
    private void DeclareLetSymbol(DefinitionSymbol symbol)
    {
        for (var i = locals.Count - 1; i >= 0; i--)
        {
            if (locals[i] is DefinitionSymbol { IsPendingRecursive: true } pending && ReferenceEquals(pending.Definition, symbol.Definition))
            {
                pending.IsPendingRecursive = false;
                return;
            }
        }

        if (LookupExisting(symbol.Name) is { } existing)
        {
            ReportConflict(symbol.Name, symbol.Span, existing);
        }

        locals.Add(symbol);
    }

    /// <summary>
    /// <c>f[x \in S] == body</c>: the domain sets are bound in the current frame; the body is an
    /// anonymous definition whose parameters are the bound names (one frame per evaluated point, so
    /// recursive applications do not overwrite each other's variables); <c>f</c> itself is the slot
    /// <paramref name="selfSlot"/> of the current frame.
    /// </summary>
    private Expr BindRecursiveFunction(ImmutableArray<BoundDeclaration> bounds, ExpressionSyntax bodySyntax, int selfSlot, SourceSpan span)
    {
        var sets = new Expr[bounds.Length];
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i] = bounds[i].Set is { } set ? Bind(set) : new ErrorExpr(bounds[i].Span);
            if (bounds[i].Set is null)
            {
                Error("A function definition needs a domain (x \\in S).", bounds[i].Span);
            }
        }

        var parameters = ImmutableArray.CreateBuilder<ParameterInfo>();
        var syntaxParameters = ImmutableArray.CreateBuilder<OperatorParameter>();
        var bindings = new BoundVariables[bounds.Length];
        var next = 0;
        for (var i = 0; i < bounds.Length; i++)
        {
            var slots = new int[bounds[i].Names.Length];
            for (var j = 0; j < slots.Length; j++)
            {
                var name = bounds[i].Names[j];
                parameters.Add(new ParameterInfo(name.Name, 0, name.Span));
                syntaxParameters.Add(new OperatorParameter(name, 0));
                slots[j] = next++;
            }

            bindings[i] = new BoundVariables(sets[i], slots, bounds[i].IsTuple, bounds[i].Span);
        }

        var body = new OperatorDefinition("function", module.Name, parameters.ToImmutable(), span, CurrentLevel);
        BindDefinitionBody(body, syntaxParameters.ToImmutable(), bodySyntax);
        return new RecursiveFunctionExpr(bindings, body, selfSlot, span);
    }
}
